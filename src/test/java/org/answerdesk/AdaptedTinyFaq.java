package org.answerdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.answerdesk.retrieval.FaqRetriever;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One model adapted to the tiny FAQ ({@code faq/tiny-faq.csv}) with the ITs' few training pairs, for the tests that
 * need <em>an</em> adapted model to start from rather than to watch it being trained: trained once per test JVM, by an
 * app of its own on the bot's real path (training process, store), or taken from a test that trained it anyway
 * ({@link #keep}). {@link #seed} puts it into an app's data directory before the app starts, where the app finds it
 * as the model it stored for that FAQ: it serves it as {@code loaded}, without a training. An app started with
 * {@link #arguments()} on a new database computes the same fingerprint (the FAQ, its entry ids, the training options),
 * so a seeded test that counts a training it did not expect fails rather than passing on a retrained model.
 * <p>
 * Kept per JVM (under {@code target/adapted-tiny-faq}, deleted at exit), not across runs: the fingerprint holds the trainer's version,
 * and a model kept from an older trainer would be trained again, unseen, by every seeded app.
 */
public final class AdaptedTinyFaq {

    /**
     * Training pairs: a batch holds one pair per entry, so the tiny FAQ's four entries make a step of four pairs, and
     * 4 pairs one step (what is trained is never asserted, only which model is served, counted and stored).
     */
    public static final int PAIRS = 4;
    public static final String FAQ = "classpath:faq/tiny-faq.csv";
    private static final Duration LIMIT = Duration.ofMinutes(5); // a training on a loaded 2-core machine
    private static final Path HELD = Path.of("target", "adapted-tiny-faq", UUID.randomUUID().toString())
            .toAbsolutePath();
    /** The held model's directory, named by its fingerprint as in a data directory; null until trained or kept. */
    private static Path model;
    /** The held model's name, as the app that trained it served it. */
    private static String modelName;
    /**
     * The held model's vectors of the fixed texts (the off-topic background, the held-out questions), as the app that
     * trained it stored them ({@code text_vector}): an app seeded with the model on a new database reads them instead
     * of embedding some 800 texts with it again. Empty if that app's database was not known.
     */
    private static java.util.Map<String, byte[]> vectors = java.util.Map.of();

    private AdaptedTinyFaq() {
    }

    /**
     * An app's arguments to adapt the tiny FAQ at once as the held model was adapted: the FAQ, the pairs, no delay,
     * and the bot's priority (a niced training waits behind the test lanes, ten times slower in a full run).
     */
    public static List<String> arguments() {
        return List.of("--answerdesk.faq.adapt=true", "--answerdesk.faq.adapt-delay=0s",
                "--answerdesk.faq.adapt-max-pairs=" + PAIRS, "--answerdesk.faq.sample=" + FAQ,
                "--answerdesk.faq.adapt-niceness=0");
    }

    /**
     * Puts the model into {@code dataDir}'s stored models (training it first if this JVM has none yet); returns its
     * fingerprint.
     */
    public static synchronized String seed(Path dataDir) {
        if (model == null) {
            train();
        }
        try {
            Path to = Files.createDirectories(dataDir.resolve("adapted-models")).resolve(model.getFileName());
            copy(model, to);
            return model.getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #seed(Path)}, and the held model's stored vectors into the new database at {@code database} (migrated
     * here first, as the app would migrate it), as a start before this one stored them: what the app then adapts and
     * checks is as before, without embedding the fixed texts with the held model once more.
     */
    public static synchronized String seed(Path dataDir, String database) {
        String fingerprint = seed(dataDir);
        if (!vectors.isEmpty()) {
            org.flywaydb.core.Flyway.configure().dataSource(database, null, null).load().migrate();
            var db = SharedDatabase.client(database);
            vectors.forEach((text, vector) -> db.sql("insert into text_vector (model, text, vector) values (?, ?, ?)")
                    .params(modelName, text, vector).update());
        }
        return fingerprint;
    }

    /**
     * Puts the held model into {@code dataDir}'s stored models if this JVM holds one yet; false if not: the app started
     * on {@code dataDir} with these arguments then trains it itself, as the holder's app would have (one app start and
     * one embedding of the off-topic background with the model fewer), and the test can {@link #keep} it.
     */
    public static synchronized boolean seedIfHeld(Path dataDir) {
        if (model == null) {
            return false;
        }
        seed(dataDir);
        return true;
    }

    /**
     * Holds the model an app trained on the tiny FAQ with {@link #arguments()} ({@code modelName}, served from
     * {@code dataDir}), and the vectors it stored with it in its database at {@code database} (null: not known), unless
     * one is held already: a test that watches the training anyway spares the next one.
     */
    public static synchronized void keep(Path dataDir, String modelName, String database) {
        if (model != null) {
            return;
        }
        Path dir = dataDir.resolve("adapted-models").resolve(modelName.substring(modelName.lastIndexOf('-') + 1));
        try {
            Path held = HELD.resolve(dir.getFileName());
            copy(dir, held);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestDirs.delete(HELD), "held-delete"));
            if (database != null) {
                java.util.Map<String, byte[]> stored = new java.util.HashMap<>();
                SharedDatabase.client(database).sql("select text, vector from text_vector where model = ?")
                        .param(modelName).query((rs, n) -> stored.put(rs.getString(1), rs.getBytes(2))).list();
                vectors = java.util.Map.copyOf(stored);
            }
            AdaptedTinyFaq.modelName = modelName;
            model = held;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trains it as the bot does, in an app of its own, and holds it. */
    private static void train() {
        try {
            Path dataDir = TestDirs.create("adapt-tiny-faq-"); // the model is kept under HELD
            String database = SharedDatabase.newDatabase();
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--answerdesk.data-dir=" + dataDir,
                    "--spring.datasource.url=" + database));
            args.addAll(arguments());
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AnswerdeskApplication.class)
                    .run(args.toArray(String[]::new))) {
                FaqRetriever retriever = app.getBean(FaqRetriever.class);
                String name = Await.await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                        "the tiny FAQ's adapted model");
                keep(dataDir, name, database);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model's files, hard-linked where the file system allows (an app deletes its own links, not these). */
    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(f.getFileName());
                try {
                    Files.createLink(target, f);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, target);
                }
            }
        }
    }
}
