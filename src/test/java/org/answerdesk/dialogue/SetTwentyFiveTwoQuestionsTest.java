package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 25's second question after a question's mark dropped in silence (issue 61; it 1.1 "quanto mi costa il
 * tagliando …? ci vuole tanto?", en 1.3 "… can you wrap it up nice? or is there a shop in cardiff …"): the whole
 * message was confident of the first question's entry and answered it alone. Now the words after the mark, where
 * they are a need of their own ({@link OwnNeed}), get their answer or their choices. Sentences written for this test,
 * seven languages, scripted retrieval; counter-rows: a statement of the question's case after the mark, the question
 * said again, a second reading the whole message does not lean to.
 */
class SetTwentyFiveTwoQuestionsTest {

    private static final FaqMatch WRAP = new FaqMatch(951, "Can I add gift wrapping?", "At checkout.", 0.8);
    private static final FaqMatch STORE = new FaqMatch(952, "Do you have a physical store?", "Online only.", 0.6);
    private static final FaqMatch CARDS = new FaqMatch(953, "Do you sell gift cards?", "Yes.", 0.5);
    private static final FaqMatch COUNTRIES = new FaqMatch(954, "Which countries do you ship to?", "EU.", 0.5);
    private static final FaqMatch PRICE = new FaqMatch(955, "How much is a service?", "From 120.", 0.8);
    private static final FaqMatch TIME = new FaqMatch(956, "How long does it take?", "Same day.", 0.7);

    /** "can you gift wrap it? or is there a shop where i could pick it up": the wrapping, then the shop first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can you gift wrap the blue mug? or is there a shop in leeds where i could pick it up
            de | könnt ihr die blaue tasse als geschenk einpacken? oder gibt es einen laden in köln zum abholen
            fr | vous pouvez emballer la tasse bleue en cadeau ? ou y a-t-il une boutique à lyon pour la récupérer
            it | potete incartare la tazza blu come regalo? oppure c'è un negozio a torino dove ritirarla
            es | podéis envolver la taza azul para regalo? o hay una tienda en valencia donde recogerla
            nl | kunnen jullie de blauwe mok als cadeau inpakken? of is er een winkel in utrecht om hem op te halen
            pt | vocês embrulham a caneca azul para presente? ou há uma loja no porto onde a possa levantar
            """)
    void aQuestionAfterTheMarkGetsItsChoicesBesideTheAnswer(String language, String message) {
        List<String> halves = halves(message);
        FakeSearch search = new FakeSearch().confident(lookup(language, message), WRAP, STORE, COUNTRIES)
                .confident(lookup(language, halves.get(0)), WRAP, CARDS, COUNTRIES)
                .unsure(lookup(language, halves.get(1)), STORE, CARDS, COUNTRIES);
        Decision d = flow(search, language).says(message);
        assertThat(d.actions().get(0)).as(message + " -> " + d.actions()).isInstanceOfSatisfying(
                Action.FaqAnswer.class, a -> assertThat(a.entry().entryId()).isEqualTo(WRAP.entryId()));
        assertThat(entries(d)).as(message + " -> " + d.actions()).startsWith(WRAP.entryId(), STORE.entryId());
    }

    /** "how much is the service on my bike? is it quick?": a marked question of three words, both answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is the yearly service on my scooter? is it quick?
            de | was kostet die jährliche inspektion für meinen roller? dauert das lange?
            fr | combien coûte la révision annuelle de mon scooter ? ça prend longtemps ?
            it | quanto costa la revisione annuale del mio scooter? serve molto tempo?
            es | cuánto cuesta la revisión anual de mi moto? tarda mucho tiempo?
            nl | wat kost de jaarlijkse beurt van mijn scooter? duurt dat lang?
            pt | quanto custa a revisão anual da minha mota? demora muito tempo?
            """)
    void aShortMarkedQuestionAfterAQuestionIsAnsweredToo(String language, String message) {
        List<String> halves = halves(message);
        FakeSearch search = new FakeSearch().confident(lookup(language, message), PRICE, TIME, COUNTRIES)
                .confident(lookup(language, halves.get(0)), PRICE, TIME, COUNTRIES)
                .confident(lookup(language, halves.get(1)), TIME, COUNTRIES, PRICE);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(PRICE.entryId(), TIME.entryId());
    }

    /** "do you ship to norway? my sister lives in oslo": the question's case, though the FAQ finds another entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can you gift wrap the blue mug? my sister has her birthday on friday
            de | könnt ihr die blaue tasse als geschenk einpacken? meine schwester hat am freitag geburtstag
            fr | vous pouvez emballer la tasse bleue en cadeau ? ma soeur a son anniversaire vendredi
            it | potete incartare la tazza blu come regalo? mia sorella compie gli anni venerdì
            es | podéis envolver la taza azul para regalo? es para el cumple de mi hermana
            nl | kunnen jullie de blauwe mok als cadeau inpakken? mijn zus is vrijdag jarig
            pt | vocês embrulham a caneca azul para presente? é para os anos da minha irmã
            """)
    void aStatementAfterTheMarkStaysWithTheQuestion(String language, String message) {
        List<String> halves = halves(message);
        FakeSearch search = new FakeSearch().confident(lookup(language, message), WRAP, STORE, COUNTRIES)
                .confident(lookup(language, halves.get(0)), WRAP, CARDS, COUNTRIES)
                .unsure(lookup(language, halves.get(1)), STORE, CARDS, COUNTRIES);
        Decision d = flow(search, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(WRAP.entryId());
    }

    /**
     * The words after the mark read the question's entry again ("how much is the service? cheaper in winter?", three words Parts#of leaves with the question), or an
     * entry the whole message does not lean to: one answer.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is the yearly service on my scooter? cheaper in winter?
            de | was kostet die jährliche inspektion für meinen roller? im winter billiger?
            fr | combien coûte la révision annuelle de mon scooter ? moins cher l'hiver?
            it | quanto costa la revisione annuale del mio scooter? costa meno d'inverno?
            es | cuánto cuesta la revisión anual de mi moto? baja en invierno?
            nl | wat kost de jaarlijkse beurt van mijn scooter? goedkoper in winter?
            pt | quanto custa a revisão anual da minha mota? baixa no inverno?
            """)
    void theQuestionAskedAgainOrAReadingTheWholeDoesNotLeanToIsOneAnswer(String language, String message) {
        List<String> halves = halves(message);
        FakeSearch again = new FakeSearch().confident(lookup(language, message), PRICE, TIME, COUNTRIES)
                .confident(lookup(language, halves.get(0)), PRICE, TIME, COUNTRIES)
                .confident(lookup(language, halves.get(1)), PRICE, CARDS, TIME);
        Decision d = flow(again, language).says(message);
        assertThat(entries(d)).as(message + " -> " + d.actions()).containsExactly(PRICE.entryId());
        FakeSearch elsewhere = new FakeSearch().confident(lookup(language, message), PRICE, TIME, COUNTRIES)
                .confident(lookup(language, halves.get(0)), PRICE, TIME, COUNTRIES)
                .unsure(lookup(language, halves.get(1)), CARDS, STORE, WRAP);
        Decision e = flow(elsewhere, language).says(message);
        assertThat(entries(e)).as(message + " -> " + e.actions()).containsExactly(PRICE.entryId());
    }

    private static List<String> halves(String message) {
        int mark = message.indexOf('?') + 1; // the question with its mark, then the words after it
        return List.of(message.substring(0, mark).strip(), message.substring(mark).strip());
    }

    private static List<Long> entries(Decision d) {
        return SetTwentyTwoTwoQuestionsTest.entries(d);
    }
}
