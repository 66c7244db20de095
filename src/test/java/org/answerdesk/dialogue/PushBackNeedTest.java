package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A push-back that tells what the customer wants instead, asking nothing (set 37's en 4.2 and it 4.2, issue 61): "no i
 * need someone to fetch it from my house tonight" after the bot's reply gets the apology, what the FAQ has and the
 * offer of a person, never bare "not sure" choices; a second push-back in a row goes to a person.
 */
class PushBackNeedTest {

    private static final FaqMatch COLLECTION = entry(71, "Do you collect furniture?");
    private static final FaqMatch DELIVERY = entry(72, "How much is delivery?");
    private static final FaqMatch HOURS = entry(73, "When are you open?");

    /** Language | the first question | a bare "no", or a short push-back, then a need told as a statement. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you collect old furniture | no i need two of your lads to carry the wardrobe down from my flat tonight
            en | do you collect old furniture | not good enough, i want a van outside my house at six tomorrow with two men
            de | holt ihr alte möbel ab | nee ich brauch zwei leute heute abend die den schrank aus dem dritten stock tragen
            de | holt ihr alte möbel ab | bringt mir nix, ich will dass morgen früh um sechs ein wagen vor meiner tür steht
            fr | vous récupérez les vieux meubles | non je veux que deux gars viennent ce soir descendre l'armoire du troisième
            it | ritirate i mobili vecchi | no io voglio che due ragazzi vengano stasera a portare giù l'armadio dal terzo piano
            it | ritirate i mobili vecchi | non mi basta, voglio un furgone sotto casa domani alle sei con due facchini
            es | recogen muebles viejos | no, necesito que dos chicos vengan esta noche a bajar el ropero del tercer piso
            nl | halen jullie oude meubels op | nee ik wil dat er vanavond twee mannen komen om de kast van drie hoog te dragen
            pt | vocês recolhem móveis velhos | não, preciso que venham hoje à noite dois rapazes buscar o armário ao terceiro andar
            """)
    void aNeedAfterTheAnswerGetsTheApologyAndAPerson(String language, String first, String pushBack) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first),
                COLLECTION).unsureOtherwise(DELIVERY, HOURS), language);
        assertThat(flow.says(first).main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(pushBack);
        assertThat(d.main()).as(pushBack + " -> " + d.main()).isInstanceOfSatisfying(Action.OfferPerson.class,
                o -> assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.REJECTED));
        assertThat(flow.state().handedOver()).isFalse();
    }

    /** After "did you mean" choices too: the apology and a person, never the choices alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how does it work with an old sofa | no i need the old sofa gone from my living room before the weekend
            de | wie läuft das mit einem alten sofa | nee ich brauch das alte sofa vor dem wochenende aus meinem wohnzimmer raus
            it | come funziona con un divano vecchio | no io voglio che il divano vecchio sparisca dal soggiorno prima del weekend
            nl | hoe werkt dat met een oude bank | nee ik wil dat de oude bank voor het weekend uit mijn woonkamer weg is
            """)
    void aNeedAfterChoicesGetsTheApologyAndAPerson(String language, String first, String pushBack) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().unsure(DialogueFlow.lookup(language, first),
                COLLECTION, DELIVERY).unsureOtherwise(DELIVERY, HOURS), language);
        assertThat(flow.says(first).main()).as(first).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(pushBack);
        assertThat(d.main()).as(pushBack + " -> " + d.main()).isInstanceOfSatisfying(Action.OfferPerson.class,
                o -> assertThat(o.why()).isEqualTo(Action.OfferPerson.Why.REJECTED));
    }

    /** The second push-back in a row hands over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you collect old furniture | that's not what i asked | no i need two of your lads at my flat tonight to carry the wardrobe
            de | holt ihr alte möbel ab | das hab ich nicht gefragt | nee ich brauch heute abend zwei leute für den schrank im dritten stock
            it | ritirate i mobili vecchi | non ho chiesto questo | no io voglio che due ragazzi vengano stasera per l'armadio al terzo piano
            fr | vous récupérez les vieux meubles | c'est pas ce que j'ai demandé | non je veux que deux gars viennent ce soir pour l'armoire au troisième
            """)
    void aSecondPushBackGoesToAPerson(String language, String first, String pushBack, String need) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().confident(DialogueFlow.lookup(language, first),
                COLLECTION).unsureOtherwise(DELIVERY, HOURS), language);
        flow.says(first);
        flow.says(pushBack);
        Decision d = flow.says(need);
        assertThat(d.main().handsOver()).as(need + " -> " + d.main()).isTrue();
    }

    /** A need that asks ("no, i want to know ...") or a wish negated ("no quiero ...") is read as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no i want to know what the delivery of a wardrobe to my flat costs
            de | nee ich will wissen was die lieferung von einem schrank in meine wohnung kostet
            it | no voglio sapere quanto costa portare un armadio fino a casa mia
            es | no quiero que vengan a buscar el ropero esta semana
            """)
    void aNeedThatAsksIsNoPushBackNeed(String language, String text) {
        assertThat(PushBackNeed.tellsNeed(text, java.util.Locale.forLanguageTag(language))).as(text).isFalse();
    }
}
