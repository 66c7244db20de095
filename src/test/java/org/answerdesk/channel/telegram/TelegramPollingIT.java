package org.answerdesk.channel.telegram;

import org.answerdesk.Await;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.faq.FaqDraft;
import org.answerdesk.faq.FaqService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Telegram channel end to end through long polling: recorded updates from {@code channels/telegram/fixtures}
 * served by a fake Bot API, the real pipeline with MiniLM, embedded PostgreSQL.
 */
@SpringBootTest
@ContextConfiguration(initializers = FakeTelegram.Settings.class)
class TelegramPollingIT {

    private static final long FIXTURE_CHAT = 5550001;
    private static final long FIXTURE_GROUP = -1001987654321L;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FaqService faq;
    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @Test
    void anUpdateIsStoredThenAnsweredWithFeedbackButtons() {
        long chat = telegram.nextChatId();
        int updateId = deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, chat));

        JsonNode sent = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "an answer").get(0);
        assertThat(sent.get("parse_mode").asString()).isEqualTo("HTML");
        assertThat(sent.get("text").asString()).containsIgnoringCase("password");
        JsonNode buttons = sent.get("reply_markup").get("inline_keyboard").get(0);
        assertThat(buttons.get(0).get("callback_data").asString()).isEqualTo("fb:up");
        assertThat(buttons.get(1).get("callback_data").asString()).isEqualTo("fb:down");

        assertThat(jdbc.sql("select text from message where channel = 'TELEGRAM' and direction = 'IN' "
                + "and external_message_id = :ref").param("ref", chat + ":41").query(String.class).single())
                .isEqualTo("How can I reset my password?");
        assertThat(jdbc.sql("select count(*) from inbox where channel = 'TELEGRAM' and event_id = :e")
                .param("e", Integer.toString(updateId)).query(Long.class).single()).isEqualTo(1);
        assertThat(telegram.calls("sendChatAction")).anyMatch(c -> c.get("chat_id").asString().equals("" + chat)
                && c.get("action").asString().equals("typing"));
        JsonNode poll = telegram.calls("getUpdates").get(0);
        assertThat(poll.get("allowed_updates").toString()).contains("message_reaction", "callback_query");
        String replyRef = Await.await(() -> botMessageRef(chat), r -> r != null, "the answer's Telegram id");
        assertThat(replyRef).startsWith(chat + ":");
    }

    @Test
    void theSameUpdateDeliveredTwiceIsAnsweredOnce() {
        long chat = telegram.nextChatId();
        ObjectNode update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        deliver(update);
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "an answer");
        deliver(update); // Telegram sends it again, e.g. after a restart before the offset was confirmed
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.messagesTo(chat)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from message where direction = 'IN' and external_message_id = :ref")
                .param("ref", chat + ":41").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void buttonPressesAreFeedbackRowsAndTheLatestWins() {
        long chat = telegram.nextChatId();
        String ref = askAndAwaitAnswer(chat);
        int botMessage = Integer.parseInt(ref.split(":")[1]);

        deliver(button(chat, botMessage, "fb:up", "cb-up-" + chat));
        Await.await(() -> votes(ref), List.of(1)::equals, "a thumbs-up row");
        deliver(button(chat, botMessage, "fb:down", "cb-down-" + chat));
        Await.await(() -> votes(ref), List.of(-1)::equals, "the vote changed to thumbs-down");

        Await.await(() -> telegram.calls("answerCallbackQuery"), calls -> calls.stream().anyMatch(c ->
                c.get("callback_query_id").asString().equals("cb-down-" + chat)
                        && c.get("text").asString().equals("Thanks for the feedback")), "the button answered");
        Await.await(() -> telegram.calls("editMessageReplyMarkup"), calls -> calls.stream().anyMatch(c ->
                c.get("message_id").asInt() == botMessage && c.toString().contains("✅ 👎")), "the choice shown");
    }

    @Test
    void aThumbsUpReactionIsAFeedbackRowAndTakingItBackRemovesIt() {
        long chat = telegram.nextChatId();
        String ref = askAndAwaitAnswer(chat);
        ObjectNode update = telegram.fixture("reaction-thumbs-up.json", FIXTURE_CHAT, chat);
        ((ObjectNode) update.get("message_reaction")).put("message_id", Integer.parseInt(ref.split(":")[1]));
        deliver(update);
        Await.await(() -> votes(ref), List.of(1)::equals, "a thumbs-up row");

        ObjectNode removed = update.deepCopy();
        removed.put("update_id", telegram.nextUpdateId());
        var reaction = (ObjectNode) removed.get("message_reaction");
        reaction.set("old_reaction", reaction.get("new_reaction"));
        reaction.set("new_reaction", FakeTelegram.JSON.createArrayNode());
        deliver(removed);
        Await.await(() -> votes(ref), List::isEmpty, "the vote removed");
    }

    @Test
    void aRateLimitedAnswerIsSentAgainAfterRetryAfter() {
        long chat = telegram.nextChatId();
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("sendMessage"))).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
                .inScenario("429-" + chat).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody(FakeTelegram.read("error-429.json")))
                .willSetStateTo("answered"));
        deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, chat));

        String ref = Await.await(() -> botMessageRef(chat), r -> r != null, "the answer sent on the second try");
        var attempts = telegram.rawCalls("sendMessage").stream()
                .filter(r -> r.getBodyAsString().contains("\"" + chat + "\"")).toList();
        assertThat(attempts).hasSize(2);
        long waited = attempts.get(1).getLoggedDate().getTime() - attempts.get(0).getLoggedDate().getTime();
        assertThat(waited).as("waited retry_after (1 s) before trying again").isGreaterThanOrEqualTo(1000);
        assertThat(jdbc.sql("select delivery_attempts from message where external_message_id = :r and direction = 'OUT'")
                .param("r", ref).query(Integer.class).single()).isEqualTo(2);
    }

    /**
     * Two questions in one message are two replies; Telegram refuses the first once (429): the second waits for it,
     * so the customer reads the answers in the order asked (it used to go out at once, before the first's retry).
     */
    @Test
    void theAnswersToTwoQuestionsArriveInOrderWhenTheFirstIsRefusedOnce() {
        long chat = telegram.chatRefusingFirstMessage();
        ObjectNode update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        ((ObjectNode) update.get("message")).put("text", "Which countries do you ship to? And do you offer express shipping?");
        deliver(update);

        List<String> texts = Await.await(() -> telegram.acceptedTexts(chat), t -> t.size() == 2, "both answers");
        assertThat(texts.get(0)).as("the first question's answer first").contains("We ship to all EU member states");
        assertThat(texts.get(1)).contains("Express delivery costs");
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.acceptedTexts(chat)).hasSize(2);
    }

    @Test
    void aLongAnswerCutOffByARateLimitSendsOnlyItsMissingPartOnRetry() {
        String question = "What does the warranty for refurbished espresso machines cover?";
        String answer = "Refurbished espresso machines carry our own warranty. ".repeat(90) + "END-OF-WARRANTY";
        var entry = faq.create(new FaqDraft(question, answer, "warranty", List.of(), List.of()));
        try {
            long chat = telegram.nextChatId();
            telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("sendMessage"))).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
                    .withRequestBody(containing("END-OF-WARRANTY"))
                    .inScenario("split-429-" + chat).whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                            .withBody(FakeTelegram.read("error-429.json")))
                    .willSetStateTo("answered"));
            ObjectNode update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
            ((ObjectNode) update.get("message")).put("text", question);
            deliver(update);

            Await.await(() -> botMessageRef(chat), r -> r != null, "the whole answer sent");
            List<String> texts = telegram.messagesTo(chat).stream().map(m -> m.path("text").asString()).toList();
            assertThat(texts).as("part 1, part 2 refused with 429, part 2 again").hasSize(3);
            assertThat(texts.get(0)).startsWith("Refurbished").doesNotContain("END-OF-WARRANTY");
            assertThat(texts.get(1)).isEqualTo(texts.get(2)).endsWith("END-OF-WARRANTY");
            assertThat(jdbc.sql("""
                    select parts_delivered from message m join conversation c on c.id = m.conversation_id
                    where c.external_key = :k and m.direction = 'OUT'""")
                    .param("k", Long.toString(chat)).query(Integer.class).single()).isEqualTo(1);
        } finally {
            faq.delete(entry.id());
        }
    }

    @Test
    void anOverLongMessageIsAnsweredWithTheLimit() {
        long chat = telegram.nextChatId();
        ObjectNode update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
        ((ObjectNode) update.get("message")).put("text", "My order story. ".repeat(300));
        deliver(update);
        JsonNode reply = Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "a reply").get(0);
        assertThat(reply.path("text").asString()).contains("too long").contains("4000");
    }

    @Test
    void aCustomerWhoBlockedTheBotIsNotRetried() {
        long chat = telegram.nextChatId();
        telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("sendMessage"))).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chat))))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(FakeTelegram.read("error-403-blocked.json"))));
        deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, chat));

        Await.await(() -> jdbc.sql("select c.blocked_at is not null from conversation c where c.external_key = :k")
                .param("k", Long.toString(chat)).query(Boolean.class).optional().orElse(false), b -> b,
                "the conversation marked blocked");
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.messagesTo(chat)).hasSize(1);
        assertThat(jdbc.sql("""
                select m.delivery_status from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'OUT'""")
                .param("k", Long.toString(chat)).query(String.class).single()).isEqualTo("FAILED");
    }

    @Test
    void photosAndStickersGetAPoliteTextOnlyReply() {
        for (String fixture : List.of("private-photo.json", "private-sticker.json")) {
            long chat = telegram.nextChatId();
            deliver(telegram.fixture(fixture, FIXTURE_CHAT, chat));
            JsonNode sent = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "a reply").get(0);
            assertThat(sent.get("text").asString()).contains("I've received it");
            assertThat(sent.has("reply_markup")).isFalse();
        }
        assertThat(jdbc.sql("select count(*) from message where channel = 'TELEGRAM' and direction = 'IN' "
                + "and text in ('[photo]', '[sticker]')").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEditedMessageGetsNoSecondAnswer() {
        long chat = telegram.nextChatId();
        deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, chat));
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "an answer");
        deliver(telegram.fixture("private-edited.json", FIXTURE_CHAT, chat));
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.messagesTo(chat)).hasSize(1);
    }

    @Test
    void inGroupsOnlyMessagesForTheBotAreAnsweredQuotingTheQuestion() {
        long group = -telegram.nextChatId();
        deliver(telegram.fixture("group-chatter.json", FIXTURE_GROUP, group));
        deliver(telegram.fixture("group-mention.json", FIXTURE_GROUP, group));

        Await.await(() -> telegram.messagesTo(group), m -> !m.isEmpty(), "an answer");
        FakeTelegram.awaitSettled(jdbc, group);
        List<JsonNode> sent = telegram.messagesTo(group);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("reply_parameters").get("message_id").asInt()).isEqualTo(310);
        assertThat(jdbc.sql("select m.text from message m join conversation c on c.id = m.conversation_id "
                + "where c.external_key = :k and m.direction = 'IN'").param("k", Long.toString(group))
                .query(String.class).list()).containsExactly("do you ship to Canada?");
    }

    @Test
    void aForumTopicIsItsOwnConversation() {
        long group = -telegram.nextChatId();
        deliver(telegram.fixture("forum-topic-reply.json", -1002233445566L, group));
        JsonNode sent = Await.await(() -> telegram.messagesTo(group), m -> m.size() == 1, "an answer").get(0);
        assertThat(sent.get("message_thread_id").asInt()).isEqualTo(77);
        assertThat(jdbc.sql("select count(*) from conversation where channel = 'TELEGRAM' and external_key = :k")
                .param("k", group + ":77").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void startGreetsWithTheBotsNameAndResetStartsAFreshConversation() {
        long chat = telegram.nextChatId();
        deliver(telegram.fixture("private-command-start.json", FIXTURE_CHAT, chat));
        JsonNode greeting = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "a greeting").get(0);
        assertThat(greeting.get("text").asString()).contains("Answerdesk", "/reset");
        long first = conversationOf(chat);

        ObjectNode reset = telegram.fixture("private-command-start.json", FIXTURE_CHAT, chat);
        ((ObjectNode) reset.get("message")).put("text", "/reset").put("message_id", 2);
        deliver(reset);
        JsonNode done = Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 2, "a confirmation").get(1);
        assertThat(done.get("text").asString()).contains("fresh conversation");
        assertThat(jdbc.sql("select status from conversation where id = :id").param("id", first)
                .query(String.class).single()).isEqualTo("CLOSED");

        deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, chat));
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 3, "an answer");
        assertThat(conversationOf(chat)).isNotEqualTo(first);
    }

    @Test
    void anUnreadableUpdateIsSkippedAndPollingGoesOn() {
        long chat = telegram.nextChatId();
        ObjectNode broken = FakeTelegram.JSON.createObjectNode().put("update_id", telegram.nextUpdateId())
                .put("message", "not a message object");
        deliver(broken);
        deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, chat));
        Await.await(() -> telegram.messagesTo(chat), m -> m.size() == 1, "an answer to the next update");
    }

    /** Telegram hands the update to the bot; returns once the bot acknowledged it with a higher offset. */
    private int deliver(ObjectNode update) {
        int id = update.get("update_id").asInt();
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(id), a -> a, "update " + id + " acknowledged");
        return id;
    }

    private String askAndAwaitAnswer(long chat) {
        deliver(telegram.fixture("private-text.json", FIXTURE_CHAT, chat));
        return Await.await(() -> botMessageRef(chat), r -> r != null, "the answer sent");
    }

    private ObjectNode button(long chat, int botMessage, String data, String callbackId) {
        ObjectNode update = telegram.fixture("callback-vote.json", FIXTURE_CHAT, chat);
        var query = (ObjectNode) update.get("callback_query");
        query.put("id", callbackId).put("data", data);
        ((ObjectNode) query.get("message")).put("message_id", botMessage);
        return update;
    }

    private String botMessageRef(long chat) {
        return jdbc.sql("""
                select m.external_message_id from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'OUT' and m.delivery_status = 'SENT'
                order by m.id desc limit 1""")
                .param("k", Long.toString(chat)).query(String.class).optional().orElse(null);
    }

    private List<Integer> votes(String ref) {
        return jdbc.sql("select f.vote from feedback f join message m on m.id = f.message_id "
                + "where m.external_message_id = :r and m.direction = 'OUT'").param("r", ref).query(Integer.class).list();
    }

    private long conversationOf(long chat) {
        return jdbc.sql("select id from conversation where external_key = :k and status <> 'CLOSED'")
                .param("k", Long.toString(chat)).query(Long.class).single();
    }
}
