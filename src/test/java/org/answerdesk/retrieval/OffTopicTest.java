package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Off-topic questions in the index's estimates, on vectors small enough to reason about. */
class OffTopicTest {

    static final List<FaqEntry> ENTRIES = List.of(
            new FaqEntry(1, "a", "answer a", null, List.of(), List.of("a1", "a2", "a3")),
            new FaqEntry(2, "b", "answer b", null, List.of(), List.of("b1", "b2", "b3")));

    static float[] unit(double... xs) {
        return TestVectors.unit(xs);
    }

    static FaqIndex index(OffTopic offTopic) {
        List<FaqIndex.Phrasing> ps = new ArrayList<>();
        ps.add(new FaqIndex.Phrasing(1, "a1", unit(1, 0, 0, 0)));
        ps.add(new FaqIndex.Phrasing(1, "a2", unit(0.95, 0.2, 0, 0.1)));
        ps.add(new FaqIndex.Phrasing(1, "a3", unit(0.95, 0, 0.1, 0.2)));
        ps.add(new FaqIndex.Phrasing(2, "b1", unit(0, 1, 0, 0)));
        ps.add(new FaqIndex.Phrasing(2, "b2", unit(0.2, 0.95, 0, 0.1)));
        ps.add(new FaqIndex.Phrasing(2, "b3", unit(0, 0.95, 0.1, 0.2)));
        return FaqIndex.over(4, ENTRIES, ps).offTopic(offTopic).build();
    }

    @Test
    void aQuestionNearerToANotOursQuestionThanToAnyPhrasingIsNoFaqAnswer() {
        FaqIndex index = index(new OffTopic(List.of(), List.of(unit(0, 0, 1, 0))));
        FaqIndex.Ranking near = index.rank("", unit(0.4, 0, 0.9, 0), 3);
        assertThat(near.matches()).isNotEmpty();
        assertThat(near.confidence()).isZero();
        assertThat(near.inTopK()).isZero();
    }

