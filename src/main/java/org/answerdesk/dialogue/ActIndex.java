package org.answerdesk.dialogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.answerdesk.retrieval.Embedder;

/**
 * Recognises acts phrased freely ("could you tell me something funny", "who built you") by their nearest
 * neighbours among example phrasings: acts, and real customer needs of many businesses, which must not be taken for
 * small talk. A message is an act when its nearest act phrasing is similar enough and clearly nearer than the
 * nearest need. The encoder is the configured sentence model, never the one adapted to the FAQ: acts are the same for
 * every shop.
 */
public final class ActIndex {

    /** The label of the real customer needs in phrasing files: not an act. */
    public static final String NEED = "need";
    /**
     * Similarity the nearest act phrasing must reach, and by how much it must beat the nearest need: chosen on the
     * development set (src/test/resources/dialogue/acts-dev.tsv) against BANKING77, Bitext and the sample FAQ's
     * paraphrases as needs (docs/dialogue.md).
     */
    public static final double DEFAULT_MIN_SIMILARITY = 0.45;
    public static final double DEFAULT_MARGIN = 0.05;

    /** One phrasing with its label ({@link Act#label()} or {@link #NEED}) and its unit vector. */
    public record Example(String label, String text, float[] vector) {
    }

    /** A labelled phrasing before it is embedded. */
    public record Phrasing(String label, String text) {
    }

    /**
     * What the nearest phrasings say of a message.
     *
     * @param act        the act the message is, when its nearest act phrasing is close and clearly nearer than any need
     * @param nearestAct the act of the nearest act phrasing, however far
     */
    public record Verdict(Optional<Act> act, double actSimilarity, double needSimilarity, String nearest,
                          Optional<Act> nearestAct) {

        /** Whether the nearest act phrasing is nearer than the nearest need, by any amount. */
        public boolean nearer() {
            return nearestAct.isPresent() && actSimilarity > needSimilarity;
        }
    }

    /** Words of a message that no act phrasing uses, beyond which it is taken to be near none of them. */
    public static final int UNKNOWN_WORDS = 2;

    private final Supplier<List<Example>> examples;
    private volatile java.util.Set<String> actWords;
    /** The phrasings of acts, without the needs ({@link #verdictIfNear}). */
    private volatile Example[] actExamples;
    private final Function<String, float[]> encoder;
    private final double minSimilarity;
    private final double margin;
    /** The language the shipped {@code acts.tsv} is written in. */
    static final String SHIPPED_PHRASINGS = "en";
    /** The language of the phrasings: the shipped file's unless said otherwise ({@link #withLanguage}). */
    private String language = SHIPPED_PHRASINGS;

    /**
     * @param examples the embedded phrasings, asked for at the first verdict (they may still be being embedded
     *                 while the app starts: the first verdict waits for them)
     * @param encoder  a message's unit vector by the phrasings' model; a decision reads one message up to three
     *                 times (the whole of it, the rest around an act, again with the conversation), so it should
     *                 keep recent vectors
     */
    public ActIndex(Supplier<List<Example>> examples, Function<String, float[]> encoder, double minSimilarity,
                    double margin) {
        this.examples = examples;
        this.encoder = encoder;
        this.minSimilarity = minSimilarity;
        this.margin = margin;
    }

    public ActIndex(List<Example> examples, Function<String, float[]> encoder, double minSimilarity, double margin) {
        this(() -> examples, encoder, minSimilarity, margin);
    }

    /** No examples: nothing is recognised beyond the closed forms. */
    public static ActIndex empty() {
        return new ActIndex(List.of(), t -> new float[0], 1, 1);
    }

    public int size() {
        return examples.get().size();
    }

    /** The language the phrasings are in. */
    Locale language() {
        return Locale.forLanguageTag(language);
    }

    public ActIndex withThresholds(double newMinSimilarity, double newMargin) {
        return new ActIndex(examples, encoder, newMinSimilarity, newMargin).withLanguage(Locale.forLanguageTag(language));
    }

    /** The same phrasings, said to be in {@code phrasingLanguage} (a configured acts file in another language). */
    public ActIndex withLanguage(Locale phrasingLanguage) {
        ActIndex copy = new ActIndex(examples, encoder, minSimilarity, margin);
        copy.language = Lexicon.code(phrasingLanguage);
        return copy;
    }

    /**
     * This index for a conversation in {@code conversationLanguage}: itself when its phrasings are in that language,
     * else one that recognises nothing. Phrasings in one language read another as noise: over the English acts.tsv,
     * "Wie funktioniert die Rücksendung?" is nearest "brill ta" (0.24, the nearest need 0.17) and was answered
     * "You're welcome!", "wurde meine Bestellung schon verschickt?" nearest "sup" and got the greeting.
     */
    public ActIndex in(Locale conversationLanguage) {
        return Lexicon.code(conversationLanguage).equals(language) ? this : empty();
    }

