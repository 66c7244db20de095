package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 14's classes on the follow-up side (issue 61), each in the seven shipped languages with sentences written for
 * this test: "how long?" before any handover, after the bot offered a person (en 5.5, nl 3.4, es 3.4, pt 3.4 got an
 * FAQ entry about durations or unrelated choices); a vague message that names one thing ("my order", "ik heb ne vraag
 * over mijn meubels": one entry answered outright); two questions of which the FAQ answered one and dropped the other
 * (pt 7.1 "tem cerveja? e onde estaciona o povo?", it 7.1 both unsure).
 */
class SetFourteenFollowUpsTest {

    private static final FaqMatch DURATION = new FaqMatch(41, "How long does a repair take?", "3 to 5 days.", 0.8);
    private static final FaqMatch TRACKING = new FaqMatch(42, "Where is my order?", "See the tracking link.", 0.8);
    private static final FaqMatch CHANGE = new FaqMatch(43, "Can I change my order?", "Within 2 hours.", 0.7);
    private static final FaqMatch CANCEL = new FaqMatch(44, "Can I cancel my order?", "Before dispatch.", 0.6);
    private static final FaqMatch PARKING = new FaqMatch(45, "Where can I park?", "Free car park behind.", 0.8);
    private static final FaqMatch PAYMENT = new FaqMatch(46, "How can I pay?", "Cash and cards.", 0.8);
    private static final FaqMatch DRINKS = new FaqMatch(47, "Do you serve drinks?", "Soft drinks and beer.", 0.7);

    /**
     * After the bot offered a person (no handover yet), "how long?" asks when someone helps: the bot says no one of
     * the team has it yet and offers one, never the FAQ's durations. After an answer it still asks of the topic.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long will that take then
            en | how long's it gonna be
            de | wie lang dauert des eigentlich noch
            es | y cuanto va a tardar esto?
            fr | ça va être long encore ?
            it | ci vuole tanto ancora?
            pt | vai demorar muito ainda?
            nl | duurt dat nog lang eigenlijk
            """)
    void howLongAfterAnOfferOfAPersonIsNotAnEntry(String language, String howLong) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(howLong, DURATION).confident(lookup(language, howLong),
                DURATION);
        DialogueState offered = DialogueState.fresh(lang).withPersonOffered()
                .after(new LastReply(false, null, "offer", "something else"));
        assertThat(new DialogueFlow(search, offered).says(howLong).main()).as(howLong)
                .isEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.NOT_YET));

        DialogueState answered = DialogueState.fresh(lang).withPersonOffered()
                .after(new LastReply(true, DURATION.entryId(), DURATION.answer(), "repair"));
        assertThat(new DialogueFlow(search, answered).says(howLong).main()).as(howLong)
                .isNotEqualTo(new Action.OfferPerson(Action.OfferPerson.Why.NOT_YET));
    }

    /** Asked without an offer or a push-back before, "how long?" is a question like any other. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long will that take then
            nl | duurt dat nog lang eigenlijk
            """)
    void howLongWithNoOfferIsAQuestion(String language, String howLong) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(howLong, DURATION).confident(lookup(language, howLong),
                DURATION);
        DialogueState choices = DialogueState.fresh(lang).after(new LastReply(false, null, "choices", "repair"));
        assertThat(new DialogueFlow(search, choices).says(howLong).main()).isInstanceOf(Action.FaqAnswer.class);
    }

    /**
     * How long until someone answers, asked with a person and a reply in a clitic form ("contestarme", "rispondermi",
     * "me atender"): a request for a person, never the FAQ's durations.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | y cuanto tardan en responderme alguien del equipo?
            it | quanto ci mette qualcuno a rispondermi?
            pt | quanto tempo até alguém me atender?
            """)
    void howLongUntilSomeoneAnswersAsksForAPerson(String language, String howLong) {
        FakeSearch search = new FakeSearch().confident(howLong, DURATION).confident(lookup(language, howLong),
                DURATION);
        assertThat(PersonRequest.asksForPerson(howLong, Locale.forLanguageTag(language))).as(howLong).isTrue();
        assertThat(DialogueFlow.flow(search, language).says(howLong).main()).as(howLong)
                .isInstanceOf(Action.Handoff.class);
    }

    /**
     * A message that names one thing ("my order", "I have a question about my delivery") is too vague for one entry:
     * the entry the FAQ found first and the next ones as choices.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my purchase
            en | i have a question about my delivery
            de | meine Bestellung
            de | ich hab mal ne frage zu meinem paket
            es | mi pedido
            es | tengo una duda sobre mi reserva
            fr | ma commande
            fr | j'ai une question sur ma livraison
            it | il mio ordine
            it | ho una domanda sul pagamento
            pt | minha encomenda
            pt | tenho uma dúvida sobre o pagamento
            nl | mijn bestelling
            nl | ik heb een vraag over de levering
            """)
    void oneThingNamedGetsChoices(String language, String vague) {
        FakeSearch search = new FakeSearch().confidentOtherwise(TRACKING, CHANGE, CANCEL);
        Action main = DialogueFlow.flow(search, language).says(vague).main();
        assertThat(main).as(vague).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(TRACKING, CHANGE));
        assertThat(Vague.bare(vague, Locale.forLanguageTag(language))).as(vague).isTrue();
    }

    /** A statement that says what it is about is answered as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my order still hasn't arrived
            de | meine Bestellung ist noch nicht angekommen
            nl | ik heb een vraag over de levering naar Gent morgen
            """)
    void aStatementThatSaysMoreIsAnswered(String language, String said) {
        FakeSearch search = new FakeSearch().confidentOtherwise(TRACKING, CHANGE, CANCEL);
        assertThat(DialogueFlow.flow(search, language).says(said).main()).as(said).isInstanceOf(Action.FaqAnswer.class);
    }

    /** A short question, then "and" another: two questions, each answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | got parking? and do you take cards at the till?          | got parking?         | do you take cards at the till?
            de | habt ihr parkplätze? und kann man mit karte zahlen?       | habt ihr parkplätze? | kann man mit karte zahlen?
            es | hay parking? y se puede pagar con tarjeta?               | hay parking?         | se puede pagar con tarjeta?
            fr | parking gratuit? et on peut payer par carte ?            | parking gratuit?     | on peut payer par carte ?
            it | c'è parcheggio? e si può pagare con la carta?           | c'è parcheggio?      | si può pagare con la carta?
            pt | tem estacionamento? e dá pra pagar no cartão?            | tem estacionamento?  | dá pra pagar no cartão?
            nl | is er parking? en kan ik met de kaart betalen?           | is er parking?       | kan ik met de kaart betalen?
            """)
    void aShortQuestionThenAnAndQuestionAreTwo(String language, String message, String first, String second) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(lookup(language, message), PAYMENT, PARKING)
                .confident(lookup(language, first), PARKING, PAYMENT)
                .confident(lookup(language, second), PAYMENT, PARKING);
        assertThat(Parts.of(message, lang)).containsExactly(first, second);
        Decision d = DialogueFlow.flow(search, language).says(message);
        assertThat(d.actions()).as(message).hasSize(2);
        assertThat(((Action.FaqAnswer) d.actions().get(0)).entry()).isEqualTo(PARKING);
        assertThat(d.main()).isInstanceOfSatisfying(Action.FaqAnswer.class,
                a -> assertThat(a.entry()).isEqualTo(PAYMENT));
    }

    /** Two questions the FAQ is unsure of: the choices lead with each one's likeliest entry, none dropped. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i bring my own drinks along? and is there somewhere to leave the car?
            de | darf man eigene getränke mitbringen? und wo stellt man das auto ab?
            es | se puede traer bebida de casa? y donde se deja el coche?
            fr | est-ce qu'on peut amener nos boissons? et on se gare où avec la voiture?
            it | posso portare da bere da casa? e dove si lascia la macchina?
            pt | posso levar bebida de casa? e onde é que se deixa o carro?
            nl | mogen we zelf drank meebrengen? en waar kunnen we de auto kwijt?
            """)
    void twoUnsureQuestionsAreBothAskedAbout(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        java.util.List<String> parts = Parts.of(message, lang);
        assertThat(parts).as(message).hasSize(2);
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), DRINKS, PAYMENT)
                .unsure(lookup(language, parts.get(0)), DRINKS, PAYMENT, CANCEL)
                .unsure(lookup(language, parts.get(1)), PARKING, PAYMENT, CHANGE);
        Action main = DialogueFlow.flow(search, language).says(message).main();
        assertThat(main).as(message).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).startsWith(DRINKS, PARKING));
    }

    /** One part answered, the other unsure: its choices leave out the entry just answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | serve beer? and where do people park the car?       | serve beer?       | where do people park the car?
            de | gibts bier? und wo parkt man da am besten?          | gibts bier?       | wo parkt man da am besten?
            es | hay cerveza? y donde se aparca el coche?            | hay cerveza?      | donde se aparca el coche?
            fr | y a de la bière? et on se gare où exactement ?     | y a de la bière?  | on se gare où exactement ?
            it | avete birra? e dove si parcheggia la macchina?      | avete birra?      | dove si parcheggia la macchina?
            pt | rola cerveja? e onde a gente estaciona o carro?     | rola cerveja?     | onde a gente estaciona o carro?
            nl | is er bier? en waar kunnen we de auto zetten?       | is er bier?       | waar kunnen we de auto zetten?
            """)
    void theUnsurePartsChoicesLeaveOutTheEntryAnswered(String language, String message, String first, String second) {
        FakeSearch search = new FakeSearch().confident(lookup(language, message), PARKING, DRINKS)
                .unsure(lookup(language, first), DRINKS, PARKING)
                .confident(lookup(language, second), PARKING, DRINKS);
        Decision d = DialogueFlow.flow(search, language).says(message);
        assertThat(d.actions()).as(message).hasSize(2);
        assertThat(((Action.FaqAnswer) d.actions().get(0)).entry()).isEqualTo(PARKING);
        assertThat(d.main()).isInstanceOfSatisfying(Action.Clarify.class,
                c -> assertThat(c.choices()).containsExactly(DRINKS));
    }

    /** A short first "question" that reacts (a number echoed back, "??") is no question of its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 60 quid?? and is there no cheaper one?
            de | 80 euro?? und gibts nix billigeres?
            es | 3 semanas?? y no hay algo mas rapido?
            fr | 2 mois?? et vous avez rien de plus rapide ?
            it | 50 euro?? e non c'è niente di meno caro?
            pt | 4 dias?? e não tem nada mais rápido?
            nl | echt waar?? en is er niks goedkopers?
            """)
    void aShortReactionIsNoQuestionOfItsOwn(String language, String message) {
        assertThat(Parts.of(message, Locale.forLanguageTag(language))).containsExactly(message);
    }
}
