package org.answerdesk.channel.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * A stand-in for Slack's Socket Mode WebSocket server ({@code wss://wss-primary.slack.com/link}), on an embedded
 * Tomcat: it greets each connection with {@code hello}, pushes envelopes on request and records what the client
 * sends back (the acknowledgements).
 */
final class FakeSocketModeServer {

    private final Tomcat tomcat = new Tomcat();
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    private FakeSocketModeServer() {
    }

    static FakeSocketModeServer start() {
        var server = new FakeSocketModeServer();
        try {
            String base = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "fake-slack-link")
                    .toString();
            server.tomcat.setBaseDir(base);
            server.tomcat.setPort(0);
            Context context = server.tomcat.addContext("", base);
            context.addServletContainerInitializer(new WsSci(), null);
            context.addServletContainerInitializer((classes, servletContext) -> {
                var container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
                try {
                    container.addEndpoint(ServerEndpointConfig.Builder.create(Link.class, "/link")
                            .configurator(new ServerEndpointConfig.Configurator() {
                                @Override
                                @SuppressWarnings("unchecked")
                                public <T> T getEndpointInstance(Class<T> endpointClass) {
                                    return (T) server.new Link();
                                }
                            }).build());
                } catch (jakarta.websocket.DeploymentException e) {
                    throw new IllegalStateException(e);
                }
            }, null);
            // the WebSocket upgrade runs in a filter, which needs some servlet mapped to run at all
            Tomcat.addServlet(context, "none", new jakarta.servlet.http.HttpServlet() {
            });
            context.addServletMappingDecoded("/", "none");
            server.tomcat.getConnector();
            server.tomcat.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the fake Socket Mode server", e);
        }
        return server;
    }

    String url() {
        return "ws://localhost:" + tomcat.getConnector().getLocalPort() + "/link?ticket=test-ticket&app_id=A0ANSWER01";
    }

    boolean connected() {
        return sessions.stream().anyMatch(Session::isOpen);
    }

    /** Pushes a message to every open connection. */
    void send(String json) {
        for (Session s : sessions) {
            if (s.isOpen()) {
                try {
                    s.getBasicRemote().sendText(json);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    List<String> received() {
        return List.copyOf(received);
    }

    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    /** One client connection. */
    public class Link extends Endpoint {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            sessions.add(session);
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) received::add);
            try {
                session.getBasicRemote().sendText(SlackFixtures.text("socket_mode_hello.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            sessions.remove(session);
        }
    }
}
