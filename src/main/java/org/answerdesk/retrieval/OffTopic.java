package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Questions an FAQ does not answer, as unit vectors of the model its index is built with: a shipped background of
 * many businesses' customer questions ({@link Backgrounds}) and the owner's own "not ours" questions. A question
 * nearer to one of them than to the best entry's closest phrasing is probably about something else:
 * <ul>
 *   <li>nearer to a "not ours" question: not an FAQ answer at all (confidence and choices' estimate 0), so it goes
 *   on to the rest of the pipeline;</li>
 *   <li>near a background question: its confidence is scaled by
 *   {@code sigmoid((best - nearest - MARGIN) / TEMPERATURE)}, so a question about as near to the background as to
 *   the FAQ is not answered directly; it may still be offered choices.</li>
 *   <li>far from the FAQ ({@link FarGate}): the head gives its best entry little of its probability, the nearest
 *   background question (of English or of the shop's other languages) is clearly nearer than the best entry's
 *   closest phrasing, and most of its words are words the shop never uses: no choices, the entries it would offer
 *   are unrelated to it.</li>
 *   <li>a "do you …?" question whose words the entries it would be given do not share ({@link
 *   FarGate#unsharedService}), the head under {@value FarGate#SERVICE_SHARE} for its entry: not answered either.</li>
 * </ul>
 * Background questions the FAQ itself has a near-paraphrase of ({@value #SAME} or more) are dropped for its index:
 * the shop answers those. Measured with {@code cv} (docs/retrieval.md, "Off-topic questions").
 */
public final class OffTopic {

    /** None: the index decides on its entries alone. */
    public static final OffTopic NONE = new OffTopic(List.of(), List.of());

    /**
     * How much nearer than the nearest background question the best entry's closest phrasing must be for a question
     * to keep half its confidence, and how fast that falls off (cosine units). Chosen with {@code cv} on the
     * BANKING77 held-out-group, HWU64 and sample regimes (docs/retrieval.md, "Off-topic questions").
     */
    static final double MARGIN = 0.05;
    static final double TEMPERATURE = 0.03;
    /** A background question this near (cosine) to one of the FAQ's phrasings is one the FAQ answers. */
    public static final double SAME = 0.8;

    private final float[][] background;
    private final float[][] notOurs;
    private final float[][] languages;
    private final FarGate gate;

    /**
     * @param background general customer questions of many businesses
     * @param notOurs    the owner's questions the shop does not answer
     */
    public OffTopic(List<float[]> background, List<float[]> notOurs) {
        this(background, notOurs, List.of());
    }

    /**
     * @param languages the background questions of the shop's languages other than English
     *                  ({@link #languageBackground}): they only take choices away from a question far from the FAQ
     *                  ({@link FarGate}); in a confidence the English MiniLM finds any two sentences of one language alike
     */
    public OffTopic(List<float[]> background, List<float[]> notOurs, List<float[]> languages) {
        this(background, notOurs, languages, FarGate.WITHOUT_WORDS);
    }

    private OffTopic(List<float[]> background, List<float[]> notOurs, List<float[]> languages, FarGate gate) {
        this.background = background.toArray(float[][]::new);
        this.notOurs = notOurs.toArray(float[][]::new);
        this.languages = languages.toArray(float[][]::new);
        this.gate = gate;
    }

    public int backgroundCount() {
        return background.length;
    }

    public int notOursCount() {
        return notOurs.length;
    }

    /** How many background questions of the shop's other languages weigh a question's choices. */
    public int languageCount() {
        return languages.length;
    }

    /** These questions less the background ones whose closest phrasing of the FAQ is {@value #SAME} or more. */
    OffTopic without(java.util.function.ToDoubleFunction<float[]> closestPhrasing) {
        return new OffTopic(kept(background, closestPhrasing), List.of(notOurs), kept(languages, closestPhrasing),
                gate);
    }

    /** These questions, with the FAQ's own words ({@link FarGate}) to tell a question far from it. */
    OffTopic withGate(FarGate farGate) {
        return new OffTopic(List.of(background), List.of(notOurs), List.of(languages), farGate);
    }

    private static List<float[]> kept(float[][] questions, java.util.function.ToDoubleFunction<float[]> closest) {
        List<float[]> kept = new ArrayList<>();
        for (float[] b : questions) {
            if (closest.applyAsDouble(b) < SAME) {
                kept.add(b);
            }
        }
        return kept;
    }

    /** The ranking of a question with its estimates lowered as near as it is to an off-topic question. */
    FaqIndex.Ranking judge(FaqIndex.Ranking r, float[] query, String text) {
        if (r.matches().isEmpty() || background.length + notOurs.length + languages.length == 0) {
            return r;
        }
        double best = r.matches().get(0).score();
        if (nearest(notOurs, query) >= best) {
            return new FaqIndex.Ranking(r.matches(), 0, r.choices(), 0, r.shares());
        }
        if (gate.worldQuestion(text) || gate.notCovered(text)) {
            // "do you know if …", the shop's words absent, or an offer or the world's news in none of the shop's
            // words: not the FAQ's to answer, sure entry or not
            return new FaqIndex.Ranking(r.matches(), 0, r.choices(), 0, r.shares(), true);
        }
        if (!r.shares().isEmpty() && r.shares().get(0) < FarGate.SERVICE_SHARE && gate.unsharedService(r, text)) {
            // "do you do eyebrows?" to a nail salon: the entry it would be given shares none of its words, sure or
            // not; a head nearly certain of its entry ("aceptan American Express?") keeps it
            return new FaqIndex.Ranking(r.matches(), 0, r.choices(), 0, r.shares(), true);
        }
        double nearest = nearest(background, query);
        if (gate.far(r, Math.max(nearest, nearest(languages, query)), text)) {
            // the entries it would offer are unrelated to it: no choices (issue 61: unrelated choices are worse
            // than none); its confidence is weighed as any other's
            r = new FaqIndex.Ranking(r.matches(), r.confidence(), r.choices(), 0, r.shares(), true);
        }
        if (nearest == Double.NEGATIVE_INFINITY) {
            return r;
        }
        double keep = 1 / (1 + Math.exp(-(best - nearest - MARGIN) / TEMPERATURE));
        // the choices are left as they were: a question near the background is offered its entries rather than
        // answered (measured: as many customers self-served, fewer off-topic questions answered)
        return new FaqIndex.Ranking(r.matches(), r.confidence() * keep, r.choices(), r.inTopK(), r.shares(),
                r.far());
    }

    /**
     * What an adapted model's serve check found on the held-out off-topic questions ({@link Backgrounds#shippedCheck()}) that the
     * configured model's index does not cover (no phrasing at cosine {@value #SAME} or more among its best entries:
     * the shop answers those).
     *
     * @param asked                  the questions compared
     * @param answeredConfigured     of them, answered by the configured model's index
     * @param answeredAdapted        of them, answered by the adapted model's index
     * @param onlyConfigured         answered by the configured model's index alone
     * @param onlyAdapted            answered by the adapted model's index alone
     * @param fittedThreshold        the lowest threshold, from the one checked at up, at which the adapted model's
     *                               index answers no more of them than the configured model's does at the one checked
     *                               at: the adapted model's own answer threshold ({@link FaqIndex#scaled})
     * @param choicesConfigured      of them, offered choices by the configured model's index (not answered)
     * @param fittedClarifyThreshold the lowest clarify threshold, from the one checked at up, at which the adapted
     *                               model's index, answering at its own threshold, offers choices for no more of them
     *                               than the configured model's does at the one checked at
     */
    public record Check(int asked, int answeredConfigured, int answeredAdapted, int onlyConfigured,
                        int onlyAdapted, double fittedThreshold, int choicesConfigured, double fittedClarifyThreshold) {

        /** One-sided 5% (normal approximation of McNemar's test on the paired answers). */
        static final double Z = 1.645;

        /**
         * Whether the adapted model answers more of the questions than the configured one beyond what chance
         * explains: (only adapted - only configured) > 1.645 sqrt(only adapted + only configured).
         */
        public boolean answersMore() {
            return onlyAdapted - onlyConfigured > Z * Math.sqrt(onlyAdapted + onlyConfigured);
        }

        /** The factor on the adapted index's confidences under the setting {@code threshold} ({@link #scale}). */
        public double confidenceScale(double threshold) {
            return scale(threshold, fittedThreshold);
        }

        /** The factor on its clarify estimates under the setting {@code clarifyThreshold} ({@link #scale}). */
        public double choiceScale(double clarifyThreshold) {
            return scale(clarifyThreshold, fittedClarifyThreshold);
        }
    }

    /**
     * The factor on an index's estimates ({@link FaqIndex#scaled}) that makes it decide at {@code fitted} under the
     * setting {@code setting}: 1 when the fit is not above the setting, or when the setting is 0 or less (the owner
     * asked for every question; no factor moves a 0), so never 0 or NaN.
     */
    public static double scale(double setting, double fitted) {
        return setting > 0 && fitted > setting ? setting / fitted : 1;
    }

    /**
     * The serve check of an adapted model: the configured model's index and the adapted model's asked the held-out
     * off-topic questions, each with that model's vectors of them, at {@code threshold} and
     * {@code clarifyThreshold}.
     */
    public static Check check(List<String> texts, FaqIndex configured, List<float[]> configuredVectors,
                              FaqIndex adapted, List<float[]> adaptedVectors, double threshold,
                              double clarifyThreshold) {
        int asked = 0;
        int before = 0;
        int after = 0;
        int onlyBefore = 0;
        int onlyAfter = 0;
        int choicesBefore = 0;
        List<FaqIndex.Ranking> adaptedRankings = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            FaqIndex.Ranking r = configured.rank(texts.get(i), configuredVectors.get(i), FaqIndex.DEFAULT_CHOICES);
            if (r.matches().stream().anyMatch(m -> m.score() >= SAME)) {
                continue;
            }
            asked++;
            boolean b = !r.matches().isEmpty() && r.confidence() >= threshold;
            choicesBefore += !b && !r.matches().isEmpty() && r.inTopK() >= clarifyThreshold ? 1 : 0;
            FaqIndex.Ranking j = adapted.rank(texts.get(i), adaptedVectors.get(i), FaqIndex.DEFAULT_CHOICES);
            adaptedRankings.add(j);
            boolean a = !j.matches().isEmpty() && j.confidence() >= threshold;
            before += b ? 1 : 0;
            after += a ? 1 : 0;
            onlyBefore += b && !a ? 1 : 0;
            onlyAfter += a && !b ? 1 : 0;
        }
        double fitted = fittedThreshold(adaptedRankings.stream()
                .map(j -> j.matches().isEmpty() ? 0.0 : j.confidence()).toList(), before, threshold);
        // the choices of the questions the adapted model leaves unanswered at its own threshold
        List<Double> estimates = adaptedRankings.stream()
                .filter(j -> !j.matches().isEmpty() && j.confidence() < fitted).map(FaqIndex.Ranking::inTopK).toList();
        return new Check(asked, before, after, onlyBefore, onlyAfter, fitted, choicesBefore,
                fittedThreshold(estimates, choicesBefore, clarifyThreshold));
    }

    /** Just above the confidence of the {@code (allowed + 1)}-th most confident question, or {@code threshold}. */
    static double fittedThreshold(List<Double> confidences, int allowed, double threshold) {
        List<Double> sorted = new ArrayList<>(confidences);
        sorted.sort(java.util.Comparator.reverseOrder());
        if (sorted.size() <= allowed || sorted.get(allowed) < threshold) {
            return threshold;
        }
        // a margin well above rounding: confidence * (threshold / fitted) must stay below the threshold
        return Math.min(1, sorted.get(allowed) + 1e-9);
    }

    private static double nearest(float[][] vectors, float[] query) {
        double best = Double.NEGATIVE_INFINITY;
        for (float[] v : vectors) {
            best = Math.max(best, Embedder.cosine(v, query));
        }
        return best;
    }
}
