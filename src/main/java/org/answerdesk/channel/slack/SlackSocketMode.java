package org.answerdesk.channel.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode: Slack pushes events over a WebSocket the app opens (no public URL needed). The envelopes run
 * through the same Bolt app, so {@link SlackEvents} serves both modes; Bolt acknowledges each envelope after the
 * handler returned, i.e. after the event was stored.
 */
class SlackSocketMode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlackSocketMode.class);

    private final App app;
    private final String appToken;
    private volatile SocketModeApp socket;

    SlackSocketMode(App app, String appToken) {
        this.app = app;
        this.appToken = appToken;
    }

    @Override
    public void start() {
        try {
            socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus);
            socket.startAsync();
            log.info("Slack Socket Mode started (the client reconnects by itself if the connection drops)");
        } catch (Exception e) {
            throw new IllegalStateException("Could not connect to Slack in Socket Mode: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        SocketModeApp s = socket;
        socket = null;
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
