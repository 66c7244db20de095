package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** BM25's stemming and word pairs: the forms a question and a page use meet, and word order can break a tie. */
class Bm25Test {

    @Test
    void theFullStemmerJoinsInflectionsAndDerivationsThePluralOneOnlyPlurals() {
        for (String w : new String[] {"infection", "infected", "infects", "infecting", "infect"}) {
            assertThat(EnglishStemmer.stem(w)).as(w).isEqualTo("infect");
        }
        assertThat(EnglishStemmer.stem("vaccination")).isEqualTo(EnglishStemmer.stem("vaccinated"));
        assertThat(EnglishStemmer.stem("shipped")).isEqualTo(EnglishStemmer.stem("shipping"));
        assertThat(EnglishStemmer.stem("policies")).isEqualTo(EnglishStemmer.stem("policy"));
        assertThat(EnglishStemmer.plurals("costs")).isEqualTo("cost");
        assertThat(EnglishStemmer.plurals("infected")).isEqualTo("infected");
        // short words and words with digits are kept as they are
        assertThat(EnglishStemmer.stem("bed")).isEqualTo("bed");
        assertThat(EnglishStemmer.stem("covid19")).isEqualTo("covid19");
        assertThat(EnglishStemmer.stem("bring")).isEqualTo("bring");
    }

    @Test
    void fullStemmingFindsAPassageThatUsesAnotherFormOfTheWord() {
        List<String> texts = List.of("Orders are shipped within two days.", "Gift wrapping is free.");
        assertThat(new Bm25(texts, 1.2, 0.75, false, false).scores("shipping time")[0]).isZero();
        assertThat(new Bm25(texts, 1.2, 0.75, true, false).scores("shipping time")[0]).isPositive();
    }

    @Test
    void wordPairsRankThePassageWithTheQuestionsWordsInOrderFirst() {
        List<String> texts = List.of("The return label is printed, and the policy covers shipping.",
                "The return policy covers a printed label for shipping.");
        double[] plain = new Bm25(texts, 1.2, 0.75, false, false).scores("return policy");
        double[] pairs = new Bm25(texts, 1.2, 0.75, false, true).scores("return policy");
        assertThat(plain[1]).isCloseTo(plain[0], org.assertj.core.data.Offset.offset(0.05));
        assertThat(pairs[1]).isGreaterThan(pairs[0] + 0.1);
    }

    @Test
    void coverageCountsWordsNotPairs() {
        Bm25 bm25 = new Bm25(List.of("return policy", "the policy of return", "gift cards"), 1.2, 0.75, false, true);
        Bm25.Query words = bm25.words("return policy");
        assertThat(words.count()).isEqualTo(2);
        assertThat(bm25.coverage(words, 0)).isEqualTo(1.0);
        assertThat(bm25.coverage(words, 1)).isEqualTo(1.0);
        assertThat(bm25.coverage(words, 2)).isZero();
    }
}
