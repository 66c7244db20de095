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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.retrieval.Csv;
import org.answerdesk.retrieval.Embedder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * What a reply costs beside its embedding, in one run: the bare embedder's latency and its throughput with N
 * threads; {@code POST /api/chat} FAQ hits with 1 client and with N clients, and their ratios to the embedder;
 * the database's durability settings and one-row commit latency; then, with the app as a separate process with
 * the JVM's default settings, its resident memory under bursts of concurrent requests and its time from start to
 * ready with a large stored FAQ (and that nothing is re-embedded at that start). Not a test: run it by hand,
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.answerdesk.bench.ChatBenchmark \
 *     -Dexec.args="--requests 1000 --clients 4 --distinct"</pre>
 *
 * Options: {@code --warmup 3000} (chat requests and embeddings before measuring), {@code --cpu-only} (only the
 * phases with N threads/clients, whose CPU per request is compared; the one-thread latencies print as NaN),
 * {@code --burst 300} (concurrent
 * requests per burst, 0 skips), {@code --phrasings 10000} (stored FAQ
 * phrasings for the start-up measurement, 0 skips), {@code --languages de,en} (the shop's languages, in the in-process
 * app and the separate process; default the configured ones; in the in-process app each language gets an FAQ and
 * questions of its own, the requests alternate between them and the report adds, per language, the web questions
 * answered in one step and the CPU per request of that language alone: {@link ShopLanguages}), {@code --jar target/answerdesk.jar} (run the packaged jar as the
 * separate process), {@code --jdbc-url jdbc:postgresql://host/db --jdbc-user u --jdbc-password p} (or
 * {@code SPRING_DATASOURCE_URL}, ... in the environment): an external PostgreSQL server instead of the embedded
 * one; use a throwaway database, the run adds conversations and the synthetic FAQ to it.
 * The in-process part runs client and server on the same cores, as on a small single-host deployment. With
 * {@code -Dbench.jvm="@deploy/jvm.options -XX:NativeMemoryTracking=summary"} the report ends with the separate
 * process's native memory tracking before and after the bursts.
 */
public final class ChatBenchmark {

    /** The least confidence of a paraphrase chosen as an FAQ hit (the default threshold is 0.55). */
    private static final double SURE_HIT = 0.7;

