package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.attachment.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.answerdesk.SampleFaqMisses;

/**
 * Files sent in the web chat ({@code POST /api/chat/files}): kept with their message and answered; refused before
 * anything is stored when they cannot be kept (with the status and the reason); never attached to another session's
 * conversation. Shares {@link WebChatIT}'s context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebFilesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aPhotoWithoutCaptionIsKeptWithoutItsMetadataAndTheBotSaysItReceivedIt() throws Exception {
        String session = UUID.randomUUID().toString();
        var response = upload(fields("session_id", session), "../../../photo.png",
                TestImages.png(40, 30, "GPSLatitude 48.8584 N"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/reply/reply").asString()).contains("I've received it");
        assertThat(body.at("/file/name").asString()).isEqualTo("photo.png");
        assertThat(body.at("/file/media_type").asString()).isEqualTo("image/png");
        byte[] kept = jdbc.sql("select content from attachment where id = :id").param("id", body.at("/file/id").asLong())
            .query(byte[].class).single();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
        assertThat(filesOf(session)).containsExactly("photo.png");
    }

    @Test
    void aCaptionIsAnsweredFromTheFaq() throws Exception {
        String session = UUID.randomUUID().toString();
        var response = upload(fields("session_id", session, "message", "How do I reset my password?"),
                "screen.png", TestImages.png(8, 8, "x"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/reply/reply").asString()).contains("reset link");
    }

    @Test
    void filesThatCannotBeKeptAreRefusedWithTheReasonAndNothingIsStored() throws Exception {
        String session = UUID.randomUUID().toString();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

        var bomb = upload(fields("session_id", session), "bomb.png", TestImages.pngBomb(60_000, 60_000));
        var html = upload(fields("session_id", session), "x.png",
                "<html><script>alert(1)</script>\u0000".getBytes(StandardCharsets.UTF_8));
        var truncated = upload(fields("session_id", session), "invoice.pdf", Arrays.copyOf(pdf, 25));
        var tooLarge = upload(fields("session_id", session), "big.txt", text(10 * 1024 * 1024 + 10));
        var overTheBodyLimit = upload(fields("session_id", session), "bigger.txt", text(12 * 1024 * 1024));
        var nulInTheName = upload(fields("session_id", session), "photo\u0000.png", TestImages.png(4, 4, ""));

        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(bomb.body()).get("error").asString()).as("a small file: its pixels are the reason")
                .contains("40 megapixels").doesNotContain("10 MB");
        assertThat(html.statusCode()).isEqualTo(415);
        assertThat(html.body()).contains("I accept photos");
        assertThat(truncated.statusCode()).isEqualTo(422);
        assertThat(truncated.body()).contains("damaged");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("at most 10 MB");
        assertThat(overTheBodyLimit.statusCode()).isEqualTo(413);
        assertThat(nulInTheName.statusCode()).as("the server cannot read such a part: " + nulInTheName.body())
                .isEqualTo(400);
        assertThat(nulInTheName.body()).contains("file name");
        assertThat(jdbc.sql("select count(*) from conversation where channel = 'WEB' and external_key = :s")
                .param("s", session).query(Long.class).single()).isZero();
    }

    @Test
    void anUploadIsOnlyEverTheSendingSessionsEvenWithTheSameIdempotencyKey() throws Exception {
        String alice = UUID.randomUUID().toString();
        String mallory = UUID.randomUUID().toString();

        var first = upload(fields("session_id", alice, "idempotency_key", "k1"), "a.png", TestImages.png(8, 8, "a"));
        var second = upload(fields("session_id", mallory, "idempotency_key", "k1"), "m.png", TestImages.png(9, 9, "m"));
        var again = upload(fields("session_id", alice, "idempotency_key", "k1"), "a.png", TestImages.png(8, 8, "a"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(filesOf(alice)).containsExactly("a.png");
        assertThat(filesOf(mallory)).containsExactly("m.png");
    }

    @Test
    void aFileStaffSendFromTheTicketReachesTheSessionAsADownloadLinkOfThatSessionOnly() throws Exception {
        String session = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        // a first miss on a chat is offered a person; the second in a row opens the ticket
        assertThat(chat(session, "Who won the football world cup in 1986?").statusCode()).isEqualTo(200);
        assertThat(chat(session, "Who won the football world cup in 1986?").statusCode()).isEqualTo(200);
        assertThat(chat(other, "hello").statusCode()).isEqualTo(200);
        long ticket = jdbc.sql("""
                select h.id from handoff h join conversation c on c.id = h.conversation_id
                where c.external_key = :s and h.resolved_at is null""").param("s", session).query(Long.class).single();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

        var refused = multipart("/api/tickets/" + ticket + "/files", fields("text", "See the page", "agent", "Ann"),
                "label.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff},
                HttpApi.ADMIN);
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(refused.body()).get("error").asString()).contains("label.exe");
        var withoutToken = multipart("/api/tickets/" + ticket + "/files", fields(), "label.pdf", pdf);
        assertThat(withoutToken.statusCode()).isEqualTo(401);
        var sent = multipart("/api/tickets/" + ticket + "/files",
                fields("text", "Here is your return label.", "agent", "Ann"), "../label.pdf", pdf, HttpApi.ADMIN);
        assertThat(sent.statusCode()).isEqualTo(200);

        JsonNode messages = JSON.readTree(get("/api/chat/" + session + "/messages?after=0").body());
        List<JsonNode> agent = new java.util.ArrayList<>();
        messages.forEach(m -> { if ("AGENT".equals(m.get("source").asString())) agent.add(m); });
        assertThat(agent).as("nothing was sent with the refused file; the text goes with the file").hasSize(1);
        assertThat(agent.get(0).get("reply").asString()).isEqualTo("Here is your return label.");
        assertThat(JSON.readTree(sent.body()).get("text_message_id").asLong())
            .isEqualTo(JSON.readTree(sent.body()).get("message_id").asLong());
        JsonNode file = agent.get(0).get("file");
        long captioned = JSON.readTree(sent.body()).get("message_id").asLong();
        assertThat(org.answerdesk.Await.await(() -> jdbc.sql("select answer from faq_candidate where reply_id = :m")
                .param("m", captioned).query(String.class).list(), l -> !l.isEmpty(), "the caption proposed"))
            .as("the caption is learnt from like a typed reply").containsExactly("Here is your return label.");
        assertThat(file.get("name").asString()).isEqualTo("label.pdf");
        assertThat(file.get("media_type").asString()).isEqualTo("application/pdf");
        String url = file.get("url").asString();
        assertThat(url).startsWith("/api/chat/" + session + "/files/");

        var download = getBytes(url);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(getBytes(url.replace(session, other)).statusCode()).as("another session").isEqualTo(404);
        assertThat(JSON.readTree(get("/api/chat/" + session + "/history").body()).findValues("file").stream()
                .filter(f -> !f.isNull()).map(f -> f.get("url").asString())).containsExactly(url);
    }

    /**
     * Item 13 of issue 53: a session's download is read from the database a chunk at a time while it is sent, not
     * loaded whole first. The file's tail is changed in the database after the first bytes arrived: a download that
     * read the whole file before sending (as before) returns the old tail; a streamed one the new.
     */
    @Test
    void aDownloadIsStreamedFromTheDatabaseWhileItIsSent() throws Exception {
        String session = UUID.randomUUID().toString();
        assertThat(chat(session, "hello").statusCode()).isEqualTo(200);
        var random = new java.util.Random(53);
        byte[] before = new byte[24 * 1024 * 1024]; // random: PostgreSQL keeps it uncompressed, as it would a photo
        random.nextBytes(before);
        byte[] after = before.clone();
        byte[] tail = new byte[1024 * 1024];
        random.nextBytes(tail);
        System.arraycopy(tail, 0, after, after.length - tail.length, tail.length);
        long id = jdbc.sql("""
                insert into attachment (message_id, conversation_id, ordinal, client, name, media_type, size_bytes,
                                        content)
                select m.id, m.conversation_id, 0, 'web:test', 'large.bin', 'application/octet-stream', :s, :b
                from message m join conversation c on c.id = m.conversation_id
                where c.channel = 'WEB' and c.external_key = :k order by m.id limit 1 returning id""")
            .param("s", before.length).param("b", before).param("k", session).query(Long.class).single();
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/"
                    + session + "/files/" + id)).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(before.length);
            try (var in = response.body()) {
                byte[] head = in.readNBytes(64 * 1024);
                assertThat(head).isEqualTo(Arrays.copyOf(before, head.length));
                jdbc.sql("update attachment set content = :b where id = :id").param("b", after).param("id", id)
                    .update();
                byte[] rest = in.readAllBytes();
                assertThat(head.length + rest.length).isEqualTo(before.length);
                assertThat(Arrays.copyOfRange(rest, rest.length - tail.length, rest.length))
                    .as("the tail as it is in the database after the first bytes were sent").isEqualTo(tail);
            }
        } finally {
            dropBallast(id);
        }
    }

    /**
     * Large-pixel images cost their pixels from the client's budget (120 megapixels a minute) before anything
     * decodes them: three of 40 megapixels are taken (and found damaged: their data ends after 8 x 8 pixels), the
     * fourth at once is refused with 429 and nothing of it is stored. Small images cost nothing.
     */
    @Test
    void largePixelImagesPastTheClientsBudgetAreRefusedBeforeDecoding() throws Exception {
        String session = UUID.randomUUID().toString();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(upload(fields("session_id", session), "large-" + i + ".png",
                    TestImages.pngBomb(6000, 6666)).statusCode());
        }
        double counted = refusals("image_budget");
        var refused = upload(fields("session_id", session), "one-more.png", TestImages.pngBomb(6000, 6666));

        assertThat(statuses).as("taken, then found damaged").containsOnly(422);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(JSON.readTree(refused.body()).get("error").asString()).contains("one-more.png")
                .contains("in a minute");
        assertThat(refusals("image_budget")).isEqualTo(counted + 1);
        assertThat(filesOf(session)).doesNotContain("one-more.png");
        assertThat(upload(fields("session_id", session), "small.png", TestImages.png(8, 8, "s")).statusCode())
                .as("a small image costs nothing").isEqualTo(200);
    }

    /**
     * Staff's files (the ticket's upload) decode images on the request thread too: they spend from the same kind of
     * budget, per agent (issue 53, item 7's budget on every route that decodes images).
     */
    @Test
    void largePixelImagesStaffSendPastTheirBudgetAreRefusedBeforeDecoding() throws Exception {
        String session = UUID.randomUUID().toString();
        // a first miss on a chat is offered a person; the second in a row opens the ticket
        assertThat(chat(session, SampleFaqMisses.SERVICE).statusCode()).isEqualTo(200);
        assertThat(chat(session, SampleFaqMisses.SERVICE).statusCode()).isEqualTo(200);
        long ticket = jdbc.sql("""
                select h.id from handoff h join conversation c on c.id = h.conversation_id
                where c.external_key = :s and h.resolved_at is null""").param("s", session).query(Long.class).single();
        String agent = "Budget " + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(multipart("/api/tickets/" + ticket + "/files", fields("agent", agent), "large-" + i + ".png",
                    TestImages.pngBomb(6000, 6666), HttpApi.ADMIN).statusCode());
        }
        var refused = multipart("/api/tickets/" + ticket + "/files", fields("agent", agent), "one-more.png",
                TestImages.pngBomb(6000, 6666), HttpApi.ADMIN);

        assertThat(statuses).as("taken, then found damaged").containsOnly(422);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(JSON.readTree(refused.body()).get("error").asString()).contains("one-more.png");
        assertThat(multipart("/api/tickets/" + ticket + "/files", fields("agent", agent), "small.png",
                TestImages.png(8, 8, "s"), HttpApi.ADMIN).statusCode()).as("a small image costs nothing").isEqualTo(200);
    }

    @Test
    void aFileNameLosesBidiOverridesAndLineSeparators() throws Exception {
        String session = UUID.randomUUID().toString();
        var response = upload(fields("session_id", session), "invoice\u202Efdp\u0085x\u2028y\u2029.png",
                TestImages.png(4, 4, ""));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/file/name").asString()).isEqualTo("invoice_fdp_x_y_.png");
        assertThat(filesOf(session)).containsExactly("invoice_fdp_x_y_.png");
    }

    /**
     * Uploads at once with room in the conversation for one of them: each passes the checks, one is kept, and the
     * others learn at once that the conversation is full (507), not a 200 and a later "could not keep".
     */
    @Test
    void uploadsAtOncePastTheConversationsRoomGet507() throws Exception {
        String session = UUID.randomUUID().toString();
        assertThat(upload(fields("session_id", session), "first.png", TestImages.png(8, 8, "1")).statusCode())
            .isEqualTo(200);
        long used = jdbc.sql("""
                select sum(a.size_bytes) from attachment a join conversation c on c.id = a.conversation_id
                where c.channel = 'WEB' and c.external_key = :s""").param("s", session).query(Long.class).single();
        long ballast = ballast(session, null, 50L * 1024 * 1024 - used - 1500);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var uploads = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 4; i++) {
                String name = "at-once-" + i + ".txt";
                uploads.add(pool.submit(() -> upload(fields("session_id", session), name, text(1000))));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var upload : uploads) {
                var response = upload.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 507) {
                    assertThat(JSON.readTree(response.body()).get("error").asString())
                            .contains("50 MB per conversation");
                }
            }
            long kept = jdbc.sql("""
                    select count(*) from attachment a join conversation c on c.id = a.conversation_id
                    where c.external_key = :s and a.name like 'at-once-%' and a.refused is null""")
                    .param("s", session).query(Long.class).single();
            assertThat(kept).isEqualTo(1);
            assertThat(statuses).as("one kept (200), the others refused at once").containsOnly(200, 507)
                    .filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
            dropBallast(ballast);
        }
    }

    @Test
    void aConversationOverItsStorageLimitIsRefusedWithTheLimitAndKeepsWhatItHad() throws Exception {
        String session = UUID.randomUUID().toString();
        assertThat(upload(fields("session_id", session), "first.png", TestImages.png(8, 8, "1")).statusCode())
            .isEqualTo(200);
        long ballast = ballast(session, null, 50L * 1024 * 1024 - 100);
        try {
            double counted = refusals("conversation_full");
            var refused = upload(fields("session_id", session, "message", "and this one"), "second.png",
                    TestImages.png(9, 9, "2"));

            assertThat(refused.statusCode()).isEqualTo(507);
            assertThat(JSON.readTree(refused.body()).get("error").asString()).contains("second.png")
                .contains("50 MB per conversation");
            assertThat(refusals("conversation_full")).isEqualTo(counted + 1);
            assertThat(filesOf(session)).containsExactly("first.png", "ballast");
            assertThat(keptBytes(session, "first.png")).isPositive();
            assertThat(upload(fields("session_id", UUID.randomUUID().toString()), "elsewhere.png",
                    TestImages.png(9, 9, "3")).statusCode()).as("another conversation has room").isEqualTo(200);
        } finally {
            dropBallast(ballast);
        }
    }

    @Test
    void aClientOverItsStorageLimitIsRefusedInANewSessionToo() throws Exception {
        String first = UUID.randomUUID().toString();
        assertThat(upload(fields("session_id", first), "first.png", TestImages.png(8, 8, "1")).statusCode())
            .isEqualTo(200);
        String client = jdbc.sql("""
                select a.client from attachment a join conversation c on c.id = a.conversation_id
                where c.external_key = :s""").param("s", first).query(String.class).single();
        assertThat(client).startsWith("web:");
        long ballast = ballast(first, client, 200L * 1024 * 1024 - 100);
        try {
            String fresh = UUID.randomUUID().toString();
            double counted = refusals("client_full");
            var refused = upload(fields("session_id", fresh), "more.png", TestImages.png(9, 9, "2"));

            assertThat(refused.statusCode()).isEqualTo(507);
            assertThat(JSON.readTree(refused.body()).get("error").asString()).contains("more.png")
                .contains("200 MB");
            assertThat(refusals("client_full")).isEqualTo(counted + 1);
            assertThat(filesOf(fresh)).isEmpty();
            assertThat(keptBytes(first, "first.png")).isPositive();
        } finally {
            dropBallast(ballast);
        }
    }

    @Test
    void aFullStoreRefusesEveryonesUploadWithTheLimit() throws Exception {
        String owner = UUID.randomUUID().toString();
        assertThat(upload(fields("session_id", owner), "first.png", TestImages.png(8, 8, "1")).statusCode())
            .isEqualTo(200);
        long ballast = ballast(owner, "elsewhere", 5L * 1024 * 1024 * 1024 - 100);
        try {
            String session = UUID.randomUUID().toString();
            double counted = refusals("store_full");
            var refused = upload(fields("session_id", session), "late.png", TestImages.png(9, 9, "2"));

            assertThat(refused.statusCode()).isEqualTo(507);
            assertThat(JSON.readTree(refused.body()).get("error").asString()).contains("late.png")
                .contains("5 GB");
            assertThat(refusals("store_full")).isEqualTo(counted + 1);
            assertThat(filesOf(session)).isEmpty();
            assertThat(keptBytes(owner, "first.png")).isPositive();
        } finally {
            dropBallast(ballast);
        }
        assertThat(upload(fields("session_id", UUID.randomUUID().toString()), "later.png",
                TestImages.png(9, 9, "3")).statusCode()).as("room again").isEqualTo(200);
    }

    /**
     * A stored row that counts {@code size} bytes against the session's conversation and the client (its own
     * client by default) without writing them: the limits are of the sizes recorded.
     */
    private long ballast(String session, String client, long size) {
        return jdbc.sql("""
                insert into attachment (message_id, conversation_id, ordinal, client, name, media_type, size_bytes,
                                        content)
                select a.message_id, a.conversation_id, 99, coalesce(:cl, a.client), 'ballast', 'text/plain', :s,
                       '\\x00'::bytea
                from attachment a join conversation c on c.id = a.conversation_id
                where c.channel = 'WEB' and c.external_key = :k order by a.id limit 1 returning id""")
            .param("cl", client).param("s", size).param("k", session).query(Long.class).single();
    }

    private void dropBallast(long id) {
        jdbc.sql("delete from attachment where id = :id").param("id", id).update();
    }

    private double refusals(String outcome) {
        return meters.counter("answerdesk.attachments", "outcome", outcome).count();
    }

    private long keptBytes(String session, String name) {
        return jdbc.sql("""
                select coalesce(length(a.content), 0) from attachment a join conversation c on c.id = a.conversation_id
                where c.external_key = :s and a.name = :n""").param("s", session).param("n", name)
            .query(Long.class).single();
    }

    private HttpResponse<String> chat(String session, String text) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("session_id", session,
                        "message", text)))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<String> filesOf(String session) {
        return jdbc.sql("""
                select a.name from attachment a join conversation c on c.id = a.conversation_id
                where c.channel = 'WEB' and c.external_key = :s order by a.id""")
            .param("s", session).query(String.class).list();
    }

    private static byte[] text(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 'a');
        return b;
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    HttpResponse<String> upload(Map<String, String> fields, String name, byte[] file) throws Exception {
        return multipart("/api/chat/files", fields, name, file);
    }

    HttpResponse<String> multipart(String path, Map<String, String> fields, String name, byte[] file,
                                   String... headers) throws Exception {
        String boundary = "----answerdesk" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
