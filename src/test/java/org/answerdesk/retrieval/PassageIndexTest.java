package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The fusion's word evidence and the decision's features, with vectors that cannot tell the passages apart (every
 * vector the same), so what is asserted comes from the words alone.
 */
class PassageIndexTest {

    private static final float[] SAME = {1, 0, 0};

    private static Passage passage(long id, String text) {
        return new Passage(id, "Help", "", "https://shop.example/help#" + id, text);
    }

    private static PassageIndex index(PassageTuning tuning, String... texts) {
        List<Passage> passages = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            passages.add(passage(i, texts[i]));
        }
        return PassageIndex.over(passages, passages.stream().map(p -> new float[][] {SAME}).toList(), tuning);
    }

    @Test
    void coverageRanksThePassageHoldingEveryRareWordOfTheQuestionFirst() {
        String[] texts = {
            "Kettle descaling: descale the kettle monthly. A kettle that is descaled lasts longer. Kettle kettle.",
            "To claim the warranty on a kettle, fill in the claim form.",
            "Gift cards never expire.", "Opening hours are nine to five.", "We ship to every country."};
        PassageTuning wordsOnly = new PassageTuning(0.9, 0.4, true, false, 0.7, 0);
        PassageTuning withCoverage = new PassageTuning(0.9, 0.4, true, false, 0.7, 2);
        String question = "kettle warranty";
        double[] bm25 = new Bm25(List.of(texts).stream().map(t -> "Help\n" + t).toList(), 0.9, 0.4, true, false)
                .scores(question);
        // the repeated word outweighs the second one in BM25 (the premise of the test)...
        assertThat(bm25[0]).isGreaterThan(bm25[1] * 0.5);
        var plain = index(wordsOnly, texts).rank(question, SAME, PassageIndex.Mode.HYBRID, 2);
        var covered = index(withCoverage, texts).rank(question, SAME, PassageIndex.Mode.HYBRID, 2);
        // ...but with coverage weighed in, the passage that holds both words comes first
        assertThat(covered.get(0).passage().id()).isEqualTo(1);
        assertThat(covered.get(0).score() - covered.get(1).score())
                .isGreaterThan(plain.get(0).passage().id() == 1 ? plain.get(0).score() - plain.get(1).score() : 0);
    }

    @Test
    void theDecisionWeighsHowManyWordsTheQuestionHas() {
        PassageIndex index = index(PassageTuning.DEFAULT, "Listeria is a bacterium found in soil and water.",
                "Wash raw vegetables under running water before eating them.");
        double[] shortQuestion = index.decisionFeatures("What is Listeria?", SAME);
        double[] longQuestion = index.decisionFeatures("Where is listeria found in soil or water?", SAME);
        assertThat(shortQuestion).hasSize(PassageDecision.FITTED.length);
        assertThat(shortQuestion[7]).isEqualTo(1.0);
        assertThat(longQuestion[7]).isEqualTo(0.25);
        // the same coverage (every word held) is weaker evidence from one word than from four
        assertThat(shortQuestion[2]).isEqualTo(1.0);
        assertThat(longQuestion[2]).isEqualTo(1.0);
        PassageDecision decision = PassageDecision.fitted(0.8);
        double[] sameButLength = longQuestion.clone();
        sameButLength[7] = 1.0;
        assertThat(decision.probability(sameButLength)).isLessThan(decision.probability(longQuestion));
    }
}
