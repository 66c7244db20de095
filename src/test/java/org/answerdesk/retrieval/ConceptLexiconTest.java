package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConceptLexiconTest {

    private static final ConceptLexicon DE = ConceptLexicon.forLanguage("de");

    @Test
    void aGermanCompoundBelongsToTheConceptsOfItsParts() {
        assertThat(DE.concepts("Versandkosten")).containsExactlyInAnyOrder("shipping", "cost");
        assertThat(DE.concepts("Lieferadresse")).containsExactlyInAnyOrder("shipping", "address");
        assertThat(DE.concepts("Zimmerpreis")).containsExactly("cost");
        assertThat(ConceptLexicon.forLanguage("nl").concepts("verzendkosten"))
                .containsExactlyInAnyOrder("shipping", "cost");
    }

    @Test
    void aPartInsideALongerPartOfAnotherConceptDoesNotCount() {
        // "sendung" (shipping) starts inside "rücksend" (return); "lieferbar" (stock) holds "liefer" (shipping)
        assertThat(DE.concepts("Rücksendung")).containsExactly("return");
        assertThat(DE.concepts("Ruecksendung")).containsExactly("return");
        assertThat(DE.concepts("lieferbar")).containsExactly("stock");
        assertThat(DE.concepts("Sendungsverfolgung")).containsExactly("tracking");
        // "erreich" (reach: contact) is an exact word, not a part of "Österreich"
        assertThat(DE.concepts("Österreich")).isEmpty();
        assertThat(DE.concepts("erreichbar")).containsExactly("contact");
    }

    @Test
    void wordsOfTheSameConceptMeetWithoutAnyCommonStem() {
        assertThat(DE.concepts("Lieferung")).containsExactly("shipping");
        assertThat(DE.concepts("Versand")).containsExactly("shipping");
        assertThat(DE.concepts("teuer")).containsExactly("cost");
        assertThat(DE.concepts("kostet")).containsExactly("cost");
        assertThat(DE.concepts("zurückschicken")).containsExactly("return");
        ConceptLexicon es = ConceptLexicon.forLanguage("es-MX");
        assertThat(es.concepts("devolución")).containsExactly("return");
        assertThat(es.concepts("devuelvo")).containsExactly("return");
        assertThat(es.concepts("contraseña")).isEqualTo(es.concepts("contrasena")).containsExactly("login");
        assertThat(ConceptLexicon.forLanguage("fr").concepts("livraison")).containsExactly("shipping");
        assertThat(ConceptLexicon.forLanguage("it").concepts("spedizione")).containsExactly("shipping");
        assertThat(ConceptLexicon.forLanguage("pt").concepts("entrega")).containsExactly("shipping");
    }

    @Test
    void unrelatedWordsShareNoConceptAndEnglishHasNoLexicon() {
        assertThat(DE.concepts("Passwort")).doesNotContainAnyElementsOf(DE.concepts("Lieferung"));
        assertThat(DE.concepts("Wetter")).isEmpty();
        assertThat(DE.concepts("Anzahl")).isEmpty(); // no "zahl" part: not a payment
        assertThat(ConceptLexicon.forLanguage("en").isEmpty()).isTrue();
        assertThat(ConceptLexicon.forLanguage("en").concepts("shipping")).isEmpty();
        assertThat(ConceptLexicon.forLanguage(null).isEmpty()).isTrue();
    }

    @Test
    void aSharedConceptScoresTheEntryBelowASharedWordAndNeverAcrossUnrelatedConcepts() {
        List<List<String>> faq = List.of(
                List.of("Was kostet der Versand?"),
                List.of("Wie kann ich etwas zurückschicken?"),
                List.of("Passwort vergessen"));
        LexicalScores withConcepts = LexicalScores.inLanguage(faq, "de", 5, 0.5);
        LexicalScores wordsOnly = LexicalScores.over(faq, LexicalAnalysis.forLanguage("de"), 5);

        // no word in common: only the concepts (cost, shipping) find the entry
        assertThat(wordsOnly.scores("wie teuer ist die lieferung")).isNull();
        double[] s = withConcepts.scores("wie teuer ist die lieferung");
        assertThat(s[0]).isGreaterThan(0);
        assertThat(s[1]).isZero();
        assertThat(s[2]).isZero();
        assertThat(withConcepts.scores("Rücksendung")[1]).isGreaterThan(0);
        assertThat(withConcepts.scores("Rücksendung")[0]).isZero();

        // a concept counts below the word itself, and a shared word is not counted again as its concept
        assertThat(withConcepts.scores("lieferung")[0]).isLessThan(withConcepts.scores("versand")[0]);
        assertThat(withConcepts.scores("versand")[0]).isEqualTo(wordsOnly.scores("versand")[0]);

        // nothing in common at all: the head's probabilities stay
        assertThat(withConcepts.scores("Wie wird das Wetter morgen?")).isNull();
        assertThat(LexicalScores.inLanguage(faq, "de", 5, 0).scores("wie teuer ist die lieferung")).isNull();
    }
}
