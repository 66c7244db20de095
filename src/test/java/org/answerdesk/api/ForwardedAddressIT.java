package org.answerdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The setting docs/operations.md recommends behind a reverse proxy: {@code SERVER_FORWARD_HEADERS_STRATEGY=native}
 * with {@code server.tomcat.remoteip.internal-proxies} naming the proxy alone (here 127.0.0.10). Tomcat's default
 * trusts {@code X-Forwarded-For} from every private and loopback address, so a client on one of those (127.0.0.11
 * here) picked a fresh address, and rate budget, with each request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.10",
        "answerdesk.api.rate-limit.per-minute=1", "answerdesk.api.rate-limit.burst=3"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class ForwardedAddressIT {

    static final String PROXY = "127.0.0.10";

    @LocalServerPort
    int port;

    @Test
    void theProxysForwardedAddressIsTheClient() {
        var proxy = new RawHttp(port, PROXY);
        assertThat(resets(proxy, "forwarded-one", "203.0.113.1", 4)).containsExactly(200, 200, 200, 429);
        // another customer behind the same proxy has a budget of its own
        assertThat(resets(proxy, "forwarded-two", "203.0.113.2", 1)).containsExactly(200);
    }

    @Test
    void aClientOnAnotherPrivateAddressCannotForgeOne() {
        var client = new RawHttp(port, "127.0.0.11");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.addAll(resets(client, "forging-client", "198.51.100." + i, 1));
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
    }

    private static List<Integer> resets(RawHttp from, String session, String forwardedFor, int times) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            statuses.add(from.send("POST", "/api/reset", "application/json", HttpApi.json("session_id", session),
                    "X-Forwarded-For", forwardedFor).status());
        }
        return statuses;
    }
}
