package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A follow-up that asks another facet of the topic (how long, from what age, what is included) never gets an answer
 * that does not state it (issue 61; set 13's fr 1.2 "et ça prend combien de temps" got the screen prices again, pt 1.2
 * "e isso já traz prancha e fato?" the rental prices, pt 1.3 "o meu puto tem 7, pode ir tambem?" the rental prices once
 * more). New sentences, a bike shop and a surf school, seven languages; fake retrieval scripted as the packaged bot
 * read set 13's turns (the follow-up alone finds the facet's entry, or nothing; read with the question answered, the
 * entry given or one that names the follow-up's things).
 */
class FacetFollowUpTest {

    private static final Map<String, String> DAYS = Map.of("en", "2 days", "de", "2 Tagen", "es", "2 días", "fr",
            "2 jours", "it", "2 giorni", "pt", "2 dias", "nl", "2 dagen");
    private static final Map<String, String> INCLUDED = Map.of("en", "included", "de", "inklusive", "es", "incluidos",
            "fr", "inclus", "it", "inclusi", "pt", "incluídos", "nl", "inbegrepen");
    private static final Map<String, String> AGE = Map.of("en", "from 8 years old", "de", "ab 8 Jahren", "es",
            "desde los 8 años", "fr", "à partir de 8 ans", "it", "dai 8 anni", "pt", "a partir dos 8 anos", "nl",
            "vanaf 8 jaar");

    /** How long, after the price: the entry that says how long, not the price again (fr 1.2). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a new chain on my bike     | and how long will that take
            de | was kostet eine neue kette am rad       | und wie lange dauert das
            es | cuanto sale una cadena nueva pa la bici | y cuanto tiempo tarda eso
            fr | c'est combien une chaîne neuve          | et ça dure combien de temps
            it | quanto costa una catena nuova           | e quanto tempo ci vuole
            pt | quanto custa uma corrente nova          | e quanto tempo demora isso
            nl | wat kost een nieuwe ketting             | en hoe lang duurt dat
            """)
    void howLongAfterThePriceGetsTheEntryThatSaysHowLong(String language, String first, String followUp) {
        FaqMatch price = new FaqMatch(11, "Chain price?", "A new chain costs 25 €, fitted.", 0.62);
        FaqMatch time = new FaqMatch(12, "Repair time?", "Most repairs are ready in " + DAYS.get(language) + ".", 0.74);
        FaqMatch hours = new FaqMatch(13, "Opening hours?", "Open Monday to Saturday.", 0.55);
        FakeSearch search = new FakeSearch().confident(lookup(language, first), price, hours)
                .confident(lookup(language, followUp), time, price, hours)
                .confident(lookup(language, first) + " " + lookup(language, followUp), price, hours, time);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(time.entryId()));
    }

    /**
     * What is included, after the lesson price: the entry that says what is included, not the rental prices that name
     * the board and the wetsuit (pt 1.2).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a group surf lesson   | does that come with a board and a wetsuit?
            de | was kostet ein surfkurs in der gruppe | sind brett und anzug da inklusive?
            es | cuanto cuesta una clase de surf   | y eso incluye tabla y traje?
            fr | combien coûte un cours de surf    | et la planche et la combi c'est compris ?
            it | quanto costa una lezione di surf  | e tavola e muta sono comprese?
            pt | quanto custa uma aula de surf     | e isso inclui prancha e fato?
            nl | wat kost een surfles              | zit de plank en het pak erbij?
            """)
    void whatIsIncludedGetsTheEntryThatSaysWhatIsIncluded(String language, String first, String followUp) {
        FaqMatch lesson = new FaqMatch(21, "Lesson price?", "A group lesson is 35 €.", 0.6);
        FaqMatch rental = new FaqMatch(22, "Board and wetsuit rental?", "Board 15 €/day, wetsuit 10 €/day.", 0.72);
        FaqMatch included = new FaqMatch(23, "In the lesson?", "Board, wetsuit and insurance are "
                + INCLUDED.get(language) + ".", 0.63);
        FakeSearch search = new FakeSearch().confident(lookup(language, first), lesson, rental)
                .confident(lookup(language, followUp), rental, included, lesson)
                .confident(lookup(language, first) + " " + lookup(language, followUp), rental, lesson, included);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(included.entryId()));
    }

    /**
     * A child's age, after the lesson price, no reading finding the age entry: never the rental prices (pt 1.3); the
     * entries the facet's plain words find with the follow-up, as choices, the age entry first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a group surf lesson   | my daughter is 6, can she join?
            de | was kostet ein surfkurs in der gruppe | meine tochter ist 6, darf sie mit?
            es | cuanto cuesta una clase de surf   | mi hija tiene 6, puede ir?
            fr | combien coûte un cours de surf    | ma fille a 6 ans, elle peut venir ?
            it | quanto costa una lezione di surf  | mia figlia ha 6 anni, può venire?
            pt | quanto custa uma aula de surf     | a minha filha tem 6, pode ir?
            nl | wat kost een surfles              | mijn dochter is 6, mag ze mee?
            """)
    void aChildsAgeNeverGetsAnAnswerThatSaysNoAge(String language, String first, String followUp) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch lesson = new FaqMatch(21, "Lesson price?", "A group lesson is 35 €.", 0.6);
        FaqMatch rental = new FaqMatch(22, "Board and wetsuit rental?", "Board 15 €/day, wetsuit 10 €/day.", 0.66);
        FaqMatch cancel = new FaqMatch(24, "Can I cancel?", "Free until the day before.", 0.55);
        FaqMatch age = new FaqMatch(25, "Minimum age?", "Lessons are " + AGE.get(language) + ".", 0.6);
        String words = Facets.asked(followUp, lang).orElseThrow().words();
        FakeSearch search = new FakeSearch().confident(lookup(language, first), lesson, rental)
                .unsure(lookup(language, followUp), cancel, rental)
                .confident(lookup(language, first) + " " + lookup(language, followUp), rental, lesson, cancel)
                .unsure(lookup(language, followUp) + " " + words, age, rental);
        DialogueFlow flow = flow(search, language);
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices().get(0).entryId()).isEqualTo(age.entryId()));
    }

    /** The facet asked is in the answer given: it stays ("and how long does it take" after "ready in 2 days"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a new chain on my bike     | and how long will that take
            fr | c'est combien une chaîne neuve          | et ça dure combien de temps
            nl | wat kost een nieuwe ketting             | en hoe lang duurt dat
            """)
    void aFacetTheAnswerGivenStatesKeepsThatAnswer(String language, String first, String followUp) {
        FaqMatch both = new FaqMatch(14, "Chain?", "A new chain costs 25 €, ready in " + DAYS.get(language) + ".", 0.7);
        FaqMatch time = new FaqMatch(12, "Repair time?", "Most repairs are ready in " + DAYS.get(language) + ".", 0.74);
        FakeSearch search = new FakeSearch().confident(lookup(language, first), both, time)
                .confident(lookup(language, followUp), time, both)
                .confident(lookup(language, first) + " " + lookup(language, followUp), both, time);
        DialogueFlow flow = flow(search, language);
        flow.says(first);
        assertThat(flow.says(followUp).main()).as(followUp).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry().entryId()).isEqualTo(both.entryId()));
    }
}
