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
        assertThat(DE.concepts("Mond")).isEmpty();
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

    @Test
    void theEverydayAndRegionalWordsOfEveryTradeReadAsTheirConcepts() {
        assertThat(DE.concepts("Jause")).containsExactly("food"); // Austria
        assertThat(DE.concepts("Znüni")).containsExactly("food"); // Switzerland
        assertThat(DE.concepts("Goofe")).containsExactly("child");
        assertThat(DE.concepts("abstottern")).containsExactly("instalment");
        assertThat(DE.concepts("Tiefgarage")).containsExactly("parking");
        assertThat(DE.concepts("Regenjacke")).containsExactlyInAnyOrder("weather", "bring");
        ConceptLexicon fr = ConceptLexicon.forLanguage("fr");
        assertThat(fr.concepts("drache")).containsExactly("weather"); // Belgium
        assertThat(fr.concepts("mioches")).containsExactly("child");
        assertThat(fr.concepts("crevaison")).containsExactly("accident");
        assertThat(fr.concepts("stationnement")).containsExactly("parking");
        ConceptLexicon it = ConceptLexicon.forLanguage("it");
        assertThat(it.concepts("guaglione")).containsExactly("child"); // Naples
        assertThat(it.concepts("merenda")).containsExactly("food");
        assertThat(it.concepts("rateizzare")).containsExactly("instalment");
        assertThat(it.concepts("parabrezza")).containsExactly("glass");
        ConceptLexicon es = ConceptLexicon.forLanguage("es-MX");
        assertThat(es.concepts("escuincles")).containsExactly("child"); // Mexico
        assertThat(es.concepts("cabros")).containsExactly("child"); // Chile
        assertThat(es.concepts("colectivo")).containsExactly("transit"); // Argentina
        assertThat(es.concepts("parqueadero")).containsExactly("parking"); // Colombia
        assertThat(es.concepts("chaparrón")).containsExactly("weather");
        ConceptLexicon nl = ConceptLexicon.forLanguage("nl");
        assertThat(nl.concepts("koters")).containsExactly("child");
        assertThat(nl.concepts("kledij")).containsExactly("bring"); // Flanders
        assertThat(nl.concepts("valies")).containsExactly("luggage");
        assertThat(nl.concepts("laadpaal")).containsExactly("charging");
        ConceptLexicon pt = ConceptLexicon.forLanguage("pt");
        assertThat(pt.concepts("miúdos")).containsExactly("child"); // Portugal
        assertThat(pt.concepts("moleque")).containsExactly("child"); // Brazil
        assertThat(pt.concepts("garoa")).containsExactly("weather");
        assertThat(pt.concepts("parcelado")).containsExactly("instalment");
        assertThat(pt.concepts("autocarro")).containsExactly("transit");
    }

    @Test
    void aNearWordOfAnotherMeaningIsNotTakenForTheConcept() {
        assertThat(DE.concepts("hundert")).isEmpty(); // not "Hund"
        assertThat(DE.concepts("Quartier")).isEmpty(); // not "Tier"
        assertThat(DE.concepts("Alternative")).isEmpty(); // not "Alter"
        assertThat(DE.concepts("Kletterpark")).isEmpty(); // not "parken"
        assertThat(DE.concepts("Zeitspanne")).containsExactly("time"); // not "Panne"
        assertThat(DE.concepts("Trinkgeld")).doesNotContain("food");
        assertThat(DE.concepts("Zugang")).isEmpty();
        assertThat(DE.concepts("Österreich")).isEmpty(); // not "Ostern"
        ConceptLexicon fr = ConceptLexicon.forLanguage("fr");
        assertThat(fr.concepts("train")).isEmpty(); // "en train de"
        assertThat(fr.concepts("équipe")).isEmpty();
        assertThat(fr.concepts("allait")).isEmpty(); // not "allaiter"
        assertThat(fr.concepts("assurons")).isEmpty();
        ConceptLexicon it = ConceptLexicon.forLanguage("it");
        assertThat(it.concepts("sicuramente")).isEmpty();
        assertThat(it.concepts("porto")).isEmpty();
        assertThat(it.concepts("recuperare")).isEmpty(); // the password, as often as a lesson
        ConceptLexicon es = ConceptLexicon.forLanguage("es");
        assertThat(es.concepts("ninguno")).isEmpty(); // "niño" folds to "nino"
        assertThat(es.concepts("nevera")).isEmpty();
        assertThat(es.concepts("pesos")).isEmpty(); // the currency
        assertThat(es.concepts("parque")).isEmpty();
        ConceptLexicon nl = ConceptLexicon.forLanguage("nl");
        assertThat(nl.concepts("weer")).isEmpty(); // "again" as often as the weather
        assertThat(nl.concepts("laat")).isEmpty();
        assertThat(nl.concepts("starts")).isEmpty(); // no "arts" inside
        assertThat(nl.concepts("bevallen")).isEmpty();
        ConceptLexicon pt = ConceptLexicon.forLanguage("pt");
        assertThat(pt.concepts("chuveiro")).isEmpty(); // not "chuva"
        assertThat(pt.concepts("seguro")).isEmpty();
        assertThat(pt.concepts("atrás")).isEmpty(); // not "atraso"
    }
}
