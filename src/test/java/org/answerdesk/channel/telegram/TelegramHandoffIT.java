package org.answerdesk.channel.telegram;

import org.answerdesk.Await;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.slack.SlackFixtures;
import org.answerdesk.transcription.FakeTranscriber;
import org.answerdesk.transcription.TestWebm;
import org.answerdesk.channel.slack.SlackTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.node.ObjectNode;
import org.answerdesk.SampleFaqMisses;

/**
 * Handoff end to end for a Telegram customer with Slack as the agents' desk (both platforms faked by WireMock,
 * no LLM): the unanswerable question opens a desk thread, the staff reply reaches the customer in Telegram, the
 * bot stays silent while a person has the conversation, ✅ resolves it and the bot answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class})
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + TelegramHandoffIT.DESK)
class TelegramHandoffIT {

    static final String DESK = "C0DESK0TG1";
    static final String STAFF = "U0STAFF001";

    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTelegramCustomerIsHelpedFromTheSlackDeskThenTheBotTakesOverAgain() {
        long chat = telegram.nextChatId();
        int deskBefore = SlackTestServer.postedTo(DESK).size();

        say(chat, SampleFaqMisses.APPRAISAL);
        var offer = Await.await(() -> telegram.acceptedTo(chat), s -> !s.isEmpty(), "the offer of a person");
        assertThat(offer.get(0).text()).contains("person");
        say(chat, "yes"); // a first miss is offered a person: the yes opens the ticket
        var handoffNotice = Await.await(() -> telegram.acceptedTo(chat), s -> s.size() > 1, "the handoff notice");
        assertThat(handoffNotice.get(1).text()).contains("person");

        Map<String, String> opened =
                SlackTestServer.awaitPostTo(DESK, deskBefore, "on telegram", "antique pocket watches");
        String deskTs = opened.get("response_ts");

        SlackFixtures.deliver(port, SlackFixtures.threadMessage(DESK, deskTs, SlackFixtures.now() + ".000901", STAFF,
                "We don't repair watches, sorry: a local watchmaker can help."));
        Await.await(() -> texts(chat), t -> t.contains("We don't repair watches, sorry: a local watchmaker can help."),
                "the agent's reply in Telegram");
        assertThat(telegram.messagesTo(chat).stream().filter(m -> m.get("text").asString().contains("local watchmaker"))
                .findFirst().orElseThrow().toString()).as("the agent's answer can be rated").contains("fb:up");

        int sentBefore = telegram.acceptedTo(chat).size();
        say(chat, "Are you sure? It is a family heirloom.");
        Await.await(() -> threadPosts(deskTs), p -> p.stream().anyMatch(m -> m.get("text").contains("family heirloom")),
                "the customer's message appended to the desk thread");
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.acceptedTo(chat)).as("while a person has it, the bot only says once that the team has it")
                .hasSize(sentBefore + 1);
        assertThat(texts(chat).get(texts(chat).size() - 1)).contains("the team has your message");
        say(chat, "Please answer.");
        Await.await(() -> threadPosts(deskTs), p -> p.stream().anyMatch(m -> m.get("text").contains("Please answer")),
                "the second message appended to the desk thread");
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(telegram.acceptedTo(chat)).as("then it stays silent").hasSize(sentBefore + 1);

        SlackFixtures.deliver(port, SlackFixtures.reactionAdded(DESK, deskTs, STAFF, "white_check_mark"));
        Await.await(() -> texts(chat), t -> t.stream().anyMatch(s -> s.contains("marked this conversation as resolved")),
                "the closing message");

        say(chat, "How do I reset my password?");
        Await.await(() -> texts(chat), t -> t.stream().anyMatch(s -> s.contains("reset link")), "the bot's answer again");
    }

    @Test
    void humanCommandAndTalkToAPersonButtonHandOver() {
        long byCommand = telegram.nextChatId();
        say(byCommand, "/human");
        Await.await(() -> texts(byCommand), t -> t.stream().anyMatch(s -> s.contains("A person from our team will reply")),
                "the acknowledgement of /human");

        long byButton = telegram.nextChatId();
        say(byButton, "How long do refunds take?");
        var answer = Await.await(() -> telegram.acceptedTo(byButton), s -> !s.isEmpty(), "an FAQ answer").get(0);
        assertThat(telegram.messagesTo(byButton).get(0).toString()).contains("Talk to a person");
        ObjectNode press = telegram.fixture("callback-vote.json", 5550001, byButton);
        ((ObjectNode) press.get("callback_query")).put("data", "human");
        ((ObjectNode) press.get("callback_query").get("message")).put("message_id", answer.messageId());
        telegram.push(press);
        Await.await(() -> texts(byButton), t -> t.stream().anyMatch(s -> s.contains("A person from our team will reply")),
                "the acknowledgement of the button");
        Await.await(() -> SlackTestServer.postedTo(DESK), p -> p.stream().anyMatch(m -> m.get("text").contains("asked for a person")),
                "a desk thread for the customer who pressed the button");
    }

    /**
     * A voice note heard before the handoff (here a web chat recording: this context has the stand-in transcriber
     * and the Slack desk) is uploaded into the desk thread with its transcript beside it.
     */
    @Test
    void theDeskThreadShowsAVoiceNotesTranscriptBesideTheAudio() {
        var slack = SlackTestServer.API;
        slack.stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).willReturn(SlackTestServer.json("""
                {"ok":true,"upload_url":"%s/upload/voice-note","file_id":"F0VOICE01"}""".formatted(slack.baseUrl()))));
        slack.stubFor(post(urlPathEqualTo("/upload/voice-note")).willReturn(aResponse().withStatus(200).withBody("OK")));
        slack.stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).willReturn(SlackTestServer.json("""
                {"ok":true,"files":[{"id":"F0VOICE01","title":"voice.webm"}]}""")));
        String question = "How long does a refund take?";
        String session = "voice-desk-" + java.util.UUID.randomUUID();
        byte[] recording = TestWebm.speech(question);
        FakeTranscriber.hears(recording, question);
        var api = new HttpApi(port);

        assertThat(api.upload("/api/chat/files", "voice.webm", recording, "session_id", session).json()
            .get("transcribing").asBoolean()).as("accepted at once, heard by the answer workers").isTrue();
        var answered = Await.await(() -> api.get("/api/chat/" + session + "/messages?after=0").json(),
                replies -> !replies.isEmpty(), "the recording's answer on the page's poll");
        assertThat(answered.get(0).get("reply").asString()).startsWith("You asked: “" + question + "”");
        api.post("/api/chat", HttpApi.json("session_id", session, "choice", "human"));

        String completed = Await.await(() -> slack.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/api/files.completeUploadExternal"))
                .map(e -> java.net.URLDecoder.decode(e.getRequest().getBodyAsString(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .filter(b -> b.contains("channel_id=" + DESK) && b.contains(question)).findFirst(),
                java.util.Optional::isPresent, "the voice note's upload into the desk thread").orElseThrow();
        assertThat(completed).contains("initial_comment=*Transcript:* " + question).contains("thread_ts=");
    }

    private void say(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", 5550001, chat);
        ((ObjectNode) update.get("message")).put("text", text);
        telegram.push(update);
        Await.await(() -> telegram.acknowledged(update.get("update_id").asInt()), a -> a, "the update acknowledged");
    }

    private List<String> texts(long chat) {
        return telegram.acceptedTo(chat).stream().map(FakeTelegram.Sent::text).toList();
    }

    private static List<Map<String, String>> threadPosts(String deskTs) {
        return SlackTestServer.postedTo(DESK).stream().filter(p -> deskTs.equals(p.get("thread_ts"))).toList();
    }
}
