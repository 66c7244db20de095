package org.answerdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every limited route spelled other ways: percent-encoded letters, {@code ;} parameters, doubled slashes and other
 * letter case. A spelling the handler mapping resolves to the route spends the route's budget (the fourth request
 * of a burst of 3 gets 429); one it does not resolve never reaches a handler. Before, the filter compared the raw
 * URI, and {@code /api/%63hat} reached the chat handler past the budget. The budget is RateLimitIT's (the
 * same context); each row is a client of its own (127.0.1.x).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.api.rate-limit.per-minute=1", "answerdesk.api.rate-limit.burst=3",
        "answerdesk.api.rate-limit.polls-per-minute=4"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class RateLimitPathVariantsIT {

    static final AtomicInteger CLIENTS = new AtomicInteger();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/%63hat                      | chat   | LIMITED
            POST | /api/%63%68%61%74                | chat   | LIMITED
            POST | /api/chat;v=1                    | chat   | REFUSED
            POST | /api;v=1/chat                    | chat   | REFUSED
            POST | /api/chat;jsessionid=x           | chat   | REFUSED
            POST | /api//chat                       | chat   | REFUSED
            POST | //api/chat                       | chat   | REFUSED
            POST | /API/chat                        | chat   | REFUSED
            POST | /api/%43hat                      | chat   | REFUSED
            POST | /api/rese%74                     | reset  | LIMITED
            POST | /api/%72eset;a=b                 | reset  | REFUSED
            POST | /api//reset                      | reset  | REFUSED
            POST | /api/Reset                       | reset  | REFUSED
            POST | /api/feedbac%6b                  | other  | LIMITED
            POST | /api/feedback;x                  | other  | REFUSED
            POST | /api/chat/ratin%67               | other  | LIMITED
            POST | /api/chat;x/rating               | other  | REFUSED
            POST | /api/chat%2Frating               | other  | REFUSED
            POST | /feedback/emai%6c                | form   | LIMITED
            POST | /feedback/email/ratin%67         | form   | LIMITED
            POST | /%66eedback/email/choice         | form   | LIMITED
            GET  | /api/chat/variant/message%73     | none   | LIMITED
            GET  | /api/chat/variant/messages;x=1   | none   | REFUSED
            GET  | /api/chat/variant/histor%79      | none   | LIMITED
            GET  | /api/chat/greetin%67             | none   | LIMITED
            """)
    void aSpellingOfALimitedRouteSpendsItsBudgetOrReachesNoHandler(String method, String path, String body,
                                                                   String expected) {
        var client = new RawHttp(port, "127.0.1." + (1 + CLIENTS.getAndIncrement()));
        String session = "variant-" + CLIENTS.get();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RawHttp.Response response = switch (body) {
                case "chat" -> client.send(method, path, "application/json",
                        HttpApi.json("session_id", session, "message", "How can I reset my password?"));
                case "reset" -> client.send(method, path, "application/json", HttpApi.json("session_id", session));
                case "other" -> client.send(method, path, "application/json", "{}");
                case "form" -> client.send(method, path, "application/x-www-form-urlencoded", "m=1&v=up&sig=x");
                default -> client.send(method, path, null, "");
            };
            statuses.add(response.status());
        }
        if (expected.equals("LIMITED")) {
            assertThat(statuses.subList(0, 3)).as(path + " " + statuses).doesNotContain(429);
            assertThat(statuses.get(3)).as(path + " " + statuses).isEqualTo(429);
        } else {
            // refused before any handler answers: Spring Security's firewall (400 for ';', '//' and an encoded
            // slash; these count against the budget too) or no such route (401, as every unknown path)
            assertThat(statuses).as(path).allMatch(status -> status >= 400);
        }
    }
}
