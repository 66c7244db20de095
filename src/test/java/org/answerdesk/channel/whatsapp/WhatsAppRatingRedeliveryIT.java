package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.Await;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * A score press the bot refuses (a rating request that is not the presser's, or closed) is answered with a short
 * text once per press: Meta's redeliveries of the same wamid are not told again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppRatingRedeliveryIT {

    private static final String NOT_YOURS = "Sorry, this rating is not yours to give.";

    @LocalServerPort
    int port;

    @Test
    void aRefusedScoreDeliveredThreeTimesIsAnsweredOnce() {
        String from = FakeGraphApi.nextNumber();
        ObjectNode press = FakeGraphApi.delivery("interactive-list-reply.json", from);
        ((ObjectNode) FakeGraphApi.message(press).at("/interactive/list_reply"))
                .put("id", "csat:987654321987:3").put("title", "⭐⭐⭐ 3");
        for (int i = 0; i < 3; i++) {
            assertThat(FakeGraphApi.deliver(port, press).status()).isEqualTo(200);
        }
        // the refusal is sent on the webhook's thread, before its 200: all three deliveries have been handled
        Await.await(() -> refusals(from), n -> n >= 1, "the refusal");
        assertThat(refusals(from)).as("told once for a press delivered three times").isEqualTo(1);

        ObjectNode another = FakeGraphApi.delivery("interactive-list-reply.json", from);
        FakeGraphApi.message(another).set("interactive", FakeGraphApi.message(press).get("interactive"));
        assertThat(FakeGraphApi.deliver(port, another).status()).isEqualTo(200);
        assertThat(refusals(from)).as("a new press (new wamid) is told again").isEqualTo(2);
    }

    private static long refusals(String from) {
        return FakeGraphApi.sentTo(from).stream().filter(s -> s.text().equals(NOT_YOURS)).count();
    }
}
