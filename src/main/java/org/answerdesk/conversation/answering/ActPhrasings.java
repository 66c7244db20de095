package org.answerdesk.conversation.answering;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.answerdesk.dialogue.ActIndex;
import org.answerdesk.retrieval.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The act phrasings the dialogue policy recognises free-form small talk by: the shipped {@code dialogue/acts.tsv}
 * and the owner's own file, embedded by the configured model (not the one adapted to the FAQ). Their vectors are read from the database
 * where stored, else embedded and stored, once per model and phrasing set in this JVM, in the background from start;
 * the first verdict waits for them.
 */
public final class ActPhrasings {

    private static final Logger log = LoggerFactory.getLogger(ActPhrasings.class);
    static final String SHIPPED = "/dialogue/acts.tsv";

    /** Embedded sets by model and phrasings: apps of one JVM (tests, a restart in place) embed them once. */
    private static final Map<String, CompletableFuture<List<ActIndex.Example>>> EMBEDDED = new ConcurrentHashMap<>();

    private ActPhrasings() {
    }

    /**
     * @param messages how a message becomes {@code embedder}'s vector (through the FAQ's question cache, so that a
     *                 message read several times in one decision is embedded once)
     * @param embedAll how the phrasings' texts become {@code embedder}'s vectors (the stored ones read, the rest
     *                 embedded: {@code faq.TextVectors})
     */
    public static ActIndex index(Embedder embedder, java.util.function.Function<String, float[]> messages,
                                 String ownerFile, java.util.function.Function<List<String>, List<float[]>> embedAll) {
        List<ActIndex.Phrasing> phrasings = read(ownerFile);
        String key = embedder.modelName() + "|" + phrasings.hashCode();
        var examples = EMBEDDED.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> embed(embedAll,
                phrasings)));
        return new ActIndex(examples::join, messages, ActIndex.DEFAULT_MIN_SIMILARITY,
                ActIndex.DEFAULT_MARGIN);
    }

    static List<ActIndex.Phrasing> read(String ownerFile) {
        List<ActIndex.Phrasing> all = new ArrayList<>();
        var shipped = ActPhrasings.class.getResourceAsStream(SHIPPED);
        if (shipped == null) {
            throw new IllegalStateException(SHIPPED + " is missing from the classpath");
        }
        try (Reader in = new InputStreamReader(shipped, StandardCharsets.UTF_8)) {
            all.addAll(ActIndex.read(in));
            if (ownerFile != null && !ownerFile.isBlank()) {
                try (Reader own = Files.newBufferedReader(Path.of(ownerFile), StandardCharsets.UTF_8)) {
                    all.addAll(ActIndex.read(own));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read act phrasings (" + ownerFile + ")", e);
        }
        return List.copyOf(all);
    }

    /** The phrasings embedded; none (acts then only by their closed forms) if the model fails on them. */
    private static List<ActIndex.Example> embed(java.util.function.Function<List<String>, List<float[]>> embedAll,
                                               List<ActIndex.Phrasing> phrasings) {
        long start = System.nanoTime();
        List<float[]> vectors;
        try {
            vectors = embedAll.apply(phrasings.stream().map(ActIndex.Phrasing::text).toList());
        } catch (RuntimeException e) {
            log.error("Act phrasings not embedded ({}); small talk is recognised by its closed forms only",
                    e.toString());
            return List.of();
        }
        List<ActIndex.Example> out = new ArrayList<>(phrasings.size());
        for (int i = 0; i < phrasings.size(); i++) {
            out.add(new ActIndex.Example(phrasings.get(i).label(), phrasings.get(i).text(), vectors.get(i)));
        }
        log.info("Embedded {} act phrasings in {} ms", out.size(), (System.nanoTime() - start) / 1_000_000);
        return out;
    }
}
