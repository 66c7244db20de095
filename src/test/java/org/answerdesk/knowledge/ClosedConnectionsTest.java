package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The crawler against servers that close a connection the fetcher keeps for the next request: an HTTP/1.0 server
 * (one answer per connection) and an HTTP/1.1 one that closes connections left idle. Both are written here over a
 * {@link ServerSocket} on loopback, since a test server library keeps its connections open as a client asks.
 */
class ClosedConnectionsTest {

    private static final Map<String, String> SITE = Map.of(
            "/robots.txt", "User-agent: *\nDisallow: /private\n",
            "/", page("Welcome", "<a href=\"/classes\">Classes</a> <a href=\"/returns\">Returns</a>"),
            "/classes", page("Our sourdough class costs 45 EUR per person.", "<a href=\"/cafe\">Cafe</a>"),
            "/returns", page("Returns are free within 30 days.", ""),
            "/cafe", page("The cafe opens at nine.", "<a href=\"/private/notes\">Notes</a>"));

    final List<String> changed = Collections.synchronizedList(new ArrayList<>());
    final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    HandServer server;

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    @Test
    void anHttp10ServerAnsweringOneRequestPerConnectionIsReadWhole() throws IOException {
        server = new HandServer(Mode.HTTP_1_0, Duration.ofSeconds(5));

        var result = crawl(Duration.ZERO);

        assertThat(failed).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(changed).containsExactlyInAnyOrder(server.url("/"), server.url("/classes"),
                server.url("/returns"), server.url("/cafe"));
        assertThat(server.requested).containsExactlyInAnyOrder("/robots.txt", "/", "/classes", "/returns", "/cafe");
        assertThat(server.connections.get()).as("one connection per request").isEqualTo(5);
    }

    @Test
    void aServerClosingIdleKeepAliveConnectionsIsReadWhole() throws IOException {
        // the server keeps a connection 20 ms after an answer; the crawler pauses 200 ms between requests
        server = new HandServer(Mode.KEEP_ALIVE, Duration.ofMillis(20));

        var result = crawl(Duration.ofMillis(200));

        assertThat(failed).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(changed).containsExactlyInAnyOrder(server.url("/"), server.url("/classes"),
                server.url("/returns"), server.url("/cafe"));
        assertThat(server.requested).containsExactlyInAnyOrder("/robots.txt", "/", "/classes", "/returns", "/cafe");
        assertThat(server.idleClosed.get()).as("precondition: the server closed idle connections").isPositive();
    }

    @Test
    void aFreshConnectionClosedWithoutAnAnswerIsNotTriedAgain() throws IOException {
        server = new HandServer(Mode.SILENT, Duration.ofSeconds(5));

        Throwable thrown = catchThrowable(() -> crawl(Duration.ZERO));

        assertThat(thrown).isInstanceOf(FetchException.class).hasMessageContaining("robots.txt could not be read");
        assertThat(server.connections.get()).as("no second connection for a server that does not answer")
                .isEqualTo(1);
    }

    private Crawler.Result crawl(Duration delay) {
        var properties = new KnowledgeProperties(true, 50, 3, delay, Duration.ofSeconds(10), 5_000_000, 20_000_000,
                10, Duration.ofHours(24), 0.8, 3, Duration.ofSeconds(5), "answerdesk", Duration.ofSeconds(60),
                300_000, 20_000_000, Duration.ofHours(1), 1);
        var crawler = new Crawler(new SafeFetcher(new AddressGuard(true), properties.timeout(),
                properties.maxPageBytes(), properties.userAgent()), properties);
        return assertTimeoutPreemptively(CrawlerTest.HANG,
                () -> crawler.crawl(URI.create(server.url("/")), new HashMap<>(), sink()));
    }

    private Crawler.Sink sink() {
        return new Crawler.Sink() {
            @Override
            public void changed(URI url, SafeFetcher.Fetched fetched, Extracted extracted) {
                changed.add(url.toString());
            }

            @Override
            public void unchanged(URI url) {
            }

            @Override
            public void failed(URI url, String reason) {
                failed.add(url + ": " + reason);
            }
        };
    }

    private static String page(String text, String links) {
        return "<!doctype html><html><head><title>Shop</title></head><body><main><p>" + text + "</p><p>" + links
                + "</p></main></body></html>";
    }

    private enum Mode {
        /** HTTP/1.0 with a Content-Length and no keep-alive: one answer, then the connection is closed. */
        HTTP_1_0,
        /** HTTP/1.1 keep-alive, as far as the client can tell; a connection idle for the idle time is closed. */
        KEEP_ALIVE,
        /** Reads the request and closes the connection without a word. */
        SILENT
    }

    /** A server on loopback, one thread per connection, serving {@link #SITE} as its mode says. */
    private static final class HandServer implements AutoCloseable {

        /** How long a request is waited for, but for the idle time after an answer: only catches a hang. */
        private static final int WAITING = (int) CrawlerTest.HANG.toMillis();

        final List<String> requested = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger idleClosed = new AtomicInteger();
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final Mode mode;
        private final Duration idle;

        HandServer(Mode mode, Duration idle) throws IOException {
            this.mode = mode;
            this.idle = idle;
            threads.execute(this::accept);
        }

        String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    connections.incrementAndGet();
                    threads.execute(() -> serve(connection));
                } catch (IOException e) {
                    return; // closed
                }
            }
        }

        private void serve(Socket connection) {
            try (connection) {
                // a request is waited for as long as only a hang takes: a new connection's first request, and the
                // rest of a request once its first line came, may be late on a busy machine; only the wait for a
                // next request after an answer is the idle time (a new connection closed at once would not be retried)
                connection.setSoTimeout(WAITING);
                InputStream in = new BufferedInputStream(connection.getInputStream());
                OutputStream out = connection.getOutputStream();
                for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                    connection.setSoTimeout(WAITING);
                    String path = line.split(" ")[1];
                    while (!line(in).isEmpty()) {
                        // the request's headers
                    }
                    requested.add(path);
                    if (mode == Mode.SILENT) {
                        return;
                    }
                    out.write(answer(path));
                    out.flush();
                    if (mode == Mode.HTTP_1_0) {
                        return;
                    }
                    connection.setSoTimeout((int) idle.toMillis());
                }
            } catch (SocketTimeoutException e) {
                idleClosed.incrementAndGet(); // kept idle too long: closed, as the client is not told
            } catch (IOException | RuntimeException e) {
                // the client went away
            }
        }

        private byte[] answer(String path) {
            String body = SITE.get(path);
            String version = mode == Mode.HTTP_1_0 ? "HTTP/1.0" : "HTTP/1.1";
            String status = body == null ? " 404 Not Found" : " 200 OK";
            String type = path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8";
            byte[] content = (body == null ? "not here" : body).getBytes(StandardCharsets.UTF_8);
            byte[] head = (version + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + content.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            var answer = new ByteArrayOutputStream();
            answer.writeBytes(head);
            answer.writeBytes(content);
            return answer.toByteArray();
        }

        /** A line without its CRLF; null at the end of the stream. */
        private static String line(InputStream in) throws IOException {
            var line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
            threads.shutdownNow();
        }
    }
}
