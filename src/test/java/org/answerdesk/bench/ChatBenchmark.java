package org.answerdesk.bench;

import static org.answerdesk.HttpApi.json;

import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.faq.Csv;
import org.answerdesk.faq.Embedder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Reply latency of FAQ hits through {@code POST /api/chat} (HTTP, pipeline, PostgreSQL writes), beside the bare
 * embedder's latency in the same run, then throughput with concurrent clients, and the database's settings and
 * one-row commit latency with and without waiting for the WAL flush (the cost of durability by itself). Not a
 * test: run it by hand,
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.answerdesk.bench.ChatBenchmark -Dexec.args="--requests 1000 --clients 4 [--distinct]"</pre>
 *
 * It starts the app in-process on an empty data directory (embedded PostgreSQL, sample FAQ), so client and
 * server share the machine's cores, as they would on a small single-host deployment.
 */
public final class ChatBenchmark {

    public static void main(String[] args) throws Exception {
        int requests = intArg(args, "--requests", 1000);
        int clients = intArg(args, "--clients", 4);
        // --distinct makes every question text unique (a request number is appended), so the retriever's
        // embedding cache never hits and each reply pays for the embedder
        boolean distinct = java.util.Arrays.asList(args).contains("--distinct");
        List<String> questions = inScopeParaphrases();
        Path dataDir = Files.createTempDirectory("answerdesk-bench-");
        try (var app = new SpringApplicationBuilder(AnswerdeskApplication.class)
                .run("--server.port=0", "--answerdesk.data-dir=" + dataDir, "--logging.level.root=WARN",
                        "--answerdesk.api.rate-limit.enabled=false")) { // 1000 requests from one address
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Embedder embedder = app.getBean(Embedder.class);
            HttpApi api = new HttpApi(port);

            // warm up the JIT, the connection pool and the ONNX session
            for (int i = 0; i < 200; i++) {
                embedder.embed(questions.get(i % questions.size()) + " " + i);
                ask(api, questions.get(i % questions.size()), "warm-" + i);
            }

            List<Long> embed = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                embedder.embed(questions.get(i % questions.size()));
                embed.add(System.nanoTime() - t);
            }

            var retriever = app.getBean(org.answerdesk.faq.FaqRetriever.class);
            List<Long> retrieve = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String q = questions.get(i % questions.size()) + " [" + i + "]"; // distinct: no cache hits
                long t = System.nanoTime();
                retriever.retrieve(q);
                retrieve.add(System.nanoTime() - t);
            }

            java.util.function.IntFunction<String> question = i -> questions.get(i % questions.size())
                    + (distinct ? " (" + i + ")" : "");
            List<Long> sequential = new ArrayList<>();
            int hits = 0;
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                boolean hit = ask(api, question.apply(i), "seq-" + i);
                long took = System.nanoTime() - t;
                if (hit) {
                    sequential.add(took);
                    hits++;
                }
            }

            List<Long> concurrent = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        long t = System.nanoTime();
                        ask(api, question.apply(requests + i), "conc-" + i);
                        concurrent.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();

            DataSource database = app.getBean(DataSource.class);
            List<Long> durableCommits = commits(database, requests, true);
            List<Long> lazyCommits = commits(database, requests, false);

            System.out.printf(Locale.ROOT, "machine: %d cores, Java %s; %d questions from the sample FAQ's paraphrases%s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), questions.size(),
                    distinct ? ", every request's text distinct (no embedding-cache hits)" : ", repeated (embedding cache warm)");
            System.out.println("database: " + settings(database, "fsync", "synchronous_commit", "full_page_writes"));
            System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s%n", "", "p50 ms", "p99 ms", "n");
            row("bare embedder (" + embedder.modelName() + ")", embed);
            row("retriever (embed + score, uncached)", retrieve);
            row("POST /api/chat, FAQ hits, 1 client", sequential);
            row("POST /api/chat, " + clients + " clients", concurrent);
            // what durability costs by itself: one-row commits, waiting for the WAL flush or not (this session)
            row("commit of one row, synchronous_commit on", durableCommits);
            row("commit of one row, synchronous_commit off", lazyCommits);
            System.out.printf(Locale.ROOT, "FAQ hit share (1 client): %.1f%%; throughput with %d clients: %.1f requests/s%n",
                    100.0 * hits / requests, clients, requests / seconds);
        }
    }

    private static List<Long> commits(DataSource database, int count, boolean synchronous) throws SQLException {
        List<Long> nanos = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement statement = c.createStatement()) {
            c.setAutoCommit(true);
            statement.execute("create table if not exists bench_commit (id bigserial primary key, note text)");
            statement.execute("set synchronous_commit = " + (synchronous ? "on" : "off"));
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                statement.execute("insert into bench_commit (note) values ('commit " + i + "')");
                nanos.add(System.nanoTime() - t);
            }
            statement.execute("reset synchronous_commit");
        }
        return nanos;
    }

    private static String settings(DataSource database, String... names) throws SQLException {
        StringBuilder line = new StringBuilder();
        try (Connection c = database.getConnection(); Statement statement = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = statement.executeQuery("show " + name)) {
                    rs.next();
                    line.append(line.isEmpty() ? "" : ", ").append(name).append('=').append(rs.getString(1));
                }
            }
        }
        return line.toString();
    }

    private static boolean ask(HttpApi api, String question, String session) {
        var r = api.post("/api/chat", json("session_id", "bench-" + session, "message", question));
        if (r.status() != 200) {
            throw new IllegalStateException("HTTP " + r.status() + ": " + r.body());
        }
        return "FAQ".equals(r.json().get("source").asString());
    }

    private static void row(String label, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-44s %8.2f %8.2f %8d%n", label, percentile(sorted, 0.50),
                percentile(sorted, 0.99), sorted.size());
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static List<String> inScopeParaphrases() throws Exception {
        try (var in = new FileReader("src/test/resources/faq/paraphrases.csv", StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            return rows.subList(1, rows.size()).stream()
                    .filter(r -> r.size() > 1 && !r.get(1).isBlank())
                    .map(r -> r.get(0)).toList();
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
