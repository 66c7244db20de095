package org.answerdesk.channel.telegram;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HeldLlm;
import org.answerdesk.HeldResponses;
import org.answerdesk.channel.slack.SlackTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * The LLM never runs on the poller's thread: while the LLM stand-in holds its answer to one chat, the poller goes
 * on taking updates and another chat's FAQ question is answered; the held answer arrives once released.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// One context with SlackSlowLlmIT (the same initializers: both channels' fakes and one held LLM), one start fewer
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class, HeldLlm.Shared.class})
class TelegramSlowLlmIT {

    static final HeldResponses held = HeldLlm.Shared.HELD;

    @BeforeAll
    static void holdAgain() {
        held.holdAgain(); // a round of its own: the other class of this context may have had one
    }

    private static final long FIXTURE_CHAT = 5550001;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @AfterAll
    static void release() {
        held.release();
    }

    @Test
    void thePollerGoesOnWhileTheLlmThinks() {
        long slowChat = telegram.nextChatId();
        long fastChat = telegram.nextChatId();
        telegram.push(text(slowChat, HeldLlm.OFF_TOPIC));
        await(held::arrived, n -> n == 1, "the off-topic question reaching the LLM");

        ObjectNode fast = text(fastChat, "How can I reset my password?");
        telegram.push(fast);
        await(() -> telegram.acknowledged(fast.get("update_id").asInt()), a -> a, "the next update taken");
        await(() -> telegram.messagesTo(fastChat), m -> m.size() == 1, "the FAQ answer while the LLM is held");
        assertThat(telegram.messagesTo(slowChat)).isEmpty();

        held.release();
        var answer = await(() -> telegram.messagesTo(slowChat), m -> m.size() == 1, "the LLM's answer");
        assertThat(answer.get(0).get("text").asString()).contains(HeldLlm.ANSWER);
    }

    private ObjectNode text(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        ((ObjectNode) update.get("message")).put("text", text).put("message_id", 41);
        return update;
    }
}
