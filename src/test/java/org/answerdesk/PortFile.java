package org.answerdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Writes the port an app's web server took to the file named by the system property {@value #PROPERTY}, for a test
 * that starts the app in a JVM of its own on port 0: a port found free beforehand and handed over can be taken by
 * another app in between, and its health answered by that app. Apps without the property are left alone. Registered
 * for tests only (src/test/resources/META-INF/spring.factories).
 */
public class PortFile implements ApplicationListener<WebServerInitializedEvent> {

    /** The system property naming the file. */
    public static final String PROPERTY = "answerdesk.test.port-file";

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String file = System.getProperty(PROPERTY);
        if (file == null || event.getApplicationContext().getServerNamespace() != null) {
            return; // not asked, or the separate management server's
        }
        try {
            Path target = Path.of(file);
            Path written = Files.writeString(target.resolveSibling(target.getFileName() + ".tmp"),
                    Integer.toString(event.getWebServer().getPort()));
            Files.move(written, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
