package org.answerdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.RunsLast;
import org.answerdesk.SideLane;
import org.answerdesk.WaitLane;
import org.answerdesk.channel.email.TestMailServer;
import org.answerdesk.channel.slack.SlackTestServer;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Twenty clients that declare a 60,000-byte body and send a byte every half second, on every route that takes a
 * POST, reconnecting whenever they are cut off: more than Tomcat's 16 request threads. With a body deadline of 10 s
 * they are cut off with 408, and health (on the management port, its own threads) and a chat answer keep coming.
 * Before, the slow bodies held every thread for as long as they lasted and both timed out. The bounds only catch a
 * hang; the times are printed for the benchmark notes. Bodies are received without a request thread: the order of
 * events shows it (the chat answered while fifty slow bodies from its own address are still open). The deadline is
 * the window that order is read in: 10 s rather than 5, so that forty webhooks and a chat answer on a machine whose
 * cores other test lanes share still fit in it (at 5 s they did not, at a load of 30, docs/benchmarks.md "ci40");
 * slow bodies that held the request threads would still be cut before the answers came, however long the window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.api.body-deadline.standard=10s", "answerdesk.api.body-deadline.upload=2s",
        "management.server.port=0", "management.server.address=127.0.0.1",
        "answerdesk.telegram.webhook-url=https://bot.example.com/telegram/webhook",
        "answerdesk.telegram.webhook-secret=slow-body-secret"})
@ContextConfiguration(initializers = {SlackTestServer.class, FakeGraphApi.class})
// In the side lane: its context is its own (no other class has its settings), its Telegram fake and mailbox login
// too; its time is waiting for the body deadlines it tests. It holds the wait lane's lock too, so that it runs beside
// the main lane only: its window is the machine's time for forty webhooks and a chat answer, and a third busy lane
// beside it made the window too short (docs/benchmarks.md, "ci20" and "ci40"). Last, so that its waiting for the wait
// lane does not hold the side lane's other classes (RunsLast).
@SideLane
@ResourceLock(WaitLane.LANE)
@RunsLast
class SlowBodyIT {

    static final FakeTelegram TELEGRAM = FakeTelegram.separate();

    /** The mailbox login of this class's app: the shared support mailbox is polled by the main lane's contexts. */
    static final String MAIL_LOGIN = "slow-body";