    @Test
    void aQuestionNearerToItsEntryKeepsItsEstimates() {
        float[] q = unit(0.97, 0.05, 0.2, 0);
        FaqIndex.Ranking with = index(new OffTopic(List.of(unit(0, 0, 1, 0)), List.of(unit(0, 0, 1, 0))))
                .rank("", q, 3);
        FaqIndex.Ranking without = index(OffTopic.NONE).rank("", q, 3);
        assertThat(with.matches().get(0).entryId()).isEqualTo(1);
        assertThat(with.confidence()).isCloseTo(without.confidence(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(with.inTopK()).isCloseTo(without.inTopK(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aQuestionNearerToTheBackgroundThanToTheFaqLosesItsConfidenceButKeepsItsChoices() {
        float[] q = unit(0.5, 0, 0.8, 0);
        FaqIndex.Ranking with = index(new OffTopic(List.of(unit(0, 0, 1, 0.05)), List.of())).rank("", q, 3);
        FaqIndex.Ranking without = index(OffTopic.NONE).rank("", q, 3);
        assertThat(without.confidence()).isGreaterThan(0);
        assertThat(with.confidence()).isLessThan(without.confidence() / 2);
        assertThat(with.inTopK()).isCloseTo(without.inTopK(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void backgroundQuestionsTheFaqHasAParaphraseOfAreLeftOut() {
        FaqIndex index = index(new OffTopic(List.of(unit(0.99, 0.05, 0, 0), unit(0, 0, 1, 0)), List.of()));
        assertThat(index.offTopic().backgroundCount()).isEqualTo(1);
        // kept: an owner's "not ours" question is never left out, however near
        assertThat(index(new OffTopic(List.of(), List.of(unit(1, 0, 0, 0)))).offTopic().notOursCount()).isEqualTo(1);
    }

    @Test
    void theShippedBackgroundIsSplitIntoAnIndexHalfAndAHeldOutCheck() {
        List<String> index = Backgrounds.shippedForIndex();
        List<String> check = Backgrounds.shippedCheck();
        assertThat(index.size()).isGreaterThan(250);
        assertThat(check.size()).isBetween(index.size() - 1, index.size());
        assertThat(index).doesNotContainAnyElementsOf(check);
        assertThat(index).noneMatch(q -> q.startsWith("#"));
    }

    @Test
    void eachShippedLanguageHasABackgroundOfItsOwnInTheServeCheckOfItsShops() {
        assertThat(Backgrounds.shippedCheck(List.of("en"))).isEqualTo(Backgrounds.shippedCheck());
        for (String language : List.of("de", "es", "fr", "it", "pt", "nl")) {
            List<String> own = Backgrounds.read(Backgrounds.backgroundOf(language), true);
            assertThat(own).as(language).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates()
                    .noneMatch(q -> q.startsWith("#"));
            List<String> check = Backgrounds.shippedCheck(List.of(language, "en"));
            assertThat(check).startsWith(Backgrounds.shippedCheck().toArray(String[]::new))
                    .endsWith(own.toArray(String[]::new)).hasSize(Backgrounds.shippedCheck().size() + own.size());
            assertThat(Backgrounds.shippedForIndex()).doesNotContainAnyElementsOf(own);
        }
        assertThat(Backgrounds.shippedCheck(List.of("de", "es"))).contains("wie wird das wetter am wochenende",
                "¿Quién ganó las elecciones?");
        assertThat(Backgrounds.shippedCheck(List.of("sv"))).as("a language without a background adds none")
                .isEqualTo(Backgrounds.shippedCheck());
    }

    @Test
    void theServeCheckFailsOnlyWhenTheAdaptedModelAnswersMoreBeyondChance() {
        // the sample FAQ's adapted model: 13 answered by it alone, 4 by the configured model alone
        assertThat(new OffTopic.Check(245, 18, 27, 4, 13, 0.55, 0, 0.25).answersMore()).isTrue();
        // one question more is chance
        assertThat(new OffTopic.Check(260, 9, 10, 1, 2, 0.55, 0, 0.25).answersMore()).isFalse();
        assertThat(new OffTopic.Check(260, 9, 5, 5, 1, 0.55, 0, 0.25).answersMore()).isFalse();
        assertThat(new OffTopic.Check(260, 0, 0, 0, 0, 0.55, 0, 0.25).answersMore()).isFalse();
    }

    @Test
    void theServeCheckLeavesOutQuestionsTheFaqCovers() {
        FaqIndex configured = index(OffTopic.NONE);
        List<float[]> vectors = List.of(unit(1, 0, 0, 0), unit(0, 0, 1, 0.2));
        OffTopic.Check check = OffTopic.check(List.of("covered", "far"), configured, vectors, configured, vectors,
                0.0, 0.25);
        assertThat(check.asked()).isEqualTo(1);
        assertThat(check.answeredConfigured()).isEqualTo(check.answeredAdapted());
        assertThat(check.onlyAdapted()).isZero();
    }

    @Test
    void anAdaptedModelsThresholdIsRaisedUntilItAnswersNoMoreOffTopicQuestionsThanTheConfiguredOne() {
        List<Double> adapted = List.of(0.5, 0.9, 0.62, 0.7, 0.58);
        // the configured model answered two: the adapted one may answer its two most confident (0.9, 0.7)
        assertThat(OffTopic.fittedThreshold(adapted, 2, 0.55)).isGreaterThan(0.62).isLessThan(0.7);
        assertThat(OffTopic.fittedThreshold(adapted, 4, 0.55)).as("it answers four at the setting already")
            .isEqualTo(0.55);
        assertThat(OffTopic.fittedThreshold(adapted, 5, 0.55)).isEqualTo(0.55);
        assertThat(OffTopic.fittedThreshold(adapted, 0, 0.55)).as("none: above its most confident")
            .isGreaterThan(0.9).isLessThanOrEqualTo(1);
        assertThat(OffTopic.fittedThreshold(List.of(1.0, 1.0), 0, 0.55)).isEqualTo(1);
    }

    @Test
    void theServeCheckFitsTheAdaptedIndexsThresholdOnTheQuestionsItAsks() {
        FaqIndex configured = index(OffTopic.NONE);
        List<float[]> vectors = List.of(unit(0.6, 0.8, 0, 0), unit(0.5, 0, 0.86, 0));
        OffTopic.Check same = OffTopic.check(List.of("a", "b"), configured, vectors, configured, vectors, 0.55, 0.25);
        assertThat(same.fittedThreshold()).as("no more answered than the configured model").isEqualTo(0.55);
        OffTopic.Check strict = OffTopic.check(List.of("a", "b"), configured, vectors, configured, vectors, 0.0, 0.25);
        assertThat(strict.answeredAdapted()).isEqualTo(strict.answeredConfigured());
        assertThat(strict.fittedThreshold()).isEqualTo(0.0);
    }

    @Test
    void anAdaptedIndexThatAnswersMoreIsServedAtAThresholdWhereItAnswersNoMore() {
        FaqIndex index = index(OffTopic.NONE);
        List<String> texts = List.of("q1", "q2", "q3", "q4");
        // the configured model places the questions between the entries; the "adapted" one next to an entry
        List<float[]> configured = List.of(unit(0.5, 0.5, 0.5, 0.5), unit(0.5, 0.45, 0.5, 0.55),
                unit(0.55, 0.5, 0.45, 0.5), unit(0.45, 0.5, 0.55, 0.5));
        List<float[]> adapted = List.of(unit(1, 0.05, 0, 0), unit(0.05, 1, 0, 0), unit(0.98, 0, 0.1, 0.15),
                unit(0.9, 0.3, 0.2, 0.2));
        double threshold = 0.55;
        OffTopic.Check check = OffTopic.check(texts, index, configured, index, adapted, threshold, 0.25);
        assertThat(check.asked()).as("none covered by the FAQ").isEqualTo(4);
        assertThat(check.answeredAdapted()).as("the premise").isGreaterThan(check.answeredConfigured());
        assertThat(check.fittedThreshold()).isGreaterThan(threshold);

        FaqIndex served = index.scaled(threshold / check.fittedThreshold(), 1);
        long answered = java.util.stream.IntStream.range(0, texts.size())
                .filter(i -> served.rank(texts.get(i), adapted.get(i), 1).confidence() >= threshold).count();
        assertThat(answered).isLessThanOrEqualTo(check.answeredConfigured());
    }

    @Test
    void anAdaptedIndexThatOffersMoreChoicesIsServedAtAClarifyThresholdWhereItOffersNoMore() {
        FaqIndex index = index(OffTopic.NONE);
        List<String> texts = List.of("q1", "q2", "q3", "q4");
        // the configured model places the questions far from every entry; the "adapted" one between two entries
        List<float[]> configured = List.of(unit(0.2, 0.2, 0.2, -0.9), unit(0.2, 0.1, 0.2, -0.95),
                unit(0.1, 0.2, 0.1, -0.95), unit(0.25, 0.2, 0.1, -0.9));
        List<float[]> adapted = List.of(unit(0.7, 0.7, 0, 0), unit(0.72, 0.69, 0, 0.05), unit(0.68, 0, 0.72, 0),
                unit(0, 0.7, 0.7, 0.1));
        double threshold = 0.55;
        double clarify = 0.25;
        OffTopic.Check check = OffTopic.check(texts, index, configured, index, adapted, threshold, clarify);
        long offeredBefore = offered(index, texts, configured, threshold, clarify);
        assertThat(check.choicesConfigured()).isEqualTo((int) offeredBefore);
        FaqIndex answering = index.scaled(threshold / check.fittedThreshold(), 1);
        assertThat(offered(answering, texts, adapted, threshold, clarify)).as("the premise")
            .isGreaterThan(offeredBefore);
        assertThat(check.fittedClarifyThreshold()).isGreaterThan(clarify);

        FaqIndex served = index.scaled(threshold / check.fittedThreshold(), clarify / check.fittedClarifyThreshold());
        assertThat(offered(served, texts, adapted, threshold, clarify)).isLessThanOrEqualTo(offeredBefore);
    }

    @Test
    void theScalesServeTheFittedThresholdsUnderAnySettingAnOwnerCanMake() {
        OffTopic.Check check = new OffTopic.Check(266, 4, 10, 1, 7, 0.8, 73, 0.4);
        assertThat(check.confidenceScale(0.55)).isCloseTo(0.55 / 0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(check.choiceScale(0.25)).isCloseTo(0.25 / 0.4, org.assertj.core.data.Offset.offset(1e-12));
        // settings at or above the fit, and "never" settings above 1: no factor
        assertThat(check.confidenceScale(0.9)).isEqualTo(1);
        assertThat(check.choiceScale(1.5)).isEqualTo(1);
        // "always": a setting of 0 keeps its meaning (a factor cannot move it), never a factor of 0 or NaN
        OffTopic.Check atZero = new OffTopic.Check(266, 4, 10, 1, 7, 0.0, 73, 0.3);
        assertThat(atZero.confidenceScale(0)).isEqualTo(1);
        assertThat(atZero.choiceScale(0)).isEqualTo(1);
        assertThat(new OffTopic.Check(266, 4, 10, 1, 7, 0.0, 73, 0.0).choiceScale(0)).isEqualTo(1);
        FaqIndex index = index(OffTopic.NONE);
        assertThat(index.scaled(atZero.confidenceScale(0), atZero.choiceScale(0)).choiceScale()).isEqualTo(1);
    }

    /** How many of the questions the index offers choices for (not answered, clarify estimate at the threshold). */
    private static long offered(FaqIndex index, List<String> texts, List<float[]> vectors, double threshold,
                                double clarify) {
        return java.util.stream.IntStream.range(0, texts.size()).mapToObj(i -> index.rank(texts.get(i), vectors.get(i),
                3)).filter(r -> !r.matches().isEmpty() && r.confidence() < threshold && r.inTopK() >= clarify).count();
    }

    @Test
    void aScaledIndexAnswersAtAHigherThresholdAndOffersChoicesAtAHigherClarifyThreshold() {
        FaqIndex index = index(OffTopic.NONE);
        float[] q = unit(0.95, 0.3, 0, 0);
        FaqIndex.Ranking plain = index.rank("", q, 3);
        FaqIndex.Ranking scaled = index.scaled(0.5, 1).rank("", q, 3);
        assertThat(scaled.confidence()).isEqualTo(plain.confidence() * 0.5);
        assertThat(scaled.matches()).isEqualTo(plain.matches());
        assertThat(scaled.inTopK()).isEqualTo(plain.inTopK());
        assertThat(index.scaled(1, 0.5).rank("", q, 3).inTopK()).isEqualTo(plain.inTopK() * 0.5);
        assertThat(index.scaled(0.5, 1).scaled(0.5, 0.4).confidenceScale()).isEqualTo(0.25);
        assertThat(index.scaled(0.5, 1).scaled(0.5, 0.4).choiceScale()).isEqualTo(0.4);
        assertThat(index.confidenceScale()).isEqualTo(1);
        assertThat(index.choiceScale()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> index.scaled(0, 1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> index.scaled(1.5, 1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> index.scaled(1, 0));
    }
}
