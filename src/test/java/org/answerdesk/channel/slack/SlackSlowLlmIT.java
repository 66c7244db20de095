package org.answerdesk.channel.slack;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HeldLlm;
import org.answerdesk.HeldResponses;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The LLM never runs on Bolt's request thread: while the LLM stand-in holds its answer, the event that asked is
 * acknowledged (200) and the next mention is taken in and answered from the FAQ; the held answer comes when
 * released.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// One context with TelegramSlowLlmIT (the same initializers: both channels' fakes and one held LLM), one start fewer
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class, HeldLlm.Shared.class})
class SlackSlowLlmIT {

    static final HeldResponses held = HeldLlm.Shared.HELD;

    @BeforeAll
    static void holdAgain() {
        held.holdAgain(); // a round of its own: the other class of this context may have had one
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void release() {
        held.release();
    }

    @Test
    void eventsAreAcknowledgedAndAnsweredWhileTheLlmThinks() {
        var slow = SlackFixtures.mention(HeldLlm.OFF_TOPIC);
        assertThat(SlackFixtures.deliver(port, slow).status()).isEqualTo(200);
        await(held::arrived, n -> n == 1, "the off-topic question reaching the LLM");

        var fast = SlackFixtures.mention("How can I reset my password?");
        assertThat(SlackFixtures.deliver(port, fast).status()).as("acknowledged while the LLM is held").isEqualTo(200);
        await(() -> SlackTestServer.postedTo(channelOf(fast)), p -> p.size() == 1, "the FAQ answer");
        assertThat(SlackTestServer.postedTo(channelOf(slow))).isEmpty();

        held.release();
        var posted = await(() -> SlackTestServer.postedTo(channelOf(slow)), p -> p.size() == 1, "the LLM's answer");
        assertThat(posted.get(0).get("text")).contains(HeldLlm.ANSWER);
    }

    private static String channelOf(tools.jackson.databind.node.ObjectNode payload) {
        return SlackFixtures.event(payload).get("channel").asString();
    }
}
