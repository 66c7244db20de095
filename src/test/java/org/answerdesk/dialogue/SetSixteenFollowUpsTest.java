package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 16's follow-ups that lost the topic and its two questions in one message of which one was answered (issue 61
 * item 2), each class in the seven shipped languages with sentences written for this test:
 * <ul>
 * <li>two questions typed as one sentence, the second opening with words the "and" split does not know (it 7.1 "a che
 * ora aprite e si paga cu bancomat?") or after a regional "and" (de 7.1 "… offa ond nemmet ihr karte?"): both
 * answered where each side is confident of its own entry;</li>
 * <li>a short follow-up with a word no entry knows after an answer (it 7.2 "e a ferragosto?" after the hours): the
 * topic's entry among the choices, first;</li>
 * <li>a facet asked after choices (de 1.2 "ond wie lang brauchet ihr do drfir", fr 7.3 "et pour un poêle à pellets
 * c'est le même prix?"): the entry that states it leads the choices, and an answer that does not state it is
 * replaced by the one that does;</li>
 * <li>"and how soon is it ready", without a question mark, after an answer (nl 1.2): a question, answered, never
 * "nothing more in our help answers".</li>
 * </ul>
 */
class SetSixteenFollowUpsTest {

    private static final FaqMatch HOURS = new FaqMatch(101, "When are you open?",
            "Tuesday to Saturday 9:00-18:00, closed on Sundays and public holidays.", 0.8);
    private static final FaqMatch PAY = new FaqMatch(102, "Which payment methods do you accept?",
            "Cash, debit cards and credit cards.", 0.7);
    private static final FaqMatch PRICE = new FaqMatch(103, "What does a service cost?",
            "A service is 69 €, parts extra.", 0.6);
    private static final FaqMatch GUARD = new FaqMatch(104, "Is there a lifeguard?", "Yes, all day.", 0.5);
    private static final FaqMatch DURATION = new FaqMatch(105, "How long does a repair take?",
            "Allow 3 to 5 working days.", 0.6);
    private static final FaqMatch PELLET = new FaqMatch(106, "Do you service pellet stoves?",
            "Yes: a pellet stove service is 120 €.", 0.6);
    private static final FaqMatch PREP = new FaqMatch(107, "How do I get ready for your visit?",
            "Clear the space around the stove.", 0.5);
    private static final FaqMatch HEELS = new FaqMatch(108, "What do new heels cost?",
            "New heels are 25 €, ready in 2 working days.", 0.8);

    /** Each side confident of an entry of its own, both near the whole message: both answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | are you open late on thursdays   | and | take cheques at the counter?
            de | habt ihr am samstag vormittag auf | und | zahlt man dort auch bar?
            de | macht ihr am montag früh auf      | ond | nehmet ihr au bargeld?
            es | a qué hora cierran los sábados    | y   | se paga con débito?
            fr | vous fermez à quelle heure le samedi | et | ça se paie par carte ?
            it | fino a che ora state aperti la domenica | e | accettano il pos?
            pt | até que horas abrem no sábado     | e   | dá pra pagar no cartão?
            nl | zijn jullie zaterdag lang open    | en  | betaal ik daar met de kaart?
            """)
    void twoQuestionsInOneSentenceAreBothAnswered(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), HOURS, PAY, PRICE)
                .confident(lookup(language, first), HOURS).confident(lookup(language, second), PAY);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions()).as(message).filteredOn(Action.FaqAnswer.class::isInstance)
                .extracting(a -> ((Action.FaqAnswer) a).entry().entryId())
                .containsExactly(HOURS.entryId(), PAY.entryId());
    }

    /** A side whose entry the whole message is nowhere near: one question, read whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i ordered the red mug | and | it arrived broken today
            de | ich habe die tasse bestellt | und | sie kam kaputt an
            """)
    void aStatementAndItsSequelStayOneQuestion(String language, String first, String and, String second) {
        String message = first + " " + and + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), PRICE, GUARD, PREP)
                .confident(lookup(language, first), HOURS).confident(lookup(language, second), PAY);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions()).as(message).filteredOn(Action.FaqAnswer.class::isInstance)
                .extracting(a -> ((Action.FaqAnswer) a).entry().entryId()).containsExactly(PRICE.entryId());
    }

    /** A word of its own no entry knows: the topic's entry leads the choices (or answers, where it names the word). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | when are you open?         | and on boxing day?
            de | wann habt ihr offen?       | und an pfingsten?
            es | qué horario tienen?        | y en navidad?
            fr | vous êtes ouverts quand ?  | et à l'ascension ?
            it | che orari fate?            | e a pasquetta?
            pt | qual é o horário de vocês? | e no carnaval?
            nl | wanneer zijn jullie open?  | en op paasmaandag?
            """)
    void aShortFollowUpKeepsTheTopicAmongTheChoices(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), HOURS)
                .unsure(lookup(language, followUp), PAY, PRICE, GUARD)
                .confident(lookup(language, first) + " " + lookup(language, followUp), HOURS, PAY);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        Action next = flow.says(followUp).main();
        List<Long> offered = next instanceof Action.Clarify c ? c.choices().stream().map(FaqMatch::entryId).toList()
                : next instanceof Action.FaqAnswer a ? List.of(a.entry().entryId()) : List.of();
        assertThat(offered).as(followUp + " -> " + next).startsWith(HOURS.entryId());
    }

    /** After choices, "and how long does that take": the choice that says how long leads. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you fix ride-on mowers too              | and how long does that take
            de | repariert ihr auch aufsitzmäher            | und wie lange dauert das dann
            es | arreglan cortadoras de pasto a nafta       | y cuánto tarda eso
            fr | vous réparez les tondeuses autoportées     | et ça prend combien de temps
            it | riparate anche i trattorini tagliaerba     | e quanto ci vuole
            pt | vocês consertam cortador de grama a gasolina | e quanto tempo demora isso
            nl | herstellen jullie ook zitmaaiers           | en hoe lang duurt dat dan
            """)
    void aFacetAskedAfterChoicesLeadsWithTheChoiceThatStatesIt(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), PRICE, PREP, GUARD)
                .unsure(lookup(language, followUp), PREP, DURATION, PAY);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        Action next = flow.says(followUp).main();
        List<Long> offered = next instanceof Action.Clarify c ? c.choices().stream().map(FaqMatch::entryId).toList()
                : next instanceof Action.FaqAnswer a ? List.of(a.entry().entryId()) : List.of();
        assertThat(offered).as(followUp + " -> " + next).startsWith(DURATION.entryId());
    }

    /** After choices, a price asked gets an entry that states a price, never the duration's answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what should i do before you come            | and for a pellet stove is it the same price?
            de | was muss ich vorbereiten bevor ihr kommt   | und für einen pelletofen kostet das gleich viel?
            es | qué tengo que preparar antes de que vengan  | y para una estufa a pellets cuesta lo mismo?
            fr | je dois préparer quoi avant votre passage   | et pour un poêle à granulés c'est le même tarif ?
            it | cosa devo preparare prima che veniate       | e per una stufa a pellet costa uguale?
            pt | o que preparo antes de vocês virem          | e pra uma salamandra a pellets o preço é o mesmo?
            nl | wat moet ik klaarzetten voor jullie komen   | en voor een pelletkachel is de prijs hetzelfde?
            """)
    void aPriceAskedAfterChoicesGetsAnEntryThatStatesIt(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), PREP, HOURS, GUARD)
                .confident(lookup(language, followUp), DURATION, PELLET);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(PELLET.entryId()));
    }

    /**
     * "and when is it ready" with no question mark, after the answer that says so: a question of the topic (its
     * answer or the topic's choices), never "nothing more in our help answers".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much are new heels              | and when is that done then
            de | was kosten neue absätze             | und ab wann kann ich die abholen
            es | cuánto salen tapas nuevas           | y pa cuándo lo tienen
            fr | combien pour des talons neufs       | et quand c'est prêt alors
            it | quanto costano dei tacchi nuovi     | e per quando ce l'avete pronto
            pt | quanto custa salto novo             | e pra quando fica pronto
            nl | hoeveel kosten nieuwe hakken        | en wanneer is dat klaar dan
            """)
    void andWhenWithoutAQuestionMarkIsAQuestion(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().confident(lookup(language, first), HEELS)
                .unsure(lookup(language, followUp), DURATION, PREP)
                .confident(lookup(language, first) + " " + lookup(language, followUp), HEELS, DURATION);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isNotInstanceOf(Action.OfferPerson.class);
    }
}
