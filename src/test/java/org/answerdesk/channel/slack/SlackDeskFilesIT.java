package org.answerdesk.channel.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.attachment.TestImages;
import org.answerdesk.conversation.HandoffRequested;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A file sent in the web chat reaches the Slack desk thread when the conversation is handed over, and one sent while
 * it waits for a person follows it there: uploaded with Slack's external upload flow (WireMock as Slack). Until then
 * a file opens no ticket. Shares {@link SlackHandoffDeskIT}'s context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + SlackHandoffDeskIT.DESK)
class SlackDeskFilesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void slackTakesUploads() {
        var api = SlackTestServer.API;
        api.stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).willReturn(SlackTestServer.json("""
                {"ok":true,"upload_url":"%s/upload/{{formData request.body 'form' urlDecode=true}}{{form.filename}}",
                 "file_id":"F{{randomValue length=8 type='ALPHANUMERIC'}}"}""".formatted(api.baseUrl()))
                .withTransformers("response-template")));
        api.stubFor(post(urlPathMatching("/upload/.*")).willReturn(aResponse().withStatus(200).withBody("OK")));
        api.stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).willReturn(SlackTestServer.json("""
                {"ok":true,"files":[{"id":"F1","title":"file"}]}""")));
    }

    @Test
    void filesBeforeAndAfterTheHandoffAreUploadedIntoTheDeskThread() {
        HttpApi api = new HttpApi(port);
        String session = "desk-files-" + UUID.randomUUID();
        String before = "before-" + UUID.randomUUID().toString().substring(0, 8) + ".png";
        String after = "after-" + UUID.randomUUID().toString().substring(0, 8) + ".png";
        int posts = SlackTestServer.postedTo(SlackHandoffDeskIT.DESK).size();

        assertThat(api.upload("/api/chat/files", before, TestImages.png(12, 12, "b"), "session_id", session).status())
            .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from handoff h join conversation c on c.id = h.conversation_id "
                + "where c.external_key = :s").param("s", session).query(Long.class).single())
            .as("a file alone opens no ticket").isZero();
        assertThat(api.post("/api/chat", json("session_id", session, "choice", "human")).json()
                .get("needs_human").asBoolean()).isTrue();
        String thread = SlackTestServer.awaitPostTo(SlackHandoffDeskIT.DESK, posts, "Handoff #").get("response_ts");
        String completed = awaitCompleted(before);
        assertThat(completed).contains("channel_id=" + SlackHandoffDeskIT.DESK).contains("thread_ts=" + thread);
        assertThat(uploadedBytes(before)).as("the file as kept, without its metadata")
            .isEqualTo(stored(before));

        assertThat(api.upload("/api/chat/files", after, TestImages.png(14, 14, "a"), "session_id", session).status())
            .isIn(200, 202);
        assertThat(awaitCompleted(after)).contains("thread_ts=" + thread);

        var tickets = api.get("/api/tickets", HttpApi.ADMIN).json();
        var ticket = java.util.stream.StreamSupport.stream(tickets.spliterator(), false)
                .filter(t -> t.get("files").toString().contains(before)).findFirst().orElseThrow();
        assertThat(ticket.get("files")).hasSize(2);
        assertThat(ticket.get("files").get(0).get("message_id").asLong()).as("with the message it came with")
            .isEqualTo(jdbc.sql("select message_id from attachment where name = :n").param("n", before)
                .query(Long.class).single());
    }

    /**
     * The file is kept while the transaction that opens the handoff is still open: neither sees the other's rows
     * until it commits. Before the per-conversation lock, both read nothing and the file never reached the thread.
     */
    @Test
    void aFileKeptAtTheInstantTheHandoffOpensReachesTheDeskThreadOnce() throws Exception {
        HttpApi api = new HttpApi(port);
        String session = "desk-race-" + UUID.randomUUID();
        String name = "race-" + UUID.randomUUID().toString().substring(0, 8) + ".png";
        int posts = SlackTestServer.postedTo(SlackHandoffDeskIT.DESK).size();
        assertThat(api.post("/api/chat", json("session_id", session, "message", "Hello")).status()).isEqualTo(200);
        long conversation = jdbc.sql("select id from conversation where external_key = :s").param("s", session)
                .query(Long.class).single();

        var upload = new java.util.concurrent.CompletableFuture<Integer>();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.publishEvent(new HandoffRequested(conversation, "a person, asked for in a test"));
            byte[] png = TestImages.png(10, 10, "r");
            new Thread(() -> upload.complete(api.upload("/api/chat/files", name, png, "session_id", session).status()))
                .start();
            Await.await(() -> jdbc.sql("""
                    select exists (select 1 from pg_locks l join pg_database d on d.oid = l.database
                                   where d.datname = current_database() and l.locktype = 'advisory'
                                     and l.classid = 7326 and l.objsubid = 2 and not l.granted)
                        or exists (select 1 from attachment where name = :n)""").param("n", name)
                    .query(Boolean.class).single(), Boolean::booleanValue, "the file kept, or waiting for the handoff");
        });

        assertThat(upload.get(30, java.util.concurrent.TimeUnit.SECONDS)).isIn(200, 202);
        String thread = SlackTestServer.awaitPostTo(SlackHandoffDeskIT.DESK, posts, "Handoff #").get("response_ts");
        assertThat(awaitCompleted(name)).contains("thread_ts=" + thread);
        assertThat(jdbc.sql("""
                select count(*) from desk_post p join attachment a on a.id = p.attachment_id where a.name = :n""")
                .param("n", name).query(Long.class).single()).as("posted once").isEqualTo(1);
    }

    @Test
    void aFileStaffUploadInTheDeskThreadIsFetchedWithTheBotTokenAndReachesTheCustomerOnce() {
        HttpApi api = new HttpApi(port);
        String session = "desk-out-" + UUID.randomUUID();
        int posts = SlackTestServer.postedTo(SlackHandoffDeskIT.DESK).size();
        assertThat(api.post("/api/chat", json("session_id", session, "choice", "human")).json()
                .get("needs_human").asBoolean()).isTrue();
        String thread = SlackTestServer.awaitPostTo(SlackHandoffDeskIT.DESK, posts, "Handoff #").get("response_ts");
        String fileId = "F" + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        for (String id : List.of(fileId, "FBOT" + fileId)) {
            SlackTestServer.API.stubFor(get(urlPathEqualTo("/files-pri/T1-" + id + "/label.pdf"))
                    .withHeader("Authorization", equalTo("Bearer xoxb-fake"))
                    .willReturn(aResponse().withStatus(200).withBody(pdf)));
        }

        var share = fileShare(thread, SlackHandoffDeskIT.STAFF, fileId, "Here is your return label.");
        assertThat(SlackFixtures.deliver(port, share).status()).isEqualTo(200);
        var again = share.deepCopy();
        again.put("event_id", "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        SlackFixtures.deliver(port, again); // Slack delivers the same message again under a new event id
        SlackFixtures.deliver(port, fileShare(thread, SlackTestServer.BOT_USER, "FBOT" + fileId, ""));

        var replies = Await.await(() -> api.get("/api/chat/" + session + "/messages?after=0").json(),
                m -> m.toString().contains("label.pdf"), "the file in the chat");
        var agent = java.util.stream.StreamSupport.stream(replies.spliterator(), false)
                .filter(m -> "AGENT".equals(m.get("source").asString())).toList();
        assertThat(agent).as("the text is the file's caption").extracting(m -> m.get("reply").asString())
            .containsExactly("Here is your return label.");
        String url = agent.get(0).get("file").get("url").asString();
        assertThat(api.get(url).status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                select count(*) from attachment a join conversation c on c.id = a.conversation_id
                where c.external_key = :s""").param("s", session).query(Long.class).single())
            .as("once, and never the bot's own upload").isEqualTo(1);
    }

    @Test
    void aCustomersFileInADirectMessageIsKeptAndItsTextAnsweredAndAFileAloneIsAcknowledged() {
        String dm = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String user = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String fileId = "F" + UUID.randomUUID().toString().substring(0, 8);
        byte[] png = TestImages.png(16, 16, "mug");
        SlackTestServer.API.stubFor(get(urlPathEqualTo("/files-pri/T1-" + fileId + "/mug.png"))
                .withHeader("Authorization", equalTo("Bearer xoxb-fake"))
                .willReturn(aResponse().withStatus(200).withBody(png)));

        var payload = customerFileShare(dm, user, fileId, "How do I return an item?");
        assertThat(SlackFixtures.deliver(port, payload).status()).isEqualTo(200);
        SlackFixtures.deliver(port, payload.deepCopy()); // Slack's retry of the same event

        // the text with the file is the question (after the greeting of a first contact)
        SlackTestServer.awaitPostTo(dm, 0, "eturn");
        String eventId = payload.get("event_id").asString();
        byte[] kept = Await.await(() -> jdbc.sql("""
                select a.content from attachment a join inbox i on i.message_id = a.message_id
                where i.event_id = :e and a.content is not null""").param("e", eventId).query(byte[].class)
                .optional(), java.util.Optional::isPresent, "the customer's file kept").orElseThrow();
        assertThat(kept).as("checked and re-encoded, not lost").isNotEmpty();
        assertThat(jdbc.sql("select count(*) from attachment a join inbox i on i.message_id = a.message_id "
                + "where i.event_id = :e").param("e", eventId).query(Long.class).single()).as("once").isEqualTo(1);

        String alone = "F" + UUID.randomUUID().toString().substring(0, 8);
        SlackTestServer.API.stubFor(get(urlPathEqualTo("/files-pri/T1-" + alone + "/mug.png"))
                .willReturn(aResponse().withStatus(200).withBody(png)));
        assertThat(SlackFixtures.deliver(port, customerFileShare(dm, user, alone, "")).status()).isEqualTo(200);
        SlackTestServer.awaitPostTo(dm, 0, "received it");
        assertThat(SlackTestServer.postedTo(dm)).noneMatch(m -> m.getOrDefault("text", "").contains("only read text"));
    }

    @Test
    void aFileStaffSendFromTheTicketReachesTheSlackCustomerWithItsText() {
        String dm = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String user = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        var ask = SlackFixtures.json("message_im.json");
        ask.put("event_id", "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        SlackFixtures.event(ask).put("channel", dm).put("user", user).put("text", "I want to talk to a person")
            .put("ts", SlackFixtures.now() + ".000400");
        assertThat(SlackFixtures.deliver(port, ask).status()).isEqualTo(200);
        long ticket = Await.await(() -> jdbc.sql("""
                select h.id from handoff h join conversation c on c.id = h.conversation_id
                where c.external_key like :k and h.resolved_at is null""").param("k", "%" + dm + "%")
                .query(Long.class).optional(), java.util.Optional::isPresent, "a ticket for the Slack customer")
            .orElseThrow();

        String name = "label-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        var sent = new HttpApi(port).upload(HttpApi.ADMIN, "/api/tickets/" + ticket + "/files", name, pdf,
                "text", "Here is your return label.", "agent", "Ann");
        assertThat(sent.status()).isEqualTo(200);

        // into the customer's conversation (a copy in the desk thread, if any, is another upload)
        String completed = awaitCompleted(name + "\u0000channel_id=" + dm);
        assertThat(completed).contains("initial_comment=Here is your return label.");
        assertThat(uploadedBytes(name)).isEqualTo(pdf);
    }

    private static tools.jackson.databind.node.ObjectNode customerFileShare(String dm, String user, String fileId,
                                                                            String text) {
        var payload = SlackFixtures.json("message_im.json");
        payload.put("event_id", "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        var event = SlackFixtures.event(payload);
        event.put("subtype", "file_share").put("channel", dm).put("user", user).put("text", text)
            .put("ts", SlackFixtures.now() + ".000300");
        event.remove("blocks");
        String url = SlackTestServer.API.baseUrl() + "/files-pri/T1-" + fileId + "/mug.png";
        event.putArray("files").addObject().put("id", fileId).put("name", "mug.png").put("title", "mug.png")
            .put("mimetype", "image/png").put("url_private", url).put("url_private_download", url);
        return payload;
    }

    private static tools.jackson.databind.node.ObjectNode fileShare(String thread, String user, String fileId,
                                                                    String text) {
        var payload = SlackFixtures.threadMessage(SlackHandoffDeskIT.DESK, thread, SlackFixtures.now() + ".000200",
                user, text);
        var event = SlackFixtures.event(payload);
        event.put("subtype", "file_share");
        String url = SlackTestServer.API.baseUrl() + "/files-pri/T1-" + fileId + "/label.pdf";
        event.putArray("files").addObject().put("id", fileId).put("name", "label.pdf").put("title", "label.pdf")
            .put("mimetype", "application/pdf").put("size", 40).put("url_private", url)
            .put("url_private_download", url + "?download=1");
        return payload;
    }

    /** The first completed upload whose form holds every part of {@code parts} (split at NUL). */
    private static String awaitCompleted(String parts) {
        List<String> all = List.of(parts.split("\u0000"));
        return Await.await(() -> events("/api/files.completeUploadExternal").stream()
                .map(e -> URLDecoder.decode(e.getRequest().getBodyAsString(), StandardCharsets.UTF_8))
                .filter(b -> all.stream().allMatch(b::contains)).findFirst(), java.util.Optional::isPresent,
                "the upload of " + all).orElseThrow();
    }

    private static byte[] uploadedBytes(String name) {
        return events("/upload/" + name).get(0).getRequest().getBody();
    }

    private byte[] stored(String name) {
        return jdbc.sql("select content from attachment where name = :n").param("n", name).query(byte[].class).single();
    }

    private static List<ServeEvent> events(String path) {
        var list = new java.util.ArrayList<>(SlackTestServer.API.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(path)).toList());
        Collections.reverse(list);
        return list;
    }
}
