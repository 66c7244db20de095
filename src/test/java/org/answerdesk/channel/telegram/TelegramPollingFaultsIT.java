package org.answerdesk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.RefusingDatabase;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import tools.jackson.databind.node.ObjectNode;

/**
 * Long polling when things go wrong: the Bot API failing (health DOWN after {@code stuck-after}, UP again when it
 * answers), the database refusing an update for good (quarantined, the offset moves on) or for now (the update
 * stays at Telegram until it can be stored), and answers slower than updates arrive (updates stay at Telegram
 * while {@code queue-capacity} stored messages wait for an answer; none is lost, each is answered once). One core
 * worker and a capacity of one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.conversation.workers=1",
        "answerdesk.telegram.queue-capacity=1",
        "answerdesk.channel.stuck-after=2s"})
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramPollingFaultsIT {

    private static final long FIXTURE_CHAT = 5550001;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationService conversations;
    @Autowired
    @Qualifier("telegramHealthIndicator")
    ChannelHealth health;
    @Autowired
    TelegramPoller poller;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Test
    void healthIsDownWhileGetUpdatesFailsLongerThanStuckAfterAndUpWhenItAnswersAgain() {
        askAndAwaitAnswer(telegram.nextChatId()); // polling works
        assertThat(telegramStatus()).isEqualTo("UP");
        StubMapping badGateway = telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("getUpdates")))
                .atPriority(1).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}")));
        try {
            Await.await(this::telegramStatus, "DOWN"::equals, "component telegram DOWN");
            // A backlog of updates also makes the channel DOWN, and while it lasts the poller does not ask Telegram:
            // on a slow machine the first DOWN can be the backlog's; the 502 must become the reason once it drains.
            Await.await(() -> String.valueOf(health.health().getDetails().get("lastError")), e -> e.contains("502"),
                    "the 502 as the channel's last error");
            assertThat(telegramStatus()).isEqualTo("DOWN");
        } finally {
            telegram.server().removeStub(badGateway);
        }
        Await.await(this::telegramStatus, "UP"::equals, "component telegram UP again");
        askAndAwaitAnswer(telegram.nextChatId());
    }

    @Test
    void anUpdateTheDatabaseRefusesForGoodIsQuarantinedAndTheOffsetMovesOn() {
        long chat = telegram.nextChatId();
        long before = conversations.quarantined(Channel.TELEGRAM);
        try (var refusing = RefusingDatabase.refuse(jdbc, "POISON-" + chat, RefusingDatabase.FOR_GOOD)) {
            deliver(text(chat, "POISON-" + chat + " where is my parcel?", 41));
            assertThat(conversations.quarantined(Channel.TELEGRAM)).isEqualTo(before + 1);
            deliver(text(chat, "How can I reset my password?", 42));
            Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "an answer to the next update");
        }
    }

    @Test
    void anUpdateTheDatabaseRefusesForNowStaysAtTelegramAndIsAnsweredOnceWhenItCanBeStored() {
        long chat = telegram.nextChatId();
        ObjectNode waiting = text(chat, "DOWN-" + chat + " How can I reset my password?", 41);
        ObjectNode behind = text(chat, "Do you ship to Canada?", 42);
        int id = waiting.get("update_id").asInt();
        try (var down = RefusingDatabase.refuse(jdbc, "DOWN-" + chat, RefusingDatabase.FOR_NOW)) {
            telegram.push(waiting);
            telegram.push(behind);
            Await.await(() -> String.valueOf(health.health().getDetails().get("lastError")),
                    e -> e.contains("could not be stored"), "a failed attempt to store the update");
            assertThat(telegram.acknowledged(id)).as("left at Telegram while it cannot be stored").isFalse();
            assertThat(telegram.messagesTo(chat)).isEmpty();
        }
        Await.await(() -> telegram.acknowledged(behind.get("update_id").asInt()), a -> a, "both updates taken");
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 2, "both answered");
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.messagesTo(chat)).hasSize(2);
    }

    @Test
    void whileTooManyMessagesWaitForAnAnswerUpdatesStayAtTelegramAndEachIsAnsweredOnce() {
        var slow = telegram.slowChats(5, 1500);
        List<Long> chats = slow.chats();
        try {
            List<Integer> ids = new ArrayList<>();
            for (long chat : chats) {
                ObjectNode update = text(chat, "How can I reset my password?", 41);
                ids.add(update.get("update_id").asInt());
                telegram.push(update);
            }
            // the first answer is being sent (slowly) by the one worker, one message waits, the rest stay at Telegram
            Await.await(() -> chats.stream().anyMatch(c -> !telegram.messagesTo(c).isEmpty()), b -> b,
                    "the first answer on its way");
            FakeTelegram.awaitRound(poller); // the poller has looked again while the answer is on its way
            assertThat(ids.stream().filter(telegram::acknowledged).count()).as("updates taken from Telegram")
                    .isLessThanOrEqualTo(2);
            assertThat(telegram.acknowledged(ids.get(ids.size() - 1))).isFalse();

            for (long chat : chats) {
                Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "the answer in " + chat);
            }
            Await.await(() -> ids.stream().allMatch(telegram::acknowledged), b -> b, "every update taken");
            FakeTelegram.awaitSettled(jdbc, chats);
            assertThat(chats).allSatisfy(chat -> assertThat(telegram.messagesTo(chat)).hasSize(1));
        } finally {
            telegram.removeStubs(slow.stubs());
        }
    }

    private String telegramStatus() {
        return new HttpApi(port).get("/actuator/health", HttpApi.ADMIN).json()
                .path("components").path("telegram").path("status")
                .asString();
    }

    private void askAndAwaitAnswer(long chat) {
        deliver(text(chat, "How can I reset my password?", 41));
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "an answer in " + chat);
    }

    private ObjectNode text(long chat, String text, int messageId) {
        ObjectNode update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        ((ObjectNode) update.get("message")).put("text", text).put("message_id", messageId);
        return update;
    }

    /** Telegram hands the update to the bot; returns once the bot acknowledged it with a higher offset. */
    private void deliver(ObjectNode update) {
        int id = update.get("update_id").asInt();
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(id), a -> a, "update " + id + " acknowledged");
    }
}
