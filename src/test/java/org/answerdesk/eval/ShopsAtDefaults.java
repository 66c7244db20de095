package org.answerdesk.eval;

import java.io.IOException;
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
 * MiniLM, each built once: the shops of a test class, whose FAQ file per language {@code files} names.
 */
final class ShopsAtDefaults {

    final Embedder embedder;
    final VectorCache vectors;
    private final Function<String, Path> files;
    private final Map<String, FaqRetriever> shops = new HashMap<>();

    ShopsAtDefaults(Function<String, Path> files) throws IOException {
        this.embedder = Embedder.load(EmbeddingModelChoice.FULL);
        this.vectors = new VectorCache(embedder, null);
        this.files = files;
    }

    /** The FAQ of the shop of {@code language}, read in that language. */
    FaqFile faq(String language) throws IOException {
        return FaqFile.read(files.apply(language)).withLanguage(language);
    }

    FaqRetriever shop(String language) throws IOException {
        FaqRetriever cached = shops.get(language);
        if (cached == null) {
            cached = BotIndex.atDefaults(embedder, vectors, faq(language));
            shops.put(language, cached);
        }
        return cached;
    }

    Retrieval ask(String language, String question) throws IOException {
        return ask(shop(language), question);
    }

    Retrieval ask(FaqRetriever retriever, String question) throws IOException {
        return retriever.retrieve(question, vectors.vectors(List.of(question)).get(0));
    }
}