    public static void main(String[] args) throws Exception {
        int requests = intArg(args, "--requests", 1000);
        int clients = intArg(args, "--clients", 4);
        int burst = intArg(args, "--burst", 300);
        int warmup = intArg(args, "--warmup", 3000);
        int phrasings = intArg(args, "--phrasings", 10_000);
        // --distinct makes every question text unique (a request number is appended), so the retriever's
        // embedding cache never hits and each reply pays for the embedder
        boolean distinct = java.util.Arrays.asList(args).contains("--distinct");
        // --cpu-only: the two CPU-measured phases (embedder and chat, N threads/clients) without the one-thread
        // latency phases and the commits, for alternated runs of two builds on a loaded machine
        int latency = java.util.Arrays.asList(args).contains("--cpu-only") ? 0 : requests;
        Optional<Path> jar = Optional.ofNullable(arg(args, "--jar")).map(Path::of);
        List<String> database = databaseArgs(args);
        List<String> paraphrases = inScopeParaphrases();
        Path dataDir = Files.createTempDirectory("answerdesk-bench-");
        List<String> appArgs = new ArrayList<>(List.of("--server.port=0", "--answerdesk.data-dir=" + dataDir,
                "--logging.level.root=WARN",
                // rate limits on, as in production, with budgets no single benchmark address exhausts
                "--answerdesk.api.rate-limit.per-minute=1000000", "--answerdesk.api.rate-limit.burst=1000000"));
        appArgs.addAll(database);
        // a shop of several languages (the first its default), in the in-process app and the separate process alike
        List<String> shop = new ArrayList<>(database);
        Optional.ofNullable(arg(args, "--languages")).ifPresent(l -> shop.add("--answerdesk.languages=" + l));
        appArgs.addAll(shop.subList(database.size(), shop.size()));
        // each language's FAQ and questions of its own; the sample FAQ is imported tagged English instead
        Optional<ShopLanguages> languages = Optional.ofNullable(arg(args, "--languages")).map(ShopLanguages::parse);
        if (languages.isPresent()) {
            appArgs.add("--answerdesk.faq.sample=");
        }
        Report report = new Report();
        if (java.util.Arrays.asList(args).contains("--burst-only")) { // the memory figure alone, in a minute
            burst(jar, shop, paraphrases, burst, report);
            report.print();
            return;
        }
        report.line(String.format(Locale.ROOT, "machine: %d cores, Java %s, load average %s; languages %s; %s%s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(),
                Optional.ofNullable(arg(args, "--languages")).orElse("configured"),
                languages.isPresent() ? "each language's own questions (below)"
                        : paraphrases.size() + " questions from the sample FAQ's paraphrases", distinct ? ", every request's text distinct (no embedding-cache hits)"
                        : ", repeated (embedding cache warm)"));
        String model;
        try (var app = InProcessApp.productionApp().run(appArgs.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Embedder embedder = app.getBean(Embedder.class);
            model = embedder.modelName();
            PlainHttp api = new PlainHttp(port);
            Map<String, List<String>> candidates = new LinkedHashMap<>();
            if (languages.isPresent()) { // each language's FAQ and paraphrases
                languages.get().loadFaq(app.getBean(org.answerdesk.faq.FaqService.class));
                candidates = languages.get().questions();
            }
            List<String> asked = candidates.isEmpty() ? paraphrases
                    : candidates.values().stream().flatMap(List::stream).toList();

            // warm up the connection pool and the ONNX session, and the JIT: 200 requests left the compiler busy on
            // a quarter of a core through the measured phases (C2 compiles a method after ~10,000 calls), which
            // measured start-up rather than what a reply costs on a running server
            for (int i = 0; i < 200; i++) {
                embedder.embed(asked.get(i % asked.size()) + " " + i);
                ask(api, asked.get(i % asked.size()), "warm-" + i);
            }
            // the measured questions are those the FAQ answers at the configured threshold: an FAQ hit is what
            // the latency targets are about (a miss is handed to the LLM or a person, paths of their own)
            // (with a margin over the threshold, so that the number appended by --distinct seldom turns one into a miss)
            Map<String, List<String>> measured = new LinkedHashMap<>();
            candidates.forEach((l, qs) -> measured.put(l, qs.stream().filter(q -> confidence(api, q + " (warm)",
                    "select-" + l + "-" + (q.hashCode() & 0x7fffffff), l) >= SURE_HIT).toList()));
            List<String> questions = languages.isPresent()
                    ? measured.values().stream().flatMap(List::stream).toList()
                    : asked.stream().filter(q -> confidence(api, q + " (warm)", "select-" + q.hashCode(), null)
                        >= SURE_HIT).toList();
            if (questions.isEmpty() || measured.values().stream().anyMatch(List::isEmpty)) {
                throw new IllegalStateException("no paraphrase is an FAQ hit at the configured threshold: " + measured);
            }
            report.line(String.format(Locale.ROOT, "measured: the %d of %d paraphrases the FAQ answers",
                    questions.size(), asked.size()));
            if (languages.isPresent()) {
                Map<String, List<String>> all = candidates;
                report.line("measured per language: " + measured.entrySet().stream().map(e -> e.getKey() + " "
                        + e.getValue().size() + " of " + all.get(e.getKey()).size()).collect(Collectors.joining(", "))
                        + "; requests alternate between the languages, each with its language as the browser's");
            }
            // both a chat request and an embedding per task (a non-short-circuit |)
            concurrently(clients, warmup, i -> ask(api, questions.get(i % questions.size()) + " ~" + i + "~",
                    "warm-c-" + i) | embedder.embed(questions.get(i % questions.size()) + " |" + i) != null);

            List<Long> embed = timed(latency, i -> embedder.embed(questions.get(i % questions.size()) + " <" + i + ">"));
            // the embedded server's own processes (null: an external server, every postgres on the machine)
            Path postgresData = database.isEmpty() ? dataDir.resolve("postgres") : null;
            var embedCpu = CpuUse.start(postgresData);
            var embedThreads = concurrently(clients, requests,
                    i -> embedder.embed(questions.get(i % questions.size()) + " {" + i + "}") != null);

            var embedSpent = embedCpu.spent();
            var retriever = app.getBean(org.answerdesk.retrieval.FaqRetriever.class);
            List<Long> retrieve = timed(latency, i -> retriever.retrieve(questions.get(i % questions.size()) + " [" + i + "]"));

            java.util.function.IntFunction<String> question = languages.isPresent()
                    ? i -> ShopLanguages.text(i, languages.get().language(i), measured, measured.size(), distinct)
                    : i -> questions.get(i % questions.size()) + (distinct ? " (" + i + ")" : "");
            java.util.function.IntFunction<String> hint = i -> languages.map(l -> l.language(i)).orElse(null);
            java.util.function.BiFunction<String, Integer, String> session = (phase, i) -> languages.isPresent()
                    ? ShopLanguages.session(phase, hint.apply(i), i) : phase + "-" + i;
            // the same questions through the pipeline without HTTP: what the web layer adds is the difference
            var pipeline = app.getBean(ConversationService.class);
            List<Long> direct = timed(latency, i -> pipeline.handle(new InboundMessage("direct-" + i,
                    new ConversationKey(Channel.WEB, "bench-direct-" + i),
                    new Participant(Channel.WEB, "bench-direct-" + i, null, null), question.apply(2 * requests + i))));

            List<Long> sequential = new ArrayList<>();
            int hits = 0;
            Embedder served = retriever.embedder();
            long servedBefore = served.embeddedTexts();
            long configuredBefore = embedder.embeddedTexts();
            for (int i = 0; i < latency; i++) {
                long t = System.nanoTime();
                boolean hit = ask(api, question.apply(i), session.apply("seq", i), hint.apply(i));
                long took = System.nanoTime() - t;
                if (hit) {
                    sequential.add(took);
                    hits++;
                }
            }
            String embeddings = served == embedder
                    ? String.format(Locale.ROOT, "%.2f by %s (served and configured)",
                        (double) (served.embeddedTexts() - servedBefore) / latency, model)
                    : String.format(Locale.ROOT, "%.2f by the served %s, %.2f by the configured %s",
                        (double) (served.embeddedTexts() - servedBefore) / latency, served.modelName(),
                        (double) (embedder.embeddedTexts() - configuredBefore) / latency, model);
            // the same path with the question's vector in the embedding cache: what the reply costs beside it
            List<Long> cached = timed(latency, i -> ask(api, questions.get(i % questions.size()) + " (warm)",
                    "cached-" + i));
            var chatCpu = CpuUse.start(postgresData);
            var chatAllocation = Allocation.start();
            var chatClients = concurrently(clients, requests, i -> ask(api, question.apply(requests + i),
                    session.apply("conc", requests + i), hint.apply(requests + i)));
            var chatSpent = chatCpu.spent();
            long chatBytes = chatAllocation.bytes();
            // each language alone, as many requests each as the mixed run had of it: its CPU per request
            List<String> perLanguage = new ArrayList<>();
            for (String l : languages.map(ShopLanguages::languages).orElse(List.of())) {
                int count = requests / measured.size();
                int from = 4 * requests + perLanguage.size() * count;
                var cpu = CpuUse.start(postgresData);
                var alone = concurrently(clients, count, i -> ask(api, ShopLanguages.text(i, l, measured, 1, false)
                        + (distinct ? " (" + (from + i) + ")" : ""), ShopLanguages.session("only", l, from + i), l));
                var spent = cpu.spent();
                perLanguage.add(String.format(Locale.ROOT, "%s: CPU per request %.2f ms in this JVM + %.2f ms in "
                        + "PostgreSQL (threads: %s), FAQ hit share %.1f%%, %.1f requests/s", l, spent.processMs() / count,
                        spent.databaseMs() / count, spent.perRequest(count), 100.0 * alone.hits() / count,
                        alone.perSecond()));
            }

            DataSource data = app.getBean(DataSource.class);
            List<Long> durableCommits = commits(data, latency, true);
            List<Long> lazyCommits = commits(data, latency, false);

            report.line("database: " + (database.isEmpty() ? "embedded" : "external") + ", "
                    + settings(data, "server_version", "fsync", "synchronous_commit", "full_page_writes"));
            report.header();
            double[] bare = report.row("bare embedder (" + model + "), 1 thread", embed);
            report.row("bare embedder, " + clients + " threads", embedThreads.nanos());
            report.row("retriever (embed + score, uncached)", retrieve);
            report.row("pipeline without HTTP, 1 thread", direct);
            double[] one = report.row("POST /api/chat, FAQ hits, 1 client", sequential);
            report.row("POST /api/chat, 1 client, question cached", cached);
            report.row("POST /api/chat, " + clients + " clients", chatClients.nanos());
            // what durability costs by itself: one-row commits, waiting for the WAL flush or not (this session)
            report.row("commit of one row, synchronous_commit on", durableCommits);
            report.row("commit of one row, synchronous_commit off", lazyCommits);
            report.line("texts embedded per request, 1 client: " + embeddings);
            report.line(String.format(Locale.ROOT, "FAQ hit share: 1 client %.1f%%, %d clients %.1f%%",
                    100.0 * hits / latency, clients, 100.0 * chatClients.hits() / requests));
            report.line(oneStepShare(data));
            if (languages.isPresent()) {
                report.line(languages.get().oneStepShares(data, "seq", "conc", "only"));
                report.line(String.format(Locale.ROOT, "each language alone, %d clients (the load average moves these; "
                        + "compare CPU, not latency): %s", clients, String.join("; ", perLanguage)));
            }
            report.line(String.format(Locale.ROOT, "throughput with %d threads/clients: embedder %.1f/s, chat %.1f requests/s",
                    clients, embedThreads.perSecond(), chatClients.perSecond()));
            report.line(String.format(Locale.ROOT, "CPU per request with %d threads/clients: embedder %.2f ms; chat %.2f ms "
                    + "in this JVM (app, clients and ONNX Runtime) + %.2f ms in PostgreSQL", clients,
                    embedSpent.processMs() / requests, chatSpent.processMs() / requests, chatSpent.databaseMs() / requests));
            report.line(String.format(Locale.ROOT, "CPU ratio (the figure load moves least): chat in this JVM / embedder "
                    + "= %.2f; request threads (tomcat) per request / embedder per embedding = %.2f",
                    chatSpent.processMs() / embedSpent.processMs(),
                    chatSpent.threadsMs().getOrDefault("tomcat", 0.0) / embedSpent.processMs()));
            report.line(String.format(Locale.ROOT, "the same by this JVM's threads (CpuUse), ms per request: embedder: %s; "
                    + "chat: %s", embedSpent.perRequest(requests), chatSpent.perRequest(requests)));
            double appMs = chatSpent.processMs() - chatClients.callersMs();
            double tomcatMs = chatSpent.threadsMs().getOrDefault("tomcat", 0.0);
            report.line(String.format(Locale.ROOT, "chat, ms per request: this JVM %.2f = the benchmark's %d client "
                    + "threads %.2f + the app %.2f (Tomcat's threads %.2f, outside them %.2f: ORT pool and main (java) %.2f, "
                    + "jit %.2f, gc %.2f, other %.2f); the app / embedder = %.2f", chatSpent.processMs() / requests,
                    clients, chatClients.callersMs() / requests, appMs / requests, tomcatMs / requests,
                    (appMs - tomcatMs) / requests, chatSpent.threadsMs().get("java") / requests,
                    chatSpent.threadsMs().get("jit") / requests, chatSpent.threadsMs().get("gc") / requests,
                    (chatSpent.threadsMs().get("rest") - chatClients.callersMs()) / requests,
                    appMs / embedSpent.processMs()));
            report.line("chat, Java threads alive at the phase's end, ms per request (the largest): "
                    + chatSpent.javaPerRequest(requests, 10));
            report.line(String.format(Locale.ROOT, "allocated by the request threads per chat request, %d clients "
                    + "(load moves it little): %.1f KB", clients, chatBytes / 1024.0 / requests));
            report.line(String.format(Locale.ROOT,
                    "ratios: chat p50 / embedder p50 = %.2f (target <= 1.5), chat p99 / embedder p99 = %.2f (<= 2), "
                            + "chat throughput / embedder throughput = %.0f%% (>= 75%%)",
                    one[0] / bare[0], one[1] / bare[1], 100 * chatClients.perSecond() / embedThreads.perSecond()));
            if (phrasings > 0) { // stored now, measured at the next start below
                long stored = LargeFaq.store(data, phrasings, 5, model, embedder.dimensions());
                report.line("stored a synthetic FAQ for the start-up measurement: " + stored + " phrasings in all");
            }
        }
        if (burst > 0) {
            burst(jar, shop, paraphrases, burst, report);
        }
        if (phrasings > 0) {
            try (var app = AppProcess.start(jar, dataDir, database, dataDir.resolve("restart.log"))) {
                Duration ready = app.awaitReady(Duration.ofMinutes(10));
                String metrics = app.adminGet("/actuator/prometheus");
                String health = app.adminGet("/actuator/health");
                report.line(String.format(Locale.ROOT, "start to ready with the stored FAQ (%s): %.1f s (target <= 10); "
                        + "texts embedded at start: %s (target 0)", phrasingsIn(health), ready.toMillis() / 1000.0,
                        metric(metrics, "answerdesk_faq_embeddings_total")));
            }
        }
        report.line("load average at the end: " + loadAverage());
        report.print();
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

    /** The confidence of an FAQ answer to the question, or 0 when the FAQ does not answer it. */
    private static double confidence(PlainHttp api, String question, String session, String language) {
        var r = api.post("/api/chat", request(question, session, language));
        var body = r.json();
        return r.status() == 200 && "FAQ".equals(body.get("source").asString()) ? body.get("confidence").asDouble() : 0;
    }

    private static boolean ask(PlainHttp api, String question, String session) {
        return ask(api, question, session, null);
    }

    /** {@code language}: the browser's, as the chat widget sends it (null: none, the request as before). */
    private static String request(String question, String session, String language) {
        return language == null ? json("session_id", "bench-" + session, "message", question)
                : json("session_id", "bench-" + session, "message", question, "language", language);
    }

    private static boolean ask(PlainHttp api, String question, String session, String language) {
        var r = api.post("/api/chat", request(question, session, language));
        if (r.status() != 200) {
            throw new IllegalStateException("HTTP " + r.status() + ": " + r.body());
        }
        return "FAQ".equals(r.json().get("source").asString());
    }

    /** Runs {@code task(i)} for i below {@code count} on one thread; the duration of each. */
    private static List<Long> timed(int count, java.util.function.IntConsumer task) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            task.accept(i);
            nanos.add(System.nanoTime() - t);
        }
        return nanos;
    }

