package org.answerdesk.retrieval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the FAQ entries closest to a question and decides whether the best one is good enough to answer with.
 * This is the one retriever: the bot, the terminal chat and the {@code eval} command all run it.
 */
public class FaqRetriever {

    /**
     * The default threshold on the confidence scale of {@link FaqIndex} (the estimated probability that the best
     * entry is right), chosen with the {@code cv} command: the lowest on a 0.05 grid whose precision of answers,
     * averaged over its five cross-validated regimes (BANKING77 at 10 phrasings per intent and in full with
     * off-topic Bitext questions, HWU64 at 5 with BANKING77 questions, HWU64 and BANKING77 together at 5 with a
     * seventh of the intents held out, the sample FAQ with its paraphrases), is at least 90%: 90.1% there, with
     * 60.0% of answerable questions answered right and 88.9% of unanswerable ones left to the fallback (0.50:
     * 89.0 / 62.3 / 86.8).
     */
    public static final String DEFAULT_THRESHOLD = "0.55";

    /**
     * The default estimated probability that the right entry is among the top {@code maxChoices} ({@link
     * FaqIndex.Ranking#inTopK}) at or above which a question the FAQ does not answer confidently gets those entries
     * as choices instead of going on to the LLM or a person; tuned with the {@code cv} command (docs/retrieval.md,
     * "Clarify: did you mean").
     */
    public static final String DEFAULT_CLARIFY_THRESHOLD = "0.25";
    /** The default number of entries offered as choices. */
    public static final int DEFAULT_MAX_CHOICES = FaqIndex.DEFAULT_CHOICES;
    /**
     * A choice after the first two whose share of the head's probability is below this is not offered: a third
     * choice that is hopeless only lengthens the list.
     */
    static final double NEGLIGIBLE_SHARE = 0.01;

    /**
     * The model and the index made with it, swapped together; the question cache belongs to the model; per language,
     * the index's entries in other languages (filled as languages are asked for).
     */
    private record Serving(Embedder embedder, FaqIndex index, EmbeddingCache cache,
                           Map<String, Set<Long>> otherLanguages) {
        Serving(Embedder embedder, FaqIndex index, EmbeddingCache cache) {
            this(embedder, index, cache, new ConcurrentHashMap<>());
        }
    }

    private final double threshold;
    private final double clarifyThreshold;
    private final int maxChoices;
    private final int suggestions;
    private final int cacheSize;
    private final AtomicReference<Serving> serving;
    private final AtomicReference<Demotions> demotions = new AtomicReference<>(Demotions.none());

    public FaqRetriever(Embedder embedder, double threshold, int suggestions) {
        this(embedder, threshold, suggestions, 1024);
    }

    /** @param cacheSize how many recent question vectors to keep (0 turns the cache off) */
    public FaqRetriever(Embedder embedder, double threshold, int suggestions, int cacheSize) {
        this(embedder, threshold, suggestions, cacheSize, Double.parseDouble(DEFAULT_CLARIFY_THRESHOLD),
                DEFAULT_MAX_CHOICES);
    }

    /**
     * @param clarifyThreshold the confidence at or above which a question below {@code threshold} is offered choices
     * @param maxChoices       how many entries are offered as choices
     */
    public FaqRetriever(Embedder embedder, double threshold, int suggestions, int cacheSize, double clarifyThreshold,
                        int maxChoices) {
        if (maxChoices < 1 || maxChoices > ChoiceModel.MAX_K) {
            throw new IllegalArgumentException("max choices must be 1 to " + ChoiceModel.MAX_K + ", got " + maxChoices);
        }
        this.threshold = threshold;
        this.clarifyThreshold = clarifyThreshold;
        this.maxChoices = maxChoices;
        this.suggestions = suggestions;
        this.cacheSize = cacheSize;
        this.serving = new AtomicReference<>(new Serving(embedder, FaqIndex.empty(embedder.dimensions()),
                new EmbeddingCache(cacheSize)));
    }

    /** The entries closest to {@code question}; a blank question (nothing left of a message) finds none. */
    public Retrieval retrieve(String question) {
        if (question == null || question.isBlank()) {
            return nothing();
        }
        Serving s = serving.get(); // one model for the question and the index
        return retrieve(s.index(), question, s.cache().get(question, s.embedder()::embed));
    }

    /**
     * As {@link #retrieve(String)}, the entries of one language first, for a shop of several languages. The question
     * is decided among every entry; where that puts an entry of another language first, it is decided again among
     * {@code language}'s entries alone (the others left out, as {@link FaqIndex#rank} leaves out excluded entries),
     * and that answer wins where it is confident and its entry is among the closest of every entry. So a German
     * question gets the German entry even where the English one of the same topic scores higher, and a question whose
     * answer exists only in another language still gets that answer (or its choices). Leaving entries out raises the
     * confidence in those left: so the second decision is never taken where the first put the language's own entry
     * first, and a German entry that only the others' absence makes confident is never taken over an answer in
     * another language. Scoring is the same; only which entries take part differs.
     *
     * @param language   the question's language code ({@code "de"})
     * @param languageOf an entry's language code; the same for an entry on every call
     */
    public Retrieval retrieve(String question, String language, Function<FaqEntry, String> languageOf) {
        if (question == null || question.isBlank()) {
            return nothing();
        }
        Serving s = serving.get();
        float[] vector = s.cache().get(question, s.embedder()::embed);
        Retrieval all = retrieve(s.index(), question, vector);
        Set<Long> others = s.otherLanguages().computeIfAbsent(language, l -> s.index().entries().stream()
                .filter(e -> !l.equals(languageOf.apply(e))).map(FaqEntry::id).collect(Collectors.toUnmodifiableSet()));
        if (all.best().map(b -> !others.contains(b.entryId())).orElse(true) || others.size() == s.index().entryCount()) {
            return all; // the language's own entry came first, or it has none
        }
        Retrieval own = retrieve(s.index(), question, vector, others);
        long best = own.best().map(FaqMatch::entryId).orElse(-1L);
        return own.confident() && all.matches().stream().anyMatch(m -> m.entryId() == best) ? own : all;
    }

