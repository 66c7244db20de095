package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The JVM-wide test mail server lets go of a connection whose client left without LOGOUT (an app closed while its
 * poller was connected, a login a test refuses). GreenMail 2.1.5 did not: its handler thread read the end of the
 * stream again and again, a core each until the JVM's exit (docs/benchmarks.md, "CI time, twenty-first session").
 */
class TestMailServerIT {

    @Test
    void aClientThatLeavesWithoutLogoutEndsItsConnectionsThread() throws Exception {
        String handler;
        var imap = TestMailServer.MAIL.getImap();
        try (var client = new Socket(imap.getBindTo(), imap.getPort())) {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).as("the server's greeting").startsWith("* OK");
            handler = "<-" + client.getLocalAddress() + ":" + client.getLocalPort();
            assertThat(handlerAlive(handler)).as("the server's thread for this connection").isTrue();
        } // closed without LOGOUT
        // a bound that only catches a handler that never ends
        await(Duration.ofSeconds(30), () -> handlerAlive(handler), alive -> !alive,
                "the connection's thread (" + handler + ") to end");
    }

    private static boolean handlerAlive(String suffix) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("imap:") && t.getName().endsWith(suffix) && t.isAlive());
    }
}
