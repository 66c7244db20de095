package org.answerdesk.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions an FAQ does not answer, as unit vectors of the model its index is built with: a shipped background of
 * many businesses' customer questions ({@link #shipped()}) and the owner's own "not ours" questions. A question
 * nearer to one of them than to the best entry's closest phrasing is probably about something else:
 * <ul>
 *   <li>nearer to a "not ours" question: not an FAQ answer at all (confidence and choices' estimate 0), so it goes
 *   on to the rest of the pipeline;</li>
 *   <li>near a background question: its confidence and choices' estimate are scaled by
 *   {@code sigmoid((best - nearest - MARGIN) / TEMPERATURE)}, so a question as near to the background as to the
 *   FAQ is rarely answered or offered choices.</li>
 * </ul>
 * Background questions the FAQ itself has a near-paraphrase of ({@value #SAME} or more) are dropped for its index:
 * the shop answers those. Measured with {@code cv} (docs/retrieval.md, "Off-topic questions").
 */
public final class OffTopic {

    /** None: the index decides on its entries alone. */
    public static final OffTopic NONE = new OffTopic(List.of(), List.of());

    static final double MARGIN = Double.parseDouble(System.getProperty("answerdesk.offtopic.margin", "0"));
    static final double TEMPERATURE = Double.parseDouble(System.getProperty("answerdesk.offtopic.temperature",
            "0.03"));
    static final double SAME = Double.parseDouble(System.getProperty("answerdesk.offtopic.same", "0.8"));
    static final double QUANTILE = Double.parseDouble(System.getProperty("answerdesk.offtopic.quantile", "-1"));
    static final double DROP_CONFIDENCE = Double.parseDouble(System.getProperty(
            "answerdesk.offtopic.drop-confidence", "2"));
    static final boolean CHOICES = Boolean.parseBoolean(System.getProperty("answerdesk.offtopic.choices", "true"));
    static final double CHOICE_MARGIN = Double.parseDouble(System.getProperty("answerdesk.offtopic.choice-margin",
            "" + MARGIN));
    static final String SHIPPED = "/retrieval/off-topic-questions.txt";

    private final float[][] background;
    private final float[][] notOurs;

    /**
     * @param background general customer questions of many businesses
     * @param notOurs    the owner's questions the shop does not answer
     */
    public OffTopic(List<float[]> background, List<float[]> notOurs) {
        this.background = background.toArray(float[][]::new);
        this.notOurs = notOurs.toArray(float[][]::new);
    }

    /** The shipped background questions an index weighs questions against: every other line, from the first. */
    public static List<String> shippedForIndex() {
        return half(shipped(), 0);
    }

    /**
     * The rest of the shipped background, never in an index: the held-out check of how many off-topic questions an
     * index answers (an adapted model is not served when it answers more of them than the configured one).
     */
    public static List<String> shippedCheck() {
        return half(shipped(), 1);
    }

    private static List<String> half(List<String> all, int parity) {
        List<String> out = new ArrayList<>();
        for (int i = parity; i < all.size(); i += 2) {
            out.add(all.get(i));
        }
        return out;
    }

    /** The shipped background questions (one a line, {@code #} comments). */
    static List<String> shipped() {
        try (InputStream in = OffTopic.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the class path");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int backgroundCount() {
        return background.length;
    }

    public int notOursCount() {
        return notOurs.length;
    }

    /**
     * How covered a background question is, on the cosine scale {@link #without} compares with: its closest
     * phrasing's cosine, or 1 when the FAQ alone would answer it at {@link #DROP_CONFIDENCE} (the shop answers it).
     */
    static double covered(double closest, double confidence) {
        return confidence >= DROP_CONFIDENCE ? 1 : closest;
    }

    /**
     * The cosine at which a background question counts as one the FAQ answers: a low quantile of how near the
     * FAQ's phrasings are to the closest other phrasing of their own entry.
     */
    static double same(double[] ownNearest) {
        if (QUANTILE < 0 || ownNearest.length == 0) {
            return SAME;
        }
        double[] sorted = ownNearest.clone();
        java.util.Arrays.sort(sorted);
        return Math.min(SAME, sorted[(int) Math.min(sorted.length - 1, Math.floor(QUANTILE * sorted.length))]);
    }

    /** These questions less the background ones whose closest phrasing of the FAQ is {@code same} or more. */
    OffTopic without(java.util.function.ToDoubleFunction<float[]> closestPhrasing, double same) {
        List<float[]> kept = new ArrayList<>();
        for (float[] b : background) {
            if (closestPhrasing.applyAsDouble(b) < same) {
                kept.add(b);
            }
        }
        return new OffTopic(kept, List.of(notOurs));
    }

    /** The ranking of a question with its estimates lowered as near as it is to an off-topic question. */
    FaqIndex.Ranking judge(FaqIndex.Ranking r, float[] query) {
        if (r.matches().isEmpty() || background.length + notOurs.length == 0) {
            return r;
        }
        double best = r.matches().get(0).score();
        if (nearest(notOurs, query) >= best) {
            return new FaqIndex.Ranking(r.matches(), 0, r.choices(), 0, r.shares());
        }
        double nearest = nearest(background, query);
        if (nearest == Double.NEGATIVE_INFINITY) {
            return r;
        }
        double keep = 1 / (1 + Math.exp(-(best - nearest - MARGIN) / TEMPERATURE));
        return new FaqIndex.Ranking(r.matches(), r.confidence() * keep, r.choices(), CHOICES ? r.inTopK() / (1 + Math.exp(-(best - nearest - CHOICE_MARGIN) / TEMPERATURE))
                        : r.inTopK(),
                r.shares());
    }

    private static double nearest(float[][] vectors, float[] query) {
        double best = Double.NEGATIVE_INFINITY;
        for (float[] v : vectors) {
            double dot = 0;
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * query[d];
            }
            best = Math.max(best, dot);
        }
        return best;
    }
}