    /** Every channel with a POST route is on: Telegram's webhook, Slack's events, WhatsApp's, email's pages. */
    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        TestMailServer.MAIL.setUser("slow-body@answerdesk.test", MAIL_LOGIN, TestMailServer.PASSWORD);
        Stream.concat(TELEGRAM.arguments().stream().map(a -> a.substring(2)), TestMailServer.properties().stream()
                        .map(s -> s.startsWith("answerdesk.mail.imap-username=")
                                ? "answerdesk.mail.imap-username=" + MAIL_LOGIN : s))
                .map(setting -> setting.split("=", 2)).forEach(kv -> registry.add(kv[0], () -> kv[1]));
    }

    @AfterAll
    static void stopTelegram() {
        TELEGRAM.close();
    }

    static final Duration BOUND = Duration.ofSeconds(60);
    static final int CLIENTS = 20;
    /** Every POST route, with the type its handler reads (admin routes without a token: bounded as any route). */
    static final List<String[]> ROUTES = List.of(
            new String[] {"/api/chat", "application/json"}, new String[] {"/api/feedback", "application/json"},
            new String[] {"/api/chat/rating", "application/json"}, new String[] {"/api/reset", "application/json"},
            new String[] {"/telegram/webhook", "application/json"},
            new String[] {"/whatsapp/webhook", "application/json"},
            new String[] {"/slack/events", "application/json"},
            new String[] {"/feedback/email", "application/x-www-form-urlencoded"},
            new String[] {"/feedback/email/rating", "application/x-www-form-urlencoded"},
            new String[] {"/feedback/email/choice", "application/x-www-form-urlencoded"},
            new String[] {"/admin/login", "application/x-www-form-urlencoded"},
            new String[] {"/api/faq/import", "text/csv"},
            new String[] {"/api/knowledge/sources", "multipart/form-data; boundary=slow"});

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void slowBodiesOnEveryPostRouteNeitherHoldHealthNorAChatAnswer() throws Exception {
        var stop = new AtomicBoolean();
        var statuses = new ConcurrentHashMap<String, Map<Integer, AtomicInteger>>();
        var sending = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int i = 0; i < CLIENTS; i++) {
                String[] route = ROUTES.get(i % ROUTES.size());
                clients.execute(() -> slowClient(route[0], route[1], stop, sending, statuses));
            }
            Await.await(sending::get, n -> n >= CLIENTS, "every slow client sending");
            Await.pause(1000); // each holds a request thread by now

            long start = System.nanoTime();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                    + "/actuator/health")).timeout(BOUND).build(), HttpResponse.BodyHandlers.ofString());
            long healthMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            start = System.nanoTime();
            var chat = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                    .timeout(BOUND).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(HttpApi.json("session_id", "slow-body-session",
                            "message", "How can I reset my password?"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            long chatMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);
            assertThat(chat.body()).contains("\"source\":\"FAQ\"");
            System.out.printf("SlowBodyIT: health %d ms, chat answer %d ms while %d slow bodies are sent%n",
                    healthMillis, chatMillis, CLIENTS);
            // every body is cut off at the deadline: 408, the connection closed (an admin's upload without a token
            // too: it gets the limits of any route before security refuses it)
            List<String> reading = ROUTES.stream().map(route -> route[0]).toList();
            Await.await(BOUND, () -> reading.stream()
                    .filter(path -> !statuses.getOrDefault(path, Map.of()).containsKey(408)).toList(),
                    List::isEmpty, "408 on every route that reads its body");
        } finally {
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            System.out.println("SlowBodyIT: answers to the slow bodies " + statuses);
        }
    }

    @Test
    void theManagementPortKeepsTheAdminGuardAndTheMainPortHasNoActuator() {
        var management = new HttpApi(managementPort);
        assertThat(management.get("/actuator/prometheus").status()).isIn(401, 403);
        assertThat(management.get("/actuator/prometheus", HttpApi.ADMIN).body()).contains("answerdesk_");
        assertThat(management.get("/actuator/health").body()).doesNotContain("components");
        assertThat(new HttpApi(port).get("/actuator/health").status()).isEqualTo(404);
    }

    /**
     * {@code management.server.address} ({@code MANAGEMENT_SERVER_ADDRESS}, docs/operations.md) keeps the management port to one address: bound to
     * 127.0.0.1 it refuses a connection to 127.0.0.2, which the main port (every interface) accepts.
     */
    @Test
    void theManagementAddressSettingBindsTheManagementPortToThatAddressOnly() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", managementPort), 5000);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.2", port), 5000);
        }
        try (Socket socket = new Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                    new InetSocketAddress("127.0.0.2", managementPort), 5000))
                    .isInstanceOf(java.net.ConnectException.class);
        }
    }

    /**
     * Fifty bodies trickling into {@code /whatsapp/webhook} from 127.0.0.1, the chat's own address (as behind a
     * reverse proxy that sends no {@code X-Forwarded-For}: every client is the proxy), then Telegram's forty webhook
     * connections at once from that address, then a chat question: all answered while every slow body is still
     * open. Before, the slow bodies held the 16 request threads until their deadline cut them.
     */
    @Test
    void aChatAnswerAndTelegramsFortyConnectionsComeWhileFiftySlowBodiesFromTheSameAddressAreOpen() throws Exception {
        int slow = 50;
        var sockets = new java.util.ArrayList<Socket>();
        var closedAt = new java.util.concurrent.ConcurrentLinkedQueue<Long>();
        var answers = new ConcurrentHashMap<Integer, AtomicInteger>();
        ExecutorService readers = Executors.newFixedThreadPool(slow);
        try {
            for (int i = 0; i < slow; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                sockets.add(socket);
                socket.getOutputStream().write(("POST /whatsapp/webhook HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n{")
                        .getBytes(StandardCharsets.ISO_8859_1));
                readers.execute(() -> {
                    try {
                        byte[] head = socket.getInputStream().readNBytes(12); // blocks until answered or closed
                        closedAt.add(System.nanoTime());
                        int status = head.length == 12 ? Integer.parseInt(new String(head, 9, 3,
                                StandardCharsets.ISO_8859_1)) : -1;
                        answers.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    } catch (IOException e) {
                        closedAt.add(System.nanoTime());
                    }
                });
            }
            var trickle = Executors.newSingleThreadScheduledExecutor();
            trickle.scheduleWithFixedDelay(() -> sockets.forEach(socket -> {
                try {
                    socket.getOutputStream().write(' ');
                } catch (IOException e) {
                    // cut off: its reader records it
                }
            }), 500, 500, TimeUnit.MILLISECONDS);
            try {
                var webhooks = new java.util.ArrayList<java.util.concurrent.CompletableFuture<HttpResponse<String>>>();
                for (int i = 0; i < 40; i++) {
                    String update = "{\"update_id\":" + (900_000 + i) + ",\"message\":{\"message_id\":" + (i + 1)
                            + ",\"from\":{\"id\":" + (7_700_000 + i) + ",\"is_bot\":false,\"first_name\":\"Ana\"},"
                            + "\"chat\":{\"id\":" + (7_700_000 + i) + ",\"type\":\"private\"},\"date\":1760000000,"
                            + "\"text\":\"hello\"}}";
                    webhooks.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/telegram/webhook")).timeout(BOUND).header("Content-Type", "application/json")
                            .header("X-Telegram-Bot-Api-Secret-Token", "slow-body-secret")
                            .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                for (var webhook : webhooks) {
                    assertThat(webhook.get(BOUND.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                }
                long webhooksDone = System.nanoTime();

                long start = System.nanoTime();
                var chat = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                        .timeout(BOUND).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(HttpApi.json("session_id", "fifty-slow-bodies",
                                "message", "How can I reset my password?"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                long chatDone = System.nanoTime();
                assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);
                assertThat(chat.body()).contains("\"source\":\"FAQ\"");
                System.out.printf("SlowBodyIT: chat answer %d ms, 40 Telegram webhooks done, while %d slow bodies "
                        + "are open%n", (chatDone - start) / 1_000_000, slow);
                assertThat(closedAt).as("slow bodies answered or cut before the chat answer came")
                        .allSatisfy(at -> assertThat(at - Math.max(chatDone, webhooksDone)).isPositive());
                // the deadline still cuts every one of them off, with 408
                Await.await(BOUND, () -> answers.getOrDefault(408, new AtomicInteger()).get(), n -> n == slow,
                        "408 for every slow body");
            } finally {
                trickle.shutdownNow();
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
            readers.shutdown();
            assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /**
     * Twenty multipart uploads to {@code /api/chat/files} (no token needed) that trickle in, half of them chunked:
     * a chat answer comes while all are open, then each gets the deadline's 408. Before, Tomcat parsed the parts
     * itself, past the body deadline and limit: none was ever cut off. A chunked upload past the upload limit gets
     * 413 at the limit.
     */
    @Test
    void slowMultipartUploadsInAnyFramingAreCutOffAndHoldNoChatAnswer() throws Exception {
        int slow = 20;
        var sockets = new java.util.ArrayList<Socket>();
        var closedAt = new java.util.concurrent.ConcurrentLinkedQueue<Long>();
        var answers = new ConcurrentHashMap<Integer, AtomicInteger>();
        ExecutorService readers = Executors.newFixedThreadPool(slow);
        String part = "--slow\r\nContent-Disposition: form-data; name=\"session_id\"\r\n\r\nslow-upload\r\n"
                + "--slow\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        try {
            for (int i = 0; i < slow; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                sockets.add(socket);
                boolean chunked = i % 2 == 0;
                String head = "POST /api/chat/files HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + "multipart/form-data; boundary=slow\r\n"
                        + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(part.length())
                        + "\r\n" + part + "\r\n" : "Content-Length: 100000\r\n\r\n" + part);
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                socket.setTcpNoDelay(true);
                readers.execute(() -> {
                    try {
                        byte[] status = socket.getInputStream().readNBytes(12);
                        closedAt.add(System.nanoTime());
                        answers.computeIfAbsent(status.length == 12 ? Integer.parseInt(new String(status, 9, 3,
                                StandardCharsets.ISO_8859_1)) : -1, k -> new AtomicInteger()).incrementAndGet();
                    } catch (IOException e) {
                        closedAt.add(System.nanoTime());
                    }
                });
            }
            var trickle = Executors.newSingleThreadScheduledExecutor();
            trickle.scheduleWithFixedDelay(() -> {
                for (int i = 0; i < sockets.size(); i++) {
                    try {
                        // a chunk of one byte, or one byte of the declared length
                        sockets.get(i).getOutputStream().write((i % 2 == 0 ? "1\r\nx\r\n" : "x")
                                .getBytes(StandardCharsets.ISO_8859_1));
                    } catch (IOException e) {
                        // cut off: its reader records it
                    }
                }
            }, 300, 300, TimeUnit.MILLISECONDS);
            try {
                var chat = new HttpApi(port).post("/api/chat", HttpApi.json("session_id", "twenty-slow-uploads",
                        "message", "How can I reset my password?"));
                long chatDone = System.nanoTime();
                assertThat(chat.status()).as(chat.body()).isEqualTo(200);
                assertThat(closedAt).as("slow uploads answered or cut before the chat answer came")
                        .allSatisfy(at -> assertThat(at - chatDone).isPositive());
                Await.await(BOUND, () -> answers.getOrDefault(408, new AtomicInteger()).get(), n -> n == slow,
                        "408 for every slow upload");
            } finally {
                trickle.shutdownNow();
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
            readers.shutdown();
            assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        byte[] prefix = part.getBytes(StandardCharsets.ISO_8859_1);
        var tooLarge = new RawHttp(port).chunkedUnfinished("/api/chat/files", "multipart/form-data; boundary=slow",
                prefix, 11 * 1024 * 1024 + 16 * 1024);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("request body is larger than");
    }

    /** One slow client: a byte every 500 ms; when the server answers or closes, it reconnects. */
    private void slowClient(String path, String type, AtomicBoolean stop, AtomicInteger sending,
                            Map<String, Map<Integer, AtomicInteger>> statuses) {
        boolean counted = false;
        while (!stop.get()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.setSoTimeout(1000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                        + "\r\nContent-Length: 60000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                for (int sent = 0; sent < 60000 && !stop.get(); sent++) {
                    out.write('a');
                    out.flush();
                    if (!counted && sent == 1) {
                        counted = true;
                        sending.incrementAndGet();
                    }
                    Thread.sleep(500);
                    if (in.available() > 0) {
                        int status = Integer.parseInt(new String(in.readNBytes(12), StandardCharsets.ISO_8859_1)
                                .substring(9, 12));
                        statuses.computeIfAbsent(path, p -> new ConcurrentHashMap<>())
                                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        break;
                    }
                }
            } catch (IOException e) {
                // cut off by the server: reconnect
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
