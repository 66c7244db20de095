package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lexical score taken apart into what a measuring tool reads (docs/retrieval.md, "rank22"). */
class LexicalPartsTest {

    private static LexicalScores german() {
        return LexicalScores.inLanguage(List.of(List.of("Was kostet der Versand?"),
                        List.of("Macht ihr eine Inspektion?"), List.of("Gibt es ein Dienstrad-Leasing?")), "de",
                FaqIndexBuild.LEXICAL_WEIGHT, FaqIndexBuild.CONCEPT_SHARE)
                .withAnswers(List.of("Ab 50 Euro frei.", "Die Werkstatt prüft alles.", "Über den Arbeitgeber."),
                        FaqIndexBuild.ANSWER_SHARE).withNearWords(FaqIndexBuild.NEAR_SHARE);
    }

    @Test
    void eachKindOfSharedWordLandsInItsOwnPartAndThePartsAddUpToTheScore() {
        LexicalScores scores = german();
        String question = "wie teuer ist die inspektion in der werkstatt, geht das mit dem dienstradl";
        double[][] parts = scores.parts(question);
        double[] whole = scores.scores(question);
        assertThat(parts).hasNumberOfRows(LexicalScores.PARTS);
        for (int c = 0; c < whole.length; c++) {
            double sum = 0;
            for (double[] part : parts) {
                sum += part[c];
            }
            assertThat(sum).isCloseTo(whole[c], within(1e-12));
        }
        assertThat(parts[0][1]).as("the phrasing's word 'inspektion'").isPositive();
        assertThat(parts[1][1]).as("the answer's word 'werkstatt'").isPositive();
        assertThat(parts[2][0]).as("'teuer', the cost concept of 'kostet'").isPositive();
        assertThat(parts[3][2]).as("'dienstradl' near 'dienstrad'").isPositive();
        assertThat(parts[0][2]).isZero();
        assertThat(parts[3][0]).isZero();
    }

    @Test
    void aQuestionOfNoSharedWordAndALanguageWithoutTheScoreHaveNoParts() {
        assertThat(german().parts("hallo zusammen")).isNull();
        assertThat(LexicalScores.NONE.parts("was kostet der versand")).isNull();
    }
}
