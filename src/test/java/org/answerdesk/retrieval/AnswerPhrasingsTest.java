package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.adapt.EncoderTraining;
import org.junit.jupiter.api.Test;

/**
 * An entry of few phrasings is adapted on its answer's sentences too (docs/retrieval.md, "adapt16"); one of many
 * phrasings, and the index, are left as they were.
 */
class AnswerPhrasingsTest {

    private static final String ANSWER = "Wir liefern in 2-3 Werktagen. Ja! Bestellungen bis 14 Uhr verlassen das "
            + "Lager am selben Tag.\nDie Sendungsnummer steht in der Versandbestätigung";

    @Test
    void anEntryOfFewPhrasingsTrainsOnItsAnswersSentencesOfThreeWordsOrMore() {
        FaqEntry few = new FaqEntry(1, "Wie lange dauert der Versand?", ANSWER, null, List.of(),
                List.of("Wie lange dauert der Versand?", "Wann kommt mein Paket?", "Lieferzeit nach Wien"));
        assertThat(AnswerPhrasings.of(few)).containsExactly("Wir liefern in 2-3 Werktagen.",
                "Bestellungen bis 14 Uhr verlassen das Lager am selben Tag.",
                "Die Sendungsnummer steht in der Versandbestätigung");
        assertThat(AnswerPhrasings.withAnswer(few, AdaptedModel.trainingPhrasings(few))).startsWith(
                "Wie lange dauert der Versand?", "Wann kommt mein Paket?").hasSize(5)
                .doesNotContain("Lieferzeit nach Wien"); // the held-out phrasing stays held out
    }

    @Test
    void anEntryOfManyPhrasingsTrainsOnThemAloneAndKeepsItsFingerprint() {
        List<String> five = List.of("q", "b", "c", "d", "e");
        FaqEntry many = new FaqEntry(1, "q", ANSWER, null, List.of(), five);
        FaqEntry otherAnswer = new FaqEntry(1, "q", "Something else entirely, said here.", null, List.of(), five);
        assertThat(AnswerPhrasings.of(many)).isEmpty();
        assertThat(AnswerPhrasings.withAnswer(many, five)).isSameAs(five);
        var options = EncoderTraining.Options.defaults();
        assertThat(AdaptedModel.fingerprint(BaseModel.shipped(), List.of(many), Map.of(), options))
                .isEqualTo(AdaptedModel.fingerprint(BaseModel.shipped(), List.of(otherAnswer), Map.of(), options));
    }

    @Test
    void aNewAnswerRetrainsAnEntryOfFewPhrasings() {
        List<String> three = List.of("q", "b", "c");
        var options = EncoderTraining.Options.defaults();
        String before = AdaptedModel.fingerprint(BaseModel.shipped(),
                List.of(new FaqEntry(1, "q", ANSWER, null, List.of(), three)), Map.of(), options);
        String after = AdaptedModel.fingerprint(BaseModel.shipped(),
                List.of(new FaqEntry(1, "q", "We deliver in five working days.", null, List.of(), three)), Map.of(),
                options);
        assertThat(after).isNotEqualTo(before);
        assertThat(AnswerPhrasings.of(new FaqEntry(2, "q", null, null, List.of(), three))).isEmpty();
    }
}
