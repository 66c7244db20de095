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
 * Kept per JVM (under {@code target/adapted-tiny-faq}), not across runs: the fingerprint holds the trainer's version,
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
     * Holds the model an app trained on the tiny FAQ with {@link #arguments()} ({@code modelName}, served from
     * {@code dataDir}), unless one is held already: a test that watches the training anyway spares the next one.
     */
    public static synchronized void keep(Path dataDir, String modelName) {
        if (model != null) {
            return;
        }
        Path dir = dataDir.resolve("adapted-models").resolve(modelName.substring(modelName.lastIndexOf('-') + 1));
        try {
            Path held = HELD.resolve(dir.getFileName());
            copy(dir, held);
            model = held;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trains it as the bot does, in an app of its own, and holds it. */
    private static void train() {
        try {
            Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "adapt-tiny-faq-");
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--answerdesk.data-dir=" + dataDir,
                    "--spring.datasource.url=" + SharedDatabase.newDatabase()));
            args.addAll(arguments());
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AnswerdeskApplication.class)
                    .run(args.toArray(String[]::new))) {
                FaqRetriever retriever = app.getBean(FaqRetriever.class);
                String name = Await.await(LIMIT, () -> retriever.embedder().modelName(), n -> n.contains("-adapted-"),
                        "the tiny FAQ's adapted model");
                keep(dataDir, name);
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
