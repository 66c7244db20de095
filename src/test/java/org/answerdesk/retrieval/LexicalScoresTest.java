package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LexicalScoresTest {

    @Test
    void eachLanguageStemsDropsItsStopWordsAndFoldsAccents() {
        assertThat(LexicalAnalysis.forLanguage("de").apply("Wie funktioniert die Rücksendung?"))
                .containsExactly("funktioniert", "rucksendung");
        assertThat(LexicalAnalysis.forLanguage("de").apply("Ruecksendung")).isEqualTo(
                LexicalAnalysis.forLanguage("de").apply("Rücksendung"));
        // customers leave the accents out: the same terms, and "cuánto" / "cuanto" both stemmed alike
        assertThat(LexicalAnalysis.forLanguage("es").apply("cuanto cobrais por el envio"))
                .contains("cuant", "envi").doesNotContain("el", "por");
        assertThat(LexicalAnalysis.forLanguage("es").apply("¿Cuánto cuesta el envío?"))
                .containsExactly("cuant", "cuest", "envi");
        // elision: "l'inscription" is "inscription"
        assertThat(LexicalAnalysis.forLanguage("fr").apply("l'inscription")).isEqualTo(
                LexicalAnalysis.forLanguage("fr").apply("inscription"));
        assertThat(LexicalAnalysis.forLanguage("de-AT").apply("Pakete")).isEqualTo(
                LexicalAnalysis.forLanguage("de").apply("Paket"));
        assertThat(LexicalAnalysis.forLanguage("en").apply("the refunds")).containsExactly("refund");
        assertThat(LexicalAnalysis.forLanguage("xx").apply("Ça Va")).containsExactly("ca", "va");
        for (String tag : List.of("it", "pt", "nl")) {
            assertThat(LexicalAnalysis.forLanguage(tag).apply("PayPal")).containsExactly("paypal");
        }
    }

    @Test
    void anEntrySharingMoreOfTheQuestionsRareWordsScoresHigher() {
        LexicalScores scores = LexicalScores.over(List.of(
                List.of("Wie kann ich etwas zurückschicken?", "Rücksendung anmelden"),
                List.of("Wann bekomme ich mein Geld zurück?", "Erstattung dauert zu lange"),
                List.of("Was kostet der Versand?", "Wie lange dauert der Versand?")), LexicalAnalysis.forLanguage("de"),
                2);
        double[] s = scores.scores("wie funktioniert die rücksendung");
        assertThat(s[0]).isGreaterThan(0);
        assertThat(s[1]).isZero();
        assertThat(s[2]).isZero();
        // "dauert" is in two entries: it weighs less than "Versand" of one
        double[] d = scores.scores("dauert es");
        double[] v = scores.scores("versand");
        assertThat(d[1]).isGreaterThan(0).isLessThan(v[2]);
        assertThat(scores.scores("Wetter morgen")).isNull();
    }

    @Test
    void fusingRaisesTheProbabilityOfTheEntryThatSharesWordsAndLeavesAQuestionOfNoSharedWordAlone() {
        LexicalScores scores = LexicalScores.over(List.of(List.of("Rücksendung anmelden"), List.of("Passwort vergessen"),
                List.of("Gutschein einlösen")), LexicalAnalysis.forLanguage("de"), 3);
        double[] p = {0.5, 0.3, 0.2};
        scores.fuse("Passwort weg", p);
        assertThat(p[1]).isGreaterThan(0.5);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        double[] untouched = {0.5, 0.3, 0.2};
        scores.fuse("Wie wird das Wetter morgen?", untouched);
        assertThat(untouched).containsExactly(0.5, 0.3, 0.2);
        double[] none = {0.5, 0.3, 0.2};
        LexicalScores.NONE.fuse("Passwort", none);
        assertThat(none).containsExactly(0.5, 0.3, 0.2);
    }

    @Test
    void anIndexInGermanRanksTheEntryWhoseWordsTheQuestionSharesAfterStemmingAndFolding() {
        float[] same = {1, 0, 0, 0};
        List<FaqEntry> entries = List.of(
                new FaqEntry(1, "Passwort vergessen", "a", "", List.of(), List.of("Passwort vergessen")),
                new FaqEntry(2, "Rücksendung anmelden", "b", "", List.of(), List.of("Rücksendung anmelden")));
        List<FaqIndex.Phrasing> phrasings = List.of(new FaqIndex.Phrasing(1, "Passwort vergessen", same),
                new FaqIndex.Phrasing(2, "Rücksendung anmelden", same));
        String question = "wie gehen Ruecksendungen";
        FaqIndex german = FaqIndex.over(4, entries, phrasings).language("de").build();
        FaqIndex english = FaqIndex.over(4, entries, phrasings).build();
        assertThat(german.rank(question, same, 2).matches().get(0).entryId()).isEqualTo(2);
        // English keeps today's scoring: the same vectors and no shared surface word tie, the lower id first
        assertThat(english.rank(question, same, 2).matches().get(0).entryId()).isEqualTo(1);
        assertThat(german.rank(question, same, 2).confidence())
                .isGreaterThan(english.rank(question, same, 2).confidence());
    }
}