    private static Retrieval nothing() {
        return new Retrieval(List.of(), 0, false);
    }

    /**
     * The unit vector of {@code text} by {@code model}, through the question cache: a message read both for the FAQ
     * and by another reader (the act phrasings, by the configured model) is embedded once when {@code model} is the
     * one served, and once per model otherwise. {@link #forgetQuestions} forgets these vectors too.
     */
    public float[] vector(String text, Embedder model) {
        Serving s = serving.get();
        if (model == s.embedder()) {
            return s.cache().get(text, model::embed);
        }
        return s.cache().get(model.modelName() + "\u0000" + text, key -> model.embed(text));
    }

    /** Retrieval for a question whose vector is already known (e.g. embedded in a batch). */
    public Retrieval retrieve(String question, float[] questionVector) {
        return retrieve(serving.get().index(), question, questionVector);
    }

    private Retrieval retrieve(FaqIndex current, String question, float[] questionVector) {
        return retrieve(current, question, questionVector, Set.of());
    }

    /** Retrieval with the {@code excluded} entries left out, besides the demoted ones. */
    private Retrieval retrieve(FaqIndex current, String question, float[] questionVector, Set<Long> excluded) {
        Set<Long> demoted = demotions.get().entriesFor(questionVector);
        if (!excluded.isEmpty()) {
            demoted = demoted.isEmpty() ? excluded
                    : Stream.concat(demoted.stream(), excluded.stream()).collect(Collectors.toSet());
        }
        FaqIndex.Ranking ranking = current.rank(question, questionVector, Math.max(maxChoices, suggestions),
                demoted, maxChoices);
        var matches = ranking.matches();
        double confidence = ranking.confidence();
        boolean confident = !matches.isEmpty() && confidence >= threshold;
        boolean clarify = !confident && !matches.isEmpty() && !ranking.far() && ranking.inTopK() >= clarifyThreshold;
        return new Retrieval(matches.subList(0, Math.min(Math.max(1, suggestions), matches.size())), confidence,
                confident, clarify ? choices(ranking, maxChoices) : List.of(), !confident && ranking.far());
    }

    /** The top {@code max} matches, less those after the second whose share is negligible. */
    static List<FaqMatch> choices(FaqIndex.Ranking ranking, int max) {
        List<FaqMatch> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(max, ranking.matches().size()); i++) {
            if (i < 2 || ranking.shares().get(i) >= NEGLIGIBLE_SHARE) {
                out.add(ranking.matches().get(i));
            }
        }
        return out;
    }

    /** The ranking the decision of {@link #retrieve(String, float[])} is made on, for measuring it. */
    public FaqIndex.Ranking ranking(String question, float[] questionVector) {
        return serving.get().index().rank(question, questionVector, Math.max(maxChoices, suggestions),
                demotions.get().entriesFor(questionVector), maxChoices);
    }

    public int maxChoices() {
        return maxChoices;
    }

    /** Swaps in the questions that must not get certain entries (see {@link Demotions}). */
    public void replaceDemotions(Demotions newDemotions) {
        demotions.set(newDemotions);
    }

    /** Swaps in a new index; searches in flight finish on the old one. */
    public void replaceIndex(FaqIndex newIndex) {
        serving.updateAndGet(s -> new Serving(s.embedder(), newIndex, s.cache()));
    }

    /**
     * Swaps in another model with the index made by it, at once: no question meets one with the other. A replaced
     * model adapted to an earlier FAQ is freed ({@link Embedder#release}); a question that took it just before the
     * swap fails and is answered again by the core.
     */
    public void replace(Embedder embedder, FaqIndex newIndex) {
        Serving previous = serving.getAndUpdate(s -> s.embedder() == embedder
                ? new Serving(embedder, newIndex, s.cache())
                : new Serving(embedder, newIndex, new EmbeddingCache(cacheSize)));
        if (previous.embedder() != embedder) {
            previous.embedder().release();
        }
    }

    public FaqIndex index() {
        return serving.get().index();
    }

    /**
     * Drops the cached question vectors (keyed by the questions' text) and starts an empty cache: an erased
     * customer's questions leave this instance's memory too.
     */
    public void forgetQuestions() {
        serving.updateAndGet(s -> new Serving(s.embedder(), s.index(), new EmbeddingCache(cacheSize)));
    }

    /** The model answering now and the index made with it, read together (a swap can fall between two reads). */
    public Model model() {
        Serving s = serving.get();
        return new Model(s.embedder(), s.index());
    }

    /** A model with the index of the FAQ's phrasings embedded by it. */
    public record Model(Embedder embedder, FaqIndex index) {
    }

    public double threshold() {
        return threshold;
    }

    public double clarifyThreshold() {
        return clarifyThreshold;
    }

    /** The model answering now (the configured model, or MiniLM adapted to the FAQ). */
    public Embedder embedder() {
        return serving.get().embedder();
    }

    /** Questions answered from the embedding cache / embedded by the model since start. */
    public long[] cacheStats() {
        EmbeddingCache cache = serving.get().cache();
        return new long[] {cache.hits(), cache.misses()};
    }
}