    /**
     * Whether {@code text} could be said nearly as an act phrasing: at most {@link #UNKNOWN_WORDS} of its words are
     * in none of them. Asked before an embedding that only a near act would need ("how do I reset my password"
     * shares two words with the acts' phrasings, "hit the reset button" all of them).
     */
    public boolean sharesWords(String text) {
        java.util.Set<String> known = actWords();
        int unknown = 0;
        for (String word : ActRules.normalize(text).split(" ")) {
            if (!word.isEmpty() && !known.contains(word) && ++unknown > UNKNOWN_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** Whether an act phrasing uses {@code word} (lower case, {@link ActRules#normalize}d). */
    boolean knows(String word) {
        return actWords().contains(word);
    }

    private java.util.Set<String> actWords() {
        java.util.Set<String> known = actWords;
        if (known == null) {
            known = new java.util.HashSet<>();
            for (Example e : examples.get()) {
                if (!NEED.equals(e.label())) {
                    known.addAll(java.util.Arrays.asList(ActRules.normalize(e.text()).split(" ")));
                }
            }
            actWords = known;
        }
        return known;
    }

    public Verdict verdict(String text) {
        if (examples.get().isEmpty()) {
            return new Verdict(Optional.empty(), 0, 0, null, Optional.empty());
        }
        return named(text, verdict(encoder.apply(text)));
    }

    /**
     * The verdict on {@code text} when an act phrasing is at least {@code floor} near it; otherwise empty, and the
     * needs (a third of the phrasings), which only weigh a near act, are not compared with it.
     */
    Optional<Verdict> verdictIfNear(String text, double floor) {
        if (examples.get().isEmpty()) {
            return Optional.empty();
        }
        float[] v = encoder.apply(text);
        Example[] acts = actExamples;
        if (acts == null) {
            acts = examples.get().stream().filter(e -> !NEED.equals(e.label())).toArray(Example[]::new);
            actExamples = acts;
        }
        // one act phrasing at the floor decides: the verdict below compares all of them anyway
        for (Example e : acts) {
            if (Embedder.cosine(v, e.vector()) >= floor) {
                return Optional.of(named(text, verdict(v)));
            }
        }
        return Optional.empty();
    }

    /** "cancel the whole thing" asks the shop to cancel the order: a need, however near the cancel phrasings. */
    private Verdict named(String text, Verdict v) {
        if (v.nearestAct().filter(a -> a == Act.CANCEL).isPresent()
                && ActObject.named(text, language)) {
            return new Verdict(Optional.empty(), v.actSimilarity(), v.needSimilarity(), v.nearest(), Optional.empty());
        }
        return v;
    }

    /** The verdict on a message whose unit vector is known. */
    public Verdict verdict(float[] v) {
        double bestAct = -1;
        double bestNeed = -1;
        Example nearestAct = null;
        for (Example e : examples.get()) {
            double s = Embedder.cosine(v, e.vector());
            if (NEED.equals(e.label())) {
                bestNeed = Math.max(bestNeed, s);
            } else if (s > bestAct) {
                bestAct = s;
                nearestAct = e;
            }
        }
        Optional<Act> nearest = nearestAct == null ? Optional.empty()
                : Optional.of(Act.valueOf(nearestAct.label().toUpperCase(java.util.Locale.ROOT)));
        boolean isAct = nearestAct != null && bestAct >= minSimilarity && bestAct - bestNeed >= margin;
        return new Verdict(isAct ? nearest : Optional.empty(), bestAct, bestNeed,
                nearestAct == null ? null : nearestAct.text(), nearest);
    }

    /**
     * Reads phrasings in the shipped shape: a header line, then {@code label<TAB>text} per line; blank lines and
     * lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException for a line without a tab or with a label that is neither an act nor a need
     */
    public static List<Phrasing> read(Reader in) throws IOException {
        List<Phrasing> out = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        String line = lines.readLine(); // header
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab).strip();
            if (tab < 0 || !(NEED.equals(label) || isAct(label))) {
                throw new IllegalArgumentException("line " + number + ": expected an act or 'need', a tab, a text");
            }
            out.add(new Phrasing(label, line.substring(tab + 1).strip()));
        }
        return out;
    }

    private static boolean isAct(String label) {
        for (Act a : Act.values()) {
            if (a.label().equals(label)) {
                return true;
            }
        }
        return false;
    }
}
