package org.answerdesk.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.EmbeddingModelChoice;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;

/**
 * The bot's retrievers at their defaults ({@link BotIndex#atDefaults}) over one shop's FAQ per language, with the real
 * MiniLM: the shops of a test class, whose FAQ file per language {@code files} names. Each shop is built once per
 * test JVM, whichever class asks first (several classes ask the sample FAQ's): the index of a file is a function of
 * its text and the model, and retrieving changes nothing in it (no answer cache at the defaults).
 */
final class ShopsAtDefaults {

    /** One embedder and one store of vectors per JVM: a phrasing is embedded once for every class. */
    private static Embedder shared;
    private static VectorCache sharedVectors;
    private static final Map<String, FaqRetriever> BUILT = new HashMap<>();

    final Embedder embedder;
    final VectorCache vectors;
    private final Function<String, Path> files;

    ShopsAtDefaults(Function<String, Path> files) throws IOException {
        synchronized (BUILT) {
            if (shared == null) {
                shared = Embedder.load(EmbeddingModelChoice.FULL);
                sharedVectors = new VectorCache(shared, null);
            }
            this.embedder = shared;
            this.vectors = sharedVectors;
        }
        this.files = files;
    }

    /** The FAQ of the shop of {@code language}, read in that language. */
    FaqFile faq(String language) throws IOException {
        return FaqFile.read(files.apply(language)).withLanguage(language);
    }

    FaqRetriever shop(String language) throws IOException {
        String key = files.apply(language).toAbsolutePath().normalize() + " " + language;
        synchronized (BUILT) {
            try {
                return BUILT.computeIfAbsent(key, k -> {
                    try {
                        return BotIndex.atDefaults(embedder, vectors, faq(language));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    Retrieval ask(String language, String question) throws IOException {
        return ask(shop(language), question);
    }

    Retrieval ask(FaqRetriever retriever, String question) throws IOException {
        List<float[]> vector;
        synchronized (BUILT) {
            vector = vectors.vectors(List.of(question));
        }
        return retriever.retrieve(question, vector.get(0));
    }
}
