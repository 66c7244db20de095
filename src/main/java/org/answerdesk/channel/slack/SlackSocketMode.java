package org.answerdesk.channel.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.answerdesk.channel.ChannelHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Socket Mode: Slack pushes events over a WebSocket the app opens (no public URL needed). The envelopes run
 * through the same Bolt app, so {@link SlackInbound} serves both modes; Bolt acknowledges each envelope after the
 * handler returned, i.e. after the event was stored, and not at all when the handler answered non-200 (Slack then
 * sends the envelope again). The connection is reported to the {@code slack} health component: on open, close
 * and error, and by a check every few seconds.
 */
class SlackSocketMode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlackSocketMode.class);

    private final App app;
    private final String appToken;
    private final ChannelHealth health;
    private volatile SocketModeApp socket;

    SlackSocketMode(App app, String appToken, ChannelHealth health) {
        this.app = app;
        this.appToken = appToken;
        this.health = health;
    }

    @Override
    public void start() {
        try {
            socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus);
            socket.startAsync();
            var client = socket.getClient();
            client.addWebSocketErrorListener(e -> health.failed("Socket Mode error: " + e));
            client.addWebSocketCloseListener((code, reason) -> health.failed("Socket Mode connection closed ("
                    + code + (reason == null || reason.isBlank() ? "" : ", " + reason) + "); reconnecting"));
            check();
            log.info("Slack Socket Mode started (the client reconnects by itself if the connection drops)");
        } catch (Exception e) {
            throw new IllegalStateException("Could not connect to Slack in Socket Mode: " + e.getMessage(), e);
        }
    }

    /** Whether the WebSocket is open (the client reconnects by itself; this only reports). */
    @Scheduled(fixedDelay = 5000, initialDelay = 5000)
    void check() {
        SocketModeApp s = socket;
        if (s == null || s.getClient() == null) {
            return;
        }
        if (s.getClient().verifyConnection()) {
            health.connected();
        } else {
            health.failed("the Socket Mode connection is down; reconnecting");
        }
    }

    @Override
    public void stop() {
        SocketModeApp s = socket;
        socket = null;
        health.disconnected();
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                log.debug("Closing the Socket Mode connection: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return socket != null;
    }
}
