package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A concession demanded after the bot's reply (issue 61, push50): "that's way too dear, i want 15 percent off" gets the
 * apology with "I can't agree to that here" ({@link Action.OfferPerson.Why#CONCESSION}), what the FAQ says and a
 * person, never bare "not sure" choices; an acknowledgement or a question about a discount is no demand, and nothing is
 * said again after an acknowledgement (push49's failure).
 */
class ConcessionTest {

    private static final FaqMatch PRICES = entry(81, "What does a cleaning cost?");
    private static final FaqMatch WINDOWS = entry(82, "Do you clean windows?");
    private static final FaqMatch CONTRACTS = entry(83, "Do you offer regular contracts?");

    /** Language | the first question | a demand for a concession after its answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a cleaning cost | that's way too dear for a two bed flat, i want 15 percent off and the oven done for free
            en | what does a cleaning cost | nah, knock 20% off and we have a deal
            de | was kostet eine reinigung | das ist mir viel zu teuer, ich will 15 prozent rabatt und den backofen gratis dazu
            fr | combien coûte un ménage | c'est trop cher pour un deux pièces, je veux une remise et le four gratuit
            it | quanto costa una pulizia | è troppo caro per un bilocale, voglio uno sconto del 15 % e il forno gratis
            es | cuánto cuesta una limpieza | no, es muy caro para un piso pequeño, quiero un descuento y el horno gratis
            nl | wat kost een schoonmaakbeurt | veel te duur voor een appartementje, ik wil 15 procent korting en de oven gratis erbij
            pt | quanto custa uma limpeza | não, é muito caro para um T2, quero um desconto e o forno de borla
            """)
    void aDemandAfterAnAnswerIsRefusedHonestlyWithTheRuleAndAPerson(String language, String first, String demand) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first),
                PRICES).unsureOtherwise(WINDOWS, CONTRACTS), language);
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(demand);
        assertThat(d.main()).as(demand + " -> " + d.main()).isInstanceOfSatisfying(Action.OfferPerson.class, o -> {
            assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.CONCESSION);
            assertThat(o.answer()).as("the rule just given").isNotNull();
            assertThat(o.answer().entry().entryId()).isEqualTo(PRICES.entryId());
        });
        assertThat(flow.state().handedOver()).isFalse();
    }

    /** After "did you mean" choices: the refusal with the demand's own choices and a person, not the choices alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how does it work for an office | too expensive, i want the windows free every month
            de | wie läuft das für ein büro | zu teuer, ich will die fenster jeden monat umsonst
            it | come funziona per un ufficio | troppo caro, voglio i vetri gratis ogni mese
            fr | comment ça marche pour un bureau | non, je veux les vitres gratuites chaque mois
            """)
    void aDemandAfterChoicesIsRefusedWithChoicesAndAPerson(String language, String first, String demand) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().unsure(DialogueFlow.lookup(language, first),
                PRICES, CONTRACTS).unsureOtherwise(WINDOWS, CONTRACTS), language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(demand);
        assertThat(d.main()).as(demand + " -> " + d.main()).isInstanceOfSatisfying(Action.OfferPerson.class, o -> {
            assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.CONCESSION);
            assertThat(o.choices()).extracting(FaqMatch::entryId).containsExactly(WINDOWS.entryId(),
                    CONTRACTS.entryId());
        });
    }

    /** An acknowledgement or an ambiguous yes after an answer: nothing refused, nothing said again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what does a cleaning cost | aye fine
            en | what does a cleaning cost | ok grand so
            en | what does a cleaning cost | ok great, free parking is a bonus
            de | was kostet eine reinigung | passt scho
            fr | combien coûte un ménage | bon ben d'accord
            it | quanto costa una pulizia | vabbè va bene
            es | cuánto cuesta una limpieza | ok dale
            nl | wat kost een schoonmaakbeurt | oké prima
            pt | quanto custa uma limpeza | tá bom então
            """)
    void anAcknowledgementIsNoDemandAndRestatesNothing(String language, String first, String ack) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first),
                PRICES).unsureOtherwise(WINDOWS, CONTRACTS), language);
        flow.says(first);
        Action main = flow.says(ack).main();
        assertThat(main instanceof Action.OfferPerson o && (o.why() == Action.OfferPerson.Why.CONCESSION
                || o.answer() != null)).as(ack + " -> " + main).isFalse();
        assertThat(main instanceof Action.FaqAnswer a && a.entry().entryId() == PRICES.entryId())
                .as(ack + " -> " + main).isFalse();
    }

    /** A demand, and questions or thanks naming a discount, which are none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | true  | no way, match the price of the shop down the road
            en | true  | i need a discount for the trouble
            de | true  | nee, als stammkunde will ich einen nachlass
            it | true  | troppo salato, voglio il 20 % in meno
            es | true  | demasiado caro, quiero que me lo dejen gratis
            nl | true  | te duur, ik wil korting
            pt | true  | nao, quero desconto de 10 por cento
            en | false | do you give a discount to students?
            en | false | i want to know if the second visit is free
            en | false | great, free delivery then, thanks
            de | false | gibt es rabatt für studenten
            fr | false | est-ce que la livraison est gratuite
            it | false | se prendo due pulizie c'è uno sconto
            es | false | hay descuento para jubilados?
            nl | false | hoeveel korting krijg ik als student
            pt | false | vocês fazem desconto a estudantes?
            es | true  | me lo dejas mas barato?
            es | false | me lo hacen en tres cuotas con la tarjeta? o es mas barato pagando en efectivo?
            pt | false | me faz em duas vezes no cartao? ou sai mais barato no pix?
            """)
    void demandsAreReadByTheirWords(String language, boolean demands, String text) {
        assertThat(Concession.demands(text, Locale.forLanguageTag(language))).as(text).isEqualTo(demands);
    }

    /**
     * The reply's amount said back in outrage ("3 rooms at 80 each?") is no question: the demand beside it is read
     * (push52). A sentence that asks by its words, an "if", or a message of the echo alone still asks.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | true  | 80 quid a room?? for 3 rooms? come on. knock it down to 200 and throw in breakfast for free
            en | true  | $12 to ship a mug? waive it and give me 10% off or i go elsewhere
            de | true  | 45 euro pro stunde? na hörts. mochts uns 150 für alles und die getränke gratis
            de | true  | 4 mal 30 euro?? macht mir das für 100 und den parkplatz umsonst
            fr | true  | 60 $ par mois?? voyons donc. faites-moi ça à 40 et l'installation gratis
            it | true  | 18 euro a persona? ma dai. fatemele a 12 e il caffè in omaggio
            es | true  | 90 lucas por mes? no po. háganmelo en 70 y la instalación gratis
            nl | true  | 25 euro per uur?? kom zeg. doe maar 20 en de koffie gratis erbij
            pt | true  | 150 reais por dia?? fala sério. faz por 100 e o frete grátis
            en | false | 80 quid a room?? is breakfast free at least?
            en | false | how much for 3 rooms? i want a discount if we book all three
            de | false | 45 euro? gibt es rabatt für studenten?
            fr | false | 60 $?? et si on paie l'année d'avance, c'est moins cher?
            it | false | 18 euro?
            es | false | 90 lucas por mes? y cuánto sale en efectivo con descuento?
            """)
    void anAmountSaidBackIsNoQuestion(String language, boolean demands, String text) {
        assertThat(Concession.demands(text, Locale.forLanguageTag(language))).as(text).isEqualTo(demands);
    }

    /** Linear on a long worst case: repeated demand words, commas, no spaces. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | too dear,free,
            de | zu teuer,prozent,
            fr | trop cher,gratuit,
            """)
    void aLongMessageIsReadQuickly(String language, String unit) {
        String text = unit.repeat(4_000 / unit.length());
        assertThat(Concession.demands(text, Locale.forLanguageTag(language))).isTrue();
        assertThat(Concession.demands(text.replace(" ", ""), Locale.forLanguageTag(language))).isFalse();
    }

    /** Linear on amounts said back over and over, with and without spaces: each sentence is read once. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | '12 euro?? '
            en | 12?
            en | '45 euros an hour? '
            """)
    void manyAmountsSaidBackAreReadQuickly(String language, String unit) {
        String text = unit.repeat(4_000 / unit.length()) + "give me 10% off";
        assertThat(Concession.demands(text, Locale.forLanguageTag(language))).isEqualTo(unit.endsWith(" "));
    }
}
