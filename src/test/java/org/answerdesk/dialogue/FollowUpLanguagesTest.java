package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Follow-ups in every shipped language ("und in die Schweiz?", "¿y a Canarias?", "et pour les cours particuliers ?"):
 * read as a continuation and reduced to what they change, on the development and held-out sets
 * ({@code dialogue/lang/followups-*.tsv}: two-turn follow-ups and second turns that are none, written before the
 * rules; the held-out third is reported, never tuned on), and scripted: a follow-up never opens a ticket by itself.
 */
class FollowUpLanguagesTest {

    record Row(String language, String previous, String message, String changed) {

        boolean followUp() {
            return !changed.equals("-");
        }
    }

    static List<Row> rows(String part) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = FollowUpLanguagesTest.class.getResourceAsStream("/dialogue/lang/followups-" + part
                + ".tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                rows.add(new Row(f[0], f[1], f[2], f[3]));
            }
        }
        return rows;
    }

    /** What is wrong with the reading of a row; null when it is read right. */
    static String wrong(Row row) {
        Locale language = Locale.forLanguageTag(row.language());
        boolean continues = Parts.continues(row.message(), language);
        if (continues != row.followUp()) {
            return row.message() + " -> " + (continues ? "a continuation" : "no continuation");
        }
        if (!row.followUp()) {
            return null;
        }
        Set<String> changed = FollowUps.changed(Cleanup.forLookup(row.message(), language),
                Cleanup.forLookup(row.previous(), language), language);
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(row.changed().split(" ")));
        return changed.equals(expected) ? null : row.message() + " changes " + changed + " (not " + expected + ")";
    }

    /** Prints each language's figures on both parts (docs/dialogue.md) and holds the development part to 90%. */
    @Test
    void theDevelopmentSetsAreReadRight() throws IOException {
        List<String> below = new ArrayList<>();
        for (String part : List.of("dev", "heldout")) {
            List<Row> all = rows(part);
            for (String language : all.stream().map(Row::language).distinct().toList()) {
                List<Row> rows = all.stream().filter(r -> r.language().equals(language)).toList();
                List<String> wrong = rows.stream().map(FollowUpLanguagesTest::wrong).filter(w -> w != null).toList();
                System.out.printf("follow-ups %s %s %d/%d %s%n", language, part, rows.size() - wrong.size(),
                        rows.size(), wrong);
                if (part.equals("dev") && rows.size() - wrong.size() < Math.ceil(rows.size() * 0.9)) {
                    below.add(language + " " + wrong);
                }
            }
        }
        assertThat(below).as("development sets read below 90%").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Was kostet der Versand?             | und in die Schweiz?                | schweiz
            de | Welche Zahlungsarten gibt es?       | und was ist mit Klarna?            | klarna
            de | Wie lange dauert der Versand?       | und nach Osterreich?               | osterreich
            es | ¿Qué formas de pago aceptan?        | ¿y qué tal con Bizum?              | bizum
            fr | Combien coûte un cours ?            | et pour les cours particuliers ?   | particuliers
            it | Quanto costa la spedizione?         | e per la Svizzera?                 | svizzera
            pt | Quanto custa o envio?               | também para Espanha?               | espanha
            nl | Welke betaalmethoden accepteren jullie? | en hoe zit het met iDEAL?       | ideal
            """)
    void aFollowUpChangesOnlyItsThing(String language, String previous, String message, String thing) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(Parts.continues(message, lang)).isTrue();
        assertThat(FollowUps.changed(Cleanup.forLookup(message, lang), Cleanup.forLookup(previous, lang), lang))
                .containsExactly(thing);
    }

    private static final FaqMatch COST = new FaqMatch(21, "Was kostet der Versand?",
            "Der Versand innerhalb Deutschlands kostet 4,90 €. In die EU berechnen wir 9,90 €.", 0.9);
    private static final FaqMatch TIME = new FaqMatch(22, "Wie lange dauert der Versand?",
            "In Deutschland 2-3 Werktage, in die Schweiz und nach Österreich 4-7 Werktage.", 0.6);
    /** An entry of the topic that names no place. */
    private static final FaqMatch DURATION = new FaqMatch(24, "Wie lange dauert der Versand?", "2-3 Werktage.", 0.6);
    private static final FaqMatch PAYMENT = new FaqMatch(23, "Welche Zahlungsarten gibt es?",
            "PayPal, Kreditkarte und Klarna.", 0.5);

    /** A follow-up whose change an entry of the topic names is answered by that entry, in German as in English. */
    @Test
    void aGermanFollowUpIsAnsweredByTheEntryThatNamesItsChange() {
        Locale de = Locale.GERMAN;
        FakeSearch search = new FakeSearch();
        String before = Cleanup.forLookup("Was kostet der Versand?", de);
        String followUp = Cleanup.forLookup("und in die Schweiz?", de);
        search.confident(before, COST).unsure(followUp, PAYMENT).confident(before + " " + followUp, COST, TIME);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(de));
        flow.says("Was kostet der Versand?");
        Decision d = flow.says("und in die Schweiz?");
        assertThat(d.main()).isInstanceOfSatisfying(Action.FaqAnswer.class, a -> assertThat(a.entry()).isEqualTo(TIME));
    }

    /**
     * A follow-up no entry answers is never a ticket by itself: the topic's entries as choices ("did you mean", the
     * entry just given first, as the topic carries; not entries of the message alone), else the offer of a person.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Was kostet der Versand?              | und in die Schweiz?
            es | ¿Cuánto cuestan los gastos de envío? | ¿y a Canarias?
            fr | Combien coûte la livraison ?         | et pour la Corse ?
            it | Quanto costa la spedizione?          | e per la Svizzera?
            pt | Quanto custa o envio?                | e para a Madeira?
            nl | Wat kost de verzending?              | en naar België?
            en | How much is shipping?                | and to Norway?
            """)
    void aFollowUpNoEntryNamesOffersTheTopicNotATicket(String language, String previous, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch();
        String before = Cleanup.forLookup(previous, lang);
        String followUp = Cleanup.forLookup(message, lang);
        search.confident(before, COST).far(followUp, PAYMENT).confident(before + " " + followUp, COST, DURATION);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says(previous);
        Decision d = flow.says(message);
        assertThat(d.main().handsOver()).as("no ticket").isFalse();
        assertThat(d.main()).isInstanceOfSatisfying(Action.Clarify.class, c -> assertThat(c.choices())
                .containsExactly(COST, DURATION));
    }

    @Test
    void aFollowUpWithNothingOfTheTopicToOfferGetsTheOfferOfAPerson() {
        Locale es = Locale.forLanguageTag("es");
        FakeSearch search = new FakeSearch();
        String before = Cleanup.forLookup("¿Cuánto cuestan los gastos de envío?", es);
        String followUp = Cleanup.forLookup("¿y a Canarias?", es);
        search.confident(before, COST).far(followUp, PAYMENT).confident(before + " " + followUp, COST);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(es));
        flow.says("¿Cuánto cuestan los gastos de envío?");
        assertThat(flow.says("¿y a Canarias?").main()).isInstanceOf(Action.OfferPerson.class);
        assertThat(flow.says("sí").main()).as("the yes accepts it").isInstanceOf(Action.Handoff.class);
    }

    @Test
    void aNewQuestionAfterAnAnswerIsNoContinuation() {
        Locale de = Locale.GERMAN;
        FakeSearch search = new FakeSearch();
        search.confident(Cleanup.forLookup("Was kostet der Versand?", de), COST)
                .far(Cleanup.forLookup("Mein Paket ist nie angekommen", de), PAYMENT);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(de));
        flow.says("Was kostet der Versand?");
        assertThat(main(flow.says("Mein Paket ist nie angekommen"), Action.OfferPerson.class).why())
                .as("a question no entry answers: the offer of a person").isEqualTo(Action.OfferPerson.Why.NOT_FOUND);
    }
}
