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
            "To claim the warranty on a kettle, fill in the claim form, sign it, and post it with the receipt and the "
                + "box to our returns address in Leeds.",
            "Our warranty covers toasters.", "Warranty claims take ten days.", "Gift cards never expire."};
        PassageTuning wordsOnly = new PassageTuning(0.9, 0.4, true, false, 0.7, 0);
        PassageTuning withCoverage = new PassageTuning(0.9, 0.4, true, false, 0.7, 2);
        String question = "kettle warranty";
        double[] bm25 = new Bm25(List.of(texts).stream().map(t -> "Help\n" + t).toList(), 0.9, 0.4, true, false)
                .scores(question);
        // BM25 puts the passage repeating "kettle" above the one holding both words (the premise)...
        assertThat(bm25[0]).isGreaterThan(bm25[1]);
        assertThat(index(wordsOnly, texts).rank(question, SAME, PassageIndex.Mode.HYBRID, 1).get(0).passage().id())
                .isZero();
        // ...and with coverage weighed in, the passage that holds both words comes first
        assertThat(index(withCoverage, texts).rank(question, SAME, PassageIndex.Mode.HYBRID, 1).get(0).passage()
                .id()).isEqualTo(1);
    }

    @Test
    void theDecisionWeighsHowManyWordsTheQuestionHas() {
        PassageIndex index = index(PassageTuning.DEFAULT, "Listeria is a bacterium found in soil and water.",
                "Wash raw vegetables under running water before eating them.");
        double[] shortQuestion = index.decided("What is Listeria?", SAME).orElseThrow().features();
        double[] longQuestion = index.decided("Where is listeria found in soil or water?", SAME).orElseThrow()
                .features();
        assertThat(shortQuestion).hasSize(PassageDecision.FITTED.length);
        assertThat(shortQuestion[7]).isEqualTo(1.0);
        assertThat(longQuestion[7]).isEqualTo(0.25);
        // both hold every word; the fitted decision weighs the fewer words as weaker evidence
        assertThat(shortQuestion[2]).isEqualTo(1.0);
        assertThat(longQuestion[2]).isEqualTo(1.0);
        assertThat(PassageDecision.FITTED[7]).isNegative();
    }
}