    /**
     * Durations of the tasks, their rate, how many of them returned true (FAQ hits), and the CPU the calling threads
     * spent (for the chat, the benchmark's HTTP clients: this JVM's, but not the app's cost).
     */
    record Concurrent(List<Long> nanos, double perSecond, int hits, double callersMs) {
    }

    /** Runs {@code task(i)} for i below {@code count} on {@code threads} threads; each one's duration, and the rate. */
    private static Concurrent concurrently(int threads, int count, java.util.function.IntPredicate task) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger hits = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong callers = new java.util.concurrent.atomic.AtomicLong();
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < threads; c++) {
            futures.add(pool.submit(() -> {
                long own = cpu.getCurrentThreadCpuTime();
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    long t = System.nanoTime();
                    if (task.test(i)) {
                        hits.incrementAndGet();
                    }
                    nanos.add(System.nanoTime() - t);
                }
                callers.addAndGet(cpu.getCurrentThreadCpuTime() - own);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Concurrent(nanos, count / seconds, hits.get(), callers.get() / 1e6);
    }

    private static List<String> databaseArgs(String[] args) {
        List<String> out = new ArrayList<>();
        Optional.ofNullable(arg(args, "--jdbc-url")).ifPresent(v -> out.add("--spring.datasource.url=" + v));
        Optional.ofNullable(arg(args, "--jdbc-user")).ifPresent(v -> out.add("--spring.datasource.username=" + v));
        Optional.ofNullable(arg(args, "--jdbc-password")).ifPresent(v -> out.add("--spring.datasource.password=" + v));
        return out;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String metric(String prometheus, String name) {
        return prometheus.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).findFirst().orElse("not reported");
    }

    private static String phrasingsIn(String health) {
        var m = java.util.regex.Pattern.compile("\"phrasings\"\\s*:\\s*(\\d+)").matcher(health);
        return m.find() ? m.group(1) + " phrasings in the index" : "phrasings unknown";
    }

    static List<String> inScopeParaphrases() throws Exception {
        try (var in = new FileReader("src/test/resources/faq/paraphrases.csv", StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            return rows.subList(1, rows.size()).stream()
                    .filter(r -> r.size() > 1 && !r.get(1).isBlank())
                    .map(r -> r.get(0)).toList();
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        String value = arg(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String arg(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Three bursts of concurrent requests to the app as a separate process: its resident memory before and during. */
    private static void burst(Optional<Path> jar, List<String> database, List<String> paraphrases, int burst,
                              Report report) throws Exception {
        Path burstDir = Files.createTempDirectory("answerdesk-bench-burst-");
        try (var app = AppProcess.start(jar, burstDir, database, burstDir.resolve("app.log"))) {
            app.awaitReady(Duration.ofMinutes(10));
            Burst.run(app, paraphrases, 20, 5); // warm up
            String nmtBefore = AppProcess.jvmOptions().contains("NativeMemoryTracking") ? nativeMemory(app.pid()) : "";
            var result = Burst.run(app, paraphrases, burst, 3);
            report.line(String.format(Locale.ROOT, "separate process (pid %d, JVM options: %s), 3 bursts of %d concurrent "
                    + "requests: %d answered, %d failed in %.1f s; RSS before %d MB, highest sample %d MB, peak since start %d MB "
                    + "(target <= 400)", app.pid(), AppProcess.jvmOptions(), burst, result.ok(), result.failed(), result.seconds(),
                    result.rssBeforeMb(), result.rssMaxMb(), result.hwmMb()));
            if (!result.failures().isEmpty()) {
                report.line("failed burst requests by cause: " + result.failures());
            }
            Thread.sleep(3000); // a native heap trim (every 2 s in deploy/jvm.options) after the last request
            report.line("RSS 3 s after the bursts: " + app.rssMb()[0] + " MB");
            if (AppProcess.jvmOptions().contains("NativeMemoryTracking")) {
                report.line("native memory tracking before the bursts (committed KB):\n" + nmtBefore);
                report.line("native memory tracking after the bursts (committed KB):\n" + nativeMemory(app.pid()));
            }
        }
    }

    /**
     * How many of the web questions the app handled were answered in one step, stored with their answer
     * ({@code store_inbound} sets the claim and the handling in its one transaction, so both times are its start);
     * the others were claimed, then answered in a transaction of their own (the second step).
     */
    private static String oneStepShare(DataSource data) throws SQLException {
        try (var c = data.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("""
                select count(*) filter (where handled_at = claimed_at), count(*) from message
                where direction = 'IN' and channel = 'WEB' and intent = 'QUESTION' and claimed_at is not null
                  and handled_at is not null""")) {
            rs.next();
            return String.format(Locale.ROOT, "web questions answered in one step (stored with their answer): %d of %d",
                    rs.getLong(1), rs.getLong(2));
        }
    }

    /** The first line of each part of {@code jcmd <pid> VM.native_memory summary}: its reserved and committed KB. */
    private static String nativeMemory(long pid) throws Exception {
        var jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out.lines().filter(l -> l.startsWith("Total:") || l.matches("^-\\s+\\S.*\\(reserved=.*"))
                .map(String::strip).collect(java.util.stream.Collectors.joining("\n"));
    }
}
