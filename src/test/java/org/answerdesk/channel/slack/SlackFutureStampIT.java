package org.answerdesk.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A signed Slack request stamped more than five minutes ahead is refused like one stamped more than five minutes
 * ago: a request captured with a forged-ahead clock could otherwise be replayed until that time came. Same
 * configuration as {@link SlackHandoffDeskIT}, so the two share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + SlackHandoffDeskIT.DESK)
class SlackFutureStampIT {

    @LocalServerPort
    int port;

    @Test
    void aRequestStampedADayAheadIsRefusedAMinuteAheadIsTaken() {
        String body = "{\"token\":\"x\",\"challenge\":\"ch4ll3nge\",\"type\":\"url_verification\"}";
        for (long ahead : new long[] {24 * 3600, 6 * 60, -6 * 60}) {
            var r = signed(body, SlackFixtures.now() + ahead);
            assertThat(r.status()).as("stamped %d s ahead", ahead).isEqualTo(401);
        }
        var day = signed(body, SlackFixtures.now() + 24 * 3600);
        assertThat(day.body()).contains("in the future");

        var soon = signed(body, SlackFixtures.now() + 60);
        assertThat(soon.status()).as(soon.body()).isEqualTo(200);
        assertThat(soon.body()).contains("ch4ll3nge");
    }

    private HttpApi.Response signed(String body, long timestamp) {
        return new HttpApi(port).post("/slack/events", body, "X-Slack-Request-Timestamp", Long.toString(timestamp),
                "X-Slack-Signature", SlackFixtures.sign(SlackTestServer.SIGNING_SECRET, timestamp, body));
    }
}
