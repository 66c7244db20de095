package org.answerdesk.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.retrieval.Csv;
import org.answerdesk.retrieval.FaqRetriever;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app in the benchmark's JVM with the product's defaults, for the benchmarks that send the sample FAQ's questions
 * through the web API ({@code SmallTalkBenchmark}, {@code WrappedBenchmark}): the test classpath's
 * {@code config/application.properties} is not read, the data directory and embedded PostgreSQL are fresh, the model
 * is adapted to the FAQ unless {@code frozen}, rate limits are out of reach.
 */
final class InProcessApp {

    private InProcessApp() {
    }

    /**
     * The Spring arguments of the product's defaults on a fresh data directory. The web port is free unless the system
     * property {@code bench.port} names one (the management port is the next), for a machine shared by several runs.
     */
    static List<String> productDefaults(Path dataDir, boolean frozen) {
        int port = Integer.getInteger("bench.port", 0);
        List<String> args = new ArrayList<>(List.of(
                // the product's own configuration only: not the test classpath's config/application.properties
                "--spring.config.location=classpath:/application.properties",
                "--server.port=" + port, "--management.server.port=" + (port == 0 ? 0 : port + 1),
                "--answerdesk.data-dir=" + dataDir, "--logging.level.root=WARN",
                "--logging.level.org.answerdesk.faq=INFO",
                "--answerdesk.api.rate-limit.per-minute=1000000", "--answerdesk.api.rate-limit.burst=1000000",
                "--answerdesk.api.rate-limit.polls-per-minute=1000000"));
        if (frozen) {
            args.add("--answerdesk.faq.adapt=false");
        }
        return args;
    }

    /**
     * The app as it runs in production: without the test classpath's {@code SharedMiniLm}, which every Spring
     * application of this JVM would otherwise get (from the tests' {@code spring.factories}) and which keeps the
     * vector of every text it is given, so a run of distinct questions filled the heap and made the GC collect
     * through the measured phases.
     */
    static SpringApplicationBuilder productionApp() {
        var builder = new SpringApplicationBuilder(AnswerdeskApplication.class);
        var initializers = new ArrayList<>(builder.application().getInitializers());
        initializers.removeIf(i -> i instanceof org.answerdesk.retrieval.SharedMiniLm);
        builder.application().setInitializers(initializers);
        return builder;
    }

    /**
     * The app started with {@code args}, once it serves the adapted model ({@link #awaitAdapted}; at once when
     * {@code frozen}); closing it stops the app.
     *
     * @param model    the model served
     * @param seconds  from the start until then
     * @param entryIds the FAQ entries' ids by question
     */
    record Running(ConfigurableApplicationContext app, int port, String model, double seconds, DataSource data,
                   Map<String, Long> entryIds) implements AutoCloseable {

        static Running start(List<String> args, boolean frozen, Duration adaptWait) throws Exception {
            long started = System.nanoTime();
            ConfigurableApplicationContext app = productionApp().run(args.toArray(String[]::new));
            try {
                FaqRetriever retriever = app.getBean(FaqRetriever.class);
                String model = frozen ? retriever.embedder().modelName() : awaitAdapted(app, retriever, adaptWait);
                DataSource data = app.getBean(DataSource.class);
                return new Running(app, ((WebServerApplicationContext) app).getWebServer().getPort(), model,
                        (System.nanoTime() - started) / 1e9, data, InProcessApp.entryIds(data));
            } catch (Exception | Error e) {
                app.close();
                throw e;
            }
        }

        @Override
        public void close() {
            app.close();
        }
    }

    /**
     * Waits until the retriever serves the adapted model (its name has {@code -adapted-}, as FaqAdaptationIT
     * waits); fails at once on a failed adaptation ({@code answerdesk.faq.adaptations{outcome=failed}}).
     */
    static String awaitAdapted(ConfigurableApplicationContext app, FaqRetriever retriever, Duration limit)
            throws InterruptedException {
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        long deadline = System.nanoTime() + limit.toNanos();
        long lastNote = System.nanoTime();
        while (System.nanoTime() < deadline) {
            String name = retriever.embedder().modelName();
            if (name.contains("-adapted-")) {
                return name;
            }
            double failed = meters.find("answerdesk.faq.adaptations").tag("outcome", "failed").counters().stream()
                    .mapToDouble(c -> c.count()).sum();
            if (failed > 0) {
                throw new IllegalStateException("the adaptation failed (see the log above); is this JVM's class path "
                        + "usable by the training process? Run with plain java -cp, not mvn exec:java");
            }
            if (System.nanoTime() - lastNote > 30e9) {
                System.err.println("waiting for the adapted model (serving " + name + ")");
                lastNote = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the adapted model was not served within " + limit);
    }

    /** The sample FAQ's paraphrases: {text, label}, an empty label for an off-topic question. */
    static List<String[]> paraphrases() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/faq/paraphrases.csv"),
                StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            return rows.subList(1, rows.size()).stream().filter(r -> !r.isEmpty() && !r.get(0).isBlank())
                    .map(r -> new String[] {r.get(0), r.size() > 1 ? r.get(1).strip() : ""}).toList();
        }
    }

    /** The FAQ entries' ids by question. */
    static Map<String, Long> entryIds(DataSource data) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = data.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select id, question from faq_entry")) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        return ids;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
