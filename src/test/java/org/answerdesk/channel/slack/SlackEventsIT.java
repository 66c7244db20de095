package org.answerdesk.channel.slack;

import static org.answerdesk.Await.await;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.HttpApi;
import org.answerdesk.faq.FaqDraft;
import org.answerdesk.faq.FaqService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * The Slack channel end to end in HTTP mode: signed Events API requests built from the recorded fixtures go to
 * {@code /slack/events}; answers reach WireMock through Bolt's own Web API client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
class SlackEventsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FaqService faq;

    @Test
    void aSignedMentionIsAnsweredOnceInItsThread() {
        var mention = mention("How can I reset my password?");
        String channel = channelOf(mention);

        assertThat(SlackFixtures.deliver(port, mention).status()).isEqualTo(200);

        var posted = await(() -> SlackTestServer.postedTo(channel), p -> !p.isEmpty(), "an answer in " + channel);
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).get("thread_ts")).isEqualTo(SlackFixtures.event(mention).get("ts").asString());
        assertThat(posted.get(0).get("text")).containsIgnoringCase("password");
    }

    @Test
    void anOverLongQuestionIsStoredAndAnsweredWithTheLimit() {
        var mention = mention("Please read my whole story. " + "It went on and on. ".repeat(250));
        String channel = channelOf(mention);
        SlackFixtures.deliver(port, mention);
        var posted = await(() -> SlackTestServer.postedTo(channel), p -> !p.isEmpty(), "an answer");
        assertThat(posted.get(0).get("text")).contains("too long").contains("4000");
        assertThat(jdbc.sql("""
                select text from message where channel = 'SLACK' and direction = 'IN' and external_message_id like :c""")
                .param("c", channel + ":%").query(String.class).single()).startsWith("[a message of");
    }

    @Test
    void slacksRetryOfTheSameEventGetsNoSecondAnswer() {
        var mention = mention("Do you ship to Canada?");
        String channel = channelOf(mention);
        SlackFixtures.deliver(port, mention);
        await(() -> SlackTestServer.postedTo(channel), p -> !p.isEmpty(), "the first answer");

        var retry = SlackFixtures.deliver(port, mention, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason",
                "http_timeout");

        assertThat(retry.status()).isEqualTo(200);
        SlackFixtures.awaitSettled(jdbc, channel);
        assertThat(SlackTestServer.postedTo(channel)).hasSize(1);
        assertThat(inboundMessages(channel)).as("the retry is not stored as a second message").isEqualTo(1);
    }

    @Test
    void aBadMissingOrStaleSignatureGets401AndNothingIsStored() {
        var mention = mention("How can I reset my password?");
        String body = mention.toString();
        long now = SlackFixtures.now();
        var api = new HttpApi(port);

        var forged = api.post("/slack/events", body, "X-Slack-Request-Timestamp", Long.toString(now),
                "X-Slack-Signature", SlackFixtures.sign("not-the-secret", now, body));
        var unsigned = api.post("/slack/events", body);
        long old = now - 600;
        var stale = api.post("/slack/events", body, "X-Slack-Request-Timestamp", Long.toString(old),
                "X-Slack-Signature", SlackFixtures.sign(SlackTestServer.SIGNING_SECRET, old, body));

        assertThat(List.of(forged.status(), unsigned.status(), stale.status())).containsOnly(401);
        assertThat(inboxRows(mention)).isZero();
    }

    @Test
    void aThumbsUpReactionOnTheAnswerIsFeedbackAndRemovingItRemovesIt() {
        var mention = mention("How long do refunds take?");
        String channel = channelOf(mention);
        SlackFixtures.deliver(port, mention);
        String ref = await(() -> sentRef(channel), r -> r != null, "the answer's ts stored");
        long replyId = jdbc.sql("select id from message where external_message_id = :r and direction = 'OUT'")
                .param("r", ref).query(Long.class).single();

        assertThat(SlackFixtures.deliver(port, reaction("reaction_added.json", ref)).status()).isEqualTo(200);
        assertThat(votes(replyId)).containsExactly(1);

        assertThat(SlackFixtures.deliver(port, reaction("reaction_removed.json", ref)).status()).isEqualTo(200);
        assertThat(votes(replyId)).isEmpty();
    }

    @Test
    void aFollowUpInTheBotsThreadIsAnsweredThereInTheSameConversation() {
        var mention = mention("How can I reset my password?");
        String channel = channelOf(mention);
        String root = SlackFixtures.event(mention).get("ts").asString();
        SlackFixtures.deliver(port, mention);
        await(() -> SlackTestServer.postedTo(channel), p -> p.size() == 1, "the first answer");

        var followUp = SlackFixtures.json("message_thread_followup.json");
        followUp.put("event_id", "Ev" + fresh());
        SlackFixtures.event(followUp).put("channel", channel).put("thread_ts", root);
        assertThat(SlackFixtures.deliver(port, followUp).status()).isEqualTo(200);

        var posted = await(() -> SlackTestServer.postedTo(channel), p -> p.size() == 2, "the follow-up's answer");
        assertThat(posted.get(1).get("thread_ts")).isEqualTo(root);
        assertThat(posted.get(1).get("text")).containsIgnoringCase("refund");
        assertThat(jdbc.sql("select count(distinct conversation_id) from message where channel = 'SLACK' and external_message_id like :c")
                .param("c", channel + ":%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aThreadMessageOutsideTheBotsThreadsIsNotItsBusiness() {
        var other = SlackFixtures.json("message_thread_followup.json");
        other.put("event_id", "Ev" + fresh());
        String channel = "C" + fresh();
        SlackFixtures.event(other).put("channel", channel);

        assertThat(SlackFixtures.deliver(port, other).status()).isEqualTo(200);
        SlackFixtures.awaitSettled(jdbc, channel);
        assertThat(SlackTestServer.postedTo(channel)).isEmpty();
        assertThat(inboxRows(other)).isZero();
    }

    @Test
    void theBotsOwnMessagesAndEditsAreIgnored() {
        var mention = mention("How can I reset my password?");
        String channel = channelOf(mention);
        String root = SlackFixtures.event(mention).get("ts").asString();
        SlackFixtures.deliver(port, mention);
        await(() -> SlackTestServer.postedTo(channel), p -> p.size() == 1, "the answer");

        // the bot's own answer, echoed back as a message in its thread; and an edit in the same channel
        var own = SlackFixtures.json("message_from_this_bot.json");
        own.put("event_id", "Ev" + fresh());
        SlackFixtures.event(own).put("channel", channel).put("thread_ts", root);
        var edit = SlackFixtures.json("message_changed.json");
        edit.put("event_id", "Ev" + fresh());
        SlackFixtures.event(edit).put("channel", channel);
        assertThat(SlackFixtures.deliver(port, own).status()).isEqualTo(200);
        assertThat(SlackFixtures.deliver(port, edit).status()).isEqualTo(200);

        SlackFixtures.awaitSettled(jdbc, channel);
        assertThat(SlackTestServer.postedTo(channel)).hasSize(1);
        assertThat(inboxRows(own) + inboxRows(edit)).isZero();
    }

    @Test
    void anFaqAnswerCannotPingTheChannel() {
        faq.create(new FaqDraft("Who is on call for the warehouse night shift?",
                "Ping <!channel> & ask for <@U0ONCALL01> -- then write <https://evil.example|here>.", "staff",
                List.of(), List.of()));
        var mention = mention("Who is on call for the warehouse night shift?");
        String channel = channelOf(mention);
        SlackFixtures.deliver(port, mention);

        String text = await(() -> SlackTestServer.postedTo(channel), p -> !p.isEmpty(), "the answer").get(0).get("text");

        assertThat(text).startsWith("Ping &lt;!channel&gt; &amp; ask for &lt;@U0ONCALL01&gt;")
                .contains("&lt;https://evil.example|here&gt;")
                .doesNotContain("<!channel>", "<@", "<https");
    }

    @Test
    void aFailedPostIsRetriedAfterSlacksRetryAfterAndThenDelivered() {
        var mention = mention("Do you offer express shipping?");
        String channel = channelOf(mention);
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing("channel=" + channel)).inScenario(channel).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("limited"));
        SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing("channel=" + channel)).inScenario(channel).whenScenarioStateIs("limited")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));

        SlackFixtures.deliver(port, mention);

        String ref = await(() -> sentRef(channel), r -> r != null, "the answer delivered in the end");
        assertThat(SlackTestServer.postedTo(channel)).hasSize(3);
        assertThat(jdbc.sql("select delivery_attempts from message where external_message_id = :r")
                .param("r", ref).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void urlVerificationEchoesTheChallenge() {
        var challenge = SlackFixtures.json("url_verification.json");

        var response = SlackFixtures.deliver(port, challenge);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(challenge.get("challenge").asString());
    }

    private static ObjectNode mention(String question) {
        return SlackFixtures.mention(question);
    }

    private ObjectNode reaction(String fixture, String ref) {
        var payload = SlackFixtures.json(fixture);
        payload.put("event_id", "Ev" + fresh());
        var item = (ObjectNode) SlackFixtures.event(payload).get("item");
        item.put("channel", ref.substring(0, ref.indexOf(':')));
        item.put("ts", ref.substring(ref.indexOf(':') + 1));
        return payload;
    }

    private static String channelOf(ObjectNode payload) {
        return SlackFixtures.event(payload).get("channel").asString();
    }

    private String sentRef(String channel) {
        return jdbc.sql("""
                select external_message_id from message where channel = 'SLACK' and direction = 'OUT'
                  and delivery_status = 'SENT' and external_message_id like :c
                """).param("c", channel + ":%").query(String.class).optional().orElse(null);
    }

    private long inboundMessages(String channel) {
        return jdbc.sql("select count(*) from message where channel = 'SLACK' and direction = 'IN' and external_message_id like :c")
                .param("c", channel + ":%").query(Long.class).single();
    }

    private long inboxRows(ObjectNode payload) {
        return jdbc.sql("select count(*) from inbox where channel = 'SLACK' and event_id = :e")
                .param("e", payload.get("event_id").asString()).query(Long.class).single();
    }

    private List<Integer> votes(long replyId) {
        return jdbc.sql("select vote from feedback where message_id = :m").param("m", replyId)
                .query(Integer.class).list();
    }

    private static String fresh() {
        return SlackFixtures.fresh();
    }

}
