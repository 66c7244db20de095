package org.answerdesk.retrieval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The lexical score of every entry for a question, fused with the head's probabilities outside the head (as the
 * knowledge passages' BM25 is fused with their cosine): the summed idf of the question's words that the entry's
 * phrasings contain, each idf relative to the highest an FAQ of this size gives (a word of one entry), so that the
 * weight means the same in an FAQ of 12 entries and of 200. Words are compared after the language's analysis ({@link
 * LexicalAnalysis}: stemmed, stop words out, accents folded); a word counts once however often it appears.
 *
 * <p>In a language with a {@link ConceptLexicon}, a question word and an entry word of the same support concept
 * (shipping, cost, return...) count as a shared word too, at a share of a shared word's idf (the concept's {@link
 * #specificity} over the entries, 0 for a concept half the entries or more carry: the trade's own decides nothing):
 * "wie teuer ist die lieferung" shares cost and shipping with "Was kostet der Versand?". A concept counts for an
 * entry only where none of the question's words of that concept is itself in the entry, so an exact shared word is
 * not counted twice.
 *
 * <p>A concept's phrases ({@link ConceptLexicon#phraseConcepts}: "ya no voy a poder" is a cancellation) count as the
 * concept's words do, but only where the near words count ({@code scores(question, true)}): they order the entries and
 * decide nothing, since a phrase of no shop's words can be said of anything.
 *
 * <p>{@link #fuse} multiplies each entry's probability by {@code exp(weight * score)} and normalizes: a question that
 * shares no word with any entry keeps the head's probabilities, and the decision's models read the fused ones.
 */
final class LexicalScores {

    /** No lexical score: {@link #fuse} leaves the probabilities as they are. */
    static final LexicalScores NONE = new LexicalScores(Map.of(), 0, t -> List.of(), 0, Concepts.NONE);

    /** A language's concepts: its lexicon, its words as written, each concept's entries, and their share. */
    private record Concepts(ConceptLexicon lexicon, Function<String, List<String>> words,
                            Map<String, int[]> entriesOfConcept, double share) {
        static final Concepts NONE = new Concepts(ConceptLexicon.NONE, t -> List.of(), Map.of(), 0);
    }

    /** The terms each entry's phrasings have: per term, the entries (class numbers) that have it. */
    private final Map<String, int[]> entriesOfTerm;
    private final int entries;
    private final Function<String, List<String>> analysis;
    private final double weight;
    private final double maxIdf;
    private final Concepts concepts;
    /** Per term, the entries whose answer has it; and what it counts there where the phrasings lack it. */
    private Map<String, int[]> entriesOfAnswerTerm = Map.of();
    private double answerShare;
    /** Per term, how many entries have it in their phrasings or their answer: its rarity. */
    private Map<String, Integer> entriesWithAnswers = Map.of();
    /** What a question word no entry has counts of an entry's word near it ({@link NearWords}); 0 for none. */
    private double nearShare;
    /** Per concept, the entries whose answer carries it ({@link ToldSituation}); read by nothing else. */
    private Map<String, int[]> entriesOfAnswerConcept = Map.of();
    /** Whether the score orders the entries only (a language without a lexical score): nothing it gives decides. */
    private boolean orderOnly;

    private LexicalScores(Map<String, int[]> entriesOfTerm, int entries, Function<String, List<String>> analysis,
                          double weight, Concepts concepts) {
        this.concepts = concepts;
        this.entriesOfTerm = entriesOfTerm;
        this.entries = entries;
        this.analysis = analysis;
        this.weight = weight;
        this.maxIdf = idf(1);
    }

    /**
     * @param phrasingsOfClass per entry (in the index's class order), the texts it is matched by
     * @param analysis         the language's analysis
     * @param weight           what a question word only one entry has multiplies that entry's probability by, as
     *                         {@code exp(weight)}; 0 for no lexical score
     */
    static LexicalScores over(List<List<String>> phrasingsOfClass, Function<String, List<String>> analysis,
                              double weight) {
        if (weight == 0 || phrasingsOfClass.isEmpty()) {
            return NONE;
        }
        return new LexicalScores(index(phrasingsOfClass, analysis), phrasingsOfClass.size(), analysis, weight,
                Concepts.NONE);
    }

    /**
     * The lexical score in a language: its {@link LexicalAnalysis} and, where it has one, its {@link ConceptLexicon},
     * a shared concept counting {@code conceptShare} of a shared word.
     */
    static LexicalScores inLanguage(List<List<String>> phrasingsOfClass, String language, double weight,
                                    double conceptShare) {
        Function<String, List<String>> analysis = LexicalAnalysis.forLanguage(language);
        ConceptLexicon lexicon = ConceptLexicon.forLanguage(language);
        if (weight == 0 || phrasingsOfClass.isEmpty() || conceptShare == 0 || lexicon.isEmpty()) {
            return over(phrasingsOfClass, analysis, weight);
        }
        Function<String, List<String>> words = LexicalAnalysis.words(language);
        Function<String, List<String>> conceptsOf = text -> words.apply(text).stream()
                .flatMap(w -> lexicon.concepts(w).stream()).toList();
        return new LexicalScores(index(phrasingsOfClass, analysis), phrasingsOfClass.size(), analysis, weight,
                new Concepts(lexicon, words, index(phrasingsOfClass, conceptsOf), conceptShare));
    }

    /**
     * These scores with each entry's answer read too (issue 62: the shop's vocabulary from what it gives): a question
     * word an entry's answer has and its phrasings lack counts {@code share} of a shared word for it, and a word's
     * rarity counts the entries that have it in their phrasings or their answer, so a word the answers use all over
     * (the trade's own: "Rad" in a bike shop) weighs less than one only an entry has. Measured on eleven FAQs of ten
     * trades (docs/language.md): both together raised self-service on eight and lost none.
     */
    LexicalScores withAnswers(List<String> answers, double share) {
        if (share == 0 || weight == 0) {
            return this;
        }
        LexicalScores out = new LexicalScores(entriesOfTerm, entries, analysis, weight, concepts);
        out.nearShare = nearShare;
        out.orderOnly = orderOnly;
        out.entriesOfAnswerTerm = index(answers.stream().map(List::of).toList(), analysis);
        out.answerShare = share;
        Set<String> terms = new HashSet<>(entriesOfTerm.keySet());
        terms.addAll(out.entriesOfAnswerTerm.keySet());
        Map<String, Integer> df = new HashMap<>();
        for (String t : terms) {
            Set<Integer> cs = new HashSet<>();
            for (int c : entriesOfTerm.getOrDefault(t, new int[0])) {
                cs.add(c);
            }
            for (int c : out.entriesOfAnswerTerm.getOrDefault(t, new int[0])) {
                cs.add(c);
            }
            df.put(t, cs.size());
        }
        out.entriesWithAnswers = df;
        out.entriesOfAnswerConcept = concepts.entriesOfConcept().isEmpty() ? Map.of()
                : index(answers.stream().map(List::of).toList(), text -> concepts.words().apply(text).stream()
                        .flatMap(w -> concepts.lexicon().concepts(w).stream()).toList());
        return out;
    }

    /**
     * These scores with a question word that no entry has (in its phrasings, keywords or answer) counting {@code
     * share} of an entry's word near it ({@link NearWords}: a typo, the same start, a compound's part), the best such
     * word per entry, an answer's word at its answer share: a dialect's or a typed form of the shop's word still
     * points at its entry (issue 62, item 1). Only {@code scores(question, true)} and {@code fuse(question, p, true)}
     * count them: {@link EntryScorer} orders the entries by them and decides on the scores without them, since a
     * near word lifts a near-trade off-topic question as readily as a customer's typo (docs/retrieval.md, "retr8").
     */
    LexicalScores withNearWords(double share) {
        if (share == 0 || weight == 0) {
            return this;
        }
        LexicalScores out = new LexicalScores(entriesOfTerm, entries, analysis, weight, concepts);
        out.entriesOfAnswerTerm = entriesOfAnswerTerm;
        out.answerShare = answerShare;
        out.entriesWithAnswers = entriesWithAnswers;
        out.entriesOfAnswerConcept = entriesOfAnswerConcept;
        out.nearShare = share;
        out.orderOnly = orderOnly;
        return out;
    }

    /** These scores counted in the entries' order only ({@link #fuse} with the near words), never in a decision. */
    LexicalScores orderOnly() {
        if (weight == 0) {
            return this;
        }
        LexicalScores out = withNearWords(nearShare);
        out.orderOnly = true;
        return out;
    }

    /**
     * What of these scores decides: all of them, or nothing where they order the entries only (the answer and choice
     * models are fitted on the order the deciding scores give).
     */
    LexicalScores deciding() {
        return orderOnly ? NONE : this;
    }

    /** Per key (a term, a concept) the entries whose phrasings have it, sorted. */
    private static Map<String, int[]> index(List<List<String>> phrasingsOfClass, Function<String, List<String>> keys) {
        Map<String, Set<Integer>> classes = new HashMap<>();
        for (int c = 0; c < phrasingsOfClass.size(); c++) {
            for (String p : phrasingsOfClass.get(c)) {
                for (String t : keys.apply(p)) {
                    classes.computeIfAbsent(t, k -> new HashSet<>()).add(c);
                }
            }
        }
        Map<String, int[]> out = new HashMap<>();
        classes.forEach((t, cs) -> out.put(t, cs.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return out;
    }

    /** Each entry's score for the question (0 when it shares no word), or null when no entry shares one. */
    double[] scores(String question) {
        return scores(question, true);
    }

    /** {@link #scores(String)}, the near words counted or not. */
    double[] scores(String question, boolean withNear) {
        return scores(question, withNear, null);
    }

    /**
     * The parts of the score the entries are shown in order of (near words and phrases counted where near words
     * count), each per entry and 0 where the entry has none: the phrasings' and keywords' words, the answer's, the
     * concepts', the near words'; null without a score.
     */
    double[][] parts(String question) {
        double[][] parts = new double[PARTS][entries];
        return scores(question, nearShare != 0, parts) == null ? null : parts;
    }

    /** How many parts {@link #parts} has. */
    static final int PARTS = 4;

    private double[] scores(String question, boolean withNear, double[][] parts) {
        if (weight == 0 || question == null || question.isBlank()) {
            return null;
        }
        double[] out = null;
        for (String t : new LinkedHashSet<>(analysis.apply(question))) {
            int[] has = entriesOfTerm.get(t);
            if (withNear && has == null && !entriesOfAnswerTerm.containsKey(t)) {
                out = near(t, out, parts);
            }
            if (has != null) {
                out = out == null ? new double[entries] : out;
                double idf = idf(entriesWithAnswers.getOrDefault(t, has.length)) / maxIdf;
                for (int c : has) {
                    out[c] += idf;
                    add(parts, 0, c, idf);
                }
            }
            int[] inAnswer = entriesOfAnswerTerm.get(t);
            if (inAnswer != null) { // as measured: the idf of the answers that have it
                double idf = answerShare * idf(inAnswer.length) / maxIdf;
                for (int c : inAnswer) {
                    if (has == null || Arrays.binarySearch(has, c) < 0) {
                        out = out == null ? new double[entries] : out;
                        out[c] += idf;
                        add(parts, 1, c, idf);
                    }
                }
            }
        }
        return conceptScores(question, out, withNear, parts);
    }

    private static void add(double[][] parts, int part, int c, double value) {
        if (parts != null) {
            parts[part][c] += value;
        }
    }

    /** Adds, for a question term no entry has, the best entry's word near it ({@link NearWords}) at the near share. */
    private double[] near(String term, double[] out, double[][] parts) {
        if (nearShare == 0) {
            return out;
        }
        double[] best = NearWords.best(term, entriesOfTerm, (t, has) -> nearShare
                * idf(entriesWithAnswers.getOrDefault(t, has.length)) / maxIdf, entries, null);
        best = NearWords.best(term, entriesOfAnswerTerm, (t, has) -> nearShare * answerShare * idf(has.length) / maxIdf,
                entries, best);
        if (best == null) {
            return out;
        }
        out = out == null ? new double[entries] : out;
        for (int c = 0; c < entries; c++) {
            out[c] += best[c];
            add(parts, 3, c, best[c]);
        }
        return out;
    }

    /**
     * Adds each concept the question shares with an entry that no exact shared word of that concept covers; the
     * concepts of the question's phrases too where {@code withPhrases}.
     */
    private double[] conceptScores(String question, double[] out, boolean withPhrases, double[][] parts) {
        if (concepts.entriesOfConcept().isEmpty()) {
            return out;
        }
        Map<String, Set<String>> carriers = new LinkedHashMap<>(); // concept -> the question's terms of it
        List<String> words = concepts.words().apply(question);
        for (String w : words) {
            for (String concept : concepts.lexicon().concepts(w)) {
                carriers.computeIfAbsent(concept, k -> new HashSet<>()).addAll(analysis.apply(w));
            }
        }
        if (withPhrases) { // a phrase orders the entries, as a near word does; it decides nothing
            for (String concept : concepts.lexicon().phraseConcepts(words)) {
                carriers.computeIfAbsent(concept, k -> new HashSet<>());
            }
        }
        for (Map.Entry<String, Set<String>> e : carriers.entrySet()) {
            int[] has = concepts.entriesOfConcept().get(e.getKey());
            if (has == null) {
                continue;
            }
            double idf = concepts.share() * specificity(has.length) / maxIdf;
            for (int c : has) {
                if (!covered(c, e.getValue())) {
                    out = out == null ? new double[entries] : out;
                    out[c] += idf;
                    add(parts, 2, c, idf);
                }
            }
        }
        return out;
    }

    /**
     * The concepts a phrase of the question carries and none of its words ({@link ToldSituation}); empty without a
     * concept lexicon.
     */
    Set<String> toldOnly(String question) {
        if (concepts.entriesOfConcept().isEmpty() || question == null) {
            return Set.of();
        }
        List<String> words = concepts.words().apply(question);
        Set<String> out = new HashSet<>(concepts.lexicon().phraseConcepts(words));
        for (String w : words) {
            out.removeAll(concepts.lexicon().concepts(w));
        }
        return out;
    }

    /** The entries (class numbers, sorted) whose phrasings carry the concept; null for none. */
    int[] entriesOfConcept(String concept) {
        return concepts.entriesOfConcept().get(concept);
    }

    /** The entries (class numbers, sorted) whose answer carries the concept; null for none. */
    int[] entriesOfAnswerConcept(String concept) {
        return entriesOfAnswerConcept.get(concept);
    }

    /** Whether entry {@code c} has one of the terms. */
    private boolean covered(int c, Set<String> terms) {
        for (String t : terms) {
            int[] has = entriesOfTerm.get(t);
            if (has != null && Arrays.binarySearch(has, c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Multiplies each entry's probability by {@code exp(weight * score)} and normalizes, in place; a question no
     * entry shares a word with is left as it was.
     */
    void fuse(String question, double[] probability) {
        fuse(question, probability, true);
    }

    /** {@link #fuse(String, double[])}, the near words counted or not. */
    void fuse(String question, double[] probability, boolean withNear) {
        if (orderOnly && !withNear) {
            return;
        }
        double[] scores = scores(question, withNear);
        if (scores == null) {
            return;
        }
        double sum = 0;
        for (int c = 0; c < probability.length; c++) {
            probability[c] *= Math.exp(weight * scores[c]);
            sum += probability[c];
        }
        for (int c = 0; c < probability.length; c++) {
            probability[c] /= sum;
        }
    }

    /** What a score of 1 multiplies an entry's probability by, as {@code exp(weight)}; 0 for no lexical score. */
    double weight() {
        return weight;
    }

    /**
     * Whether near words count at all, or the whole score orders only (what {@link EntryScorer} orders by besides what
     * it decides on).
     */
    boolean nearWords() {
        return weight != 0 && (nearShare != 0 || orderOnly);
    }

    /**
     * A concept's idf: the probabilistic idf {@code log((n - df + 0.5) / (df + 0.5))} of the {@code df}
     * entries whose phrasings carry it, 0 from half the entries on. A concept spans many words, so the trade's own
     * (the pets at a dog hotel, the oil at an oil mill) sits in most entries, where BM25's idf still gave it a
     * quarter of a one-entry word's weight: every entry naming the trade rose above those that do not, and a vague
     * opener naming only the trade ("es sobre mi perrito") made the entry with the closest phrasing sure. A concept
     * of one or two entries weighs about as with BM25's idf.
     */
    private double specificity(int df) {
        return Math.max(0, Math.log((entries - df + 0.5) / (df + 0.5)));
    }

    /** BM25's idf of a word {@code df} of the entries have. */
    private double idf(int df) {
        return Math.log(1 + (entries - df + 0.5) / (df + 0.5));
    }
}
