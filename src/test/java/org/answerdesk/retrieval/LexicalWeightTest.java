package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a language's FAQ gets the lexical score is its file's word, not a branch on English. */
class LexicalWeightTest {

    @Test
    void englishSaysNoInItsFileAndEveryOtherLanguageGetsTheScore() {
        assertThat(FaqIndexBuild.lexicalWeight("en")).isZero();
        assertThat(FaqIndexBuild.lexicalWeight("en-GB")).isZero();
        assertThat(FaqIndexBuild.lexicalWeight("en_US")).isZero();
        for (String language : new String[] {"de", "es-MX", "fr", "it", "pt-BR", "nl"}) {
            assertThat(FaqIndexBuild.lexicalWeight(language)).as(language).isEqualTo(FaqIndexBuild.LEXICAL_WEIGHT);
        }
    }

    @Test
    void aLanguageFromFilesAloneAndOneWithoutAFileGetTheScore() {
        // qac.tsv (a test resource) says nothing of it; "zz" has no file at all
        assertThat(FaqIndexBuild.lexicalWeight("qac")).isEqualTo(FaqIndexBuild.LEXICAL_WEIGHT);
        assertThat(FaqIndexBuild.lexicalWeight("zz")).isEqualTo(FaqIndexBuild.LEXICAL_WEIGHT);
        assertThat(FaqIndexBuild.LEXICAL_WEIGHT).isPositive();
    }
}
