package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry story whose lookup puts the shop's entry on that trouble behind the choices it offers (fourth or fifth of
 * its closest: issue 61 item 7, angry53): that entry takes the last of the apology's three choices, never the first
 * and never answered. A calm question with the same lookup keeps the FAQ's choices; an entry behind them that names
 * no trouble does not join; a choice that names a recourse already keeps them as they are.
 */
class AngryTroubleJoinTest {

    /** language | angry story | calm question | three plain entries | a price entry | the trouble entry */
    private static final String STORIES = """
            en | this is a disgrace!! the courier came two hours late, the bag was torn open and half the soup was missing, i paid 38 for this | how much is delivery and do you deliver to my street | How much does delivery cost? | Which areas do you deliver to? | Where is your shop? | What payment methods do you accept? | What if my order arrives wrong or incomplete?
            de | unfassbar!! der fahrer kam zwei stunden zu spät, die tüte war aufgerissen und die hälfte fehlte, 38 euro bezahlt | was kostet die lieferung und liefert ihr in meine straße | Was kostet die Lieferung? | Wohin liefern Sie? | Wo ist Ihr Laden? | Wie kann ich bezahlen? | Was tun, wenn die Bestellung falsch oder unvollständig ankommt?
            fr | inadmissible !! le livreur est arrivé deux heures en retard, le sac était déchiré et la moitié manquait, 38 euros payés | combien coûte la livraison et livrez-vous dans ma rue | Combien coûte la livraison ? | Où livrez-vous ? | Où est votre boutique ? | Quels moyens de paiement acceptez-vous ? | Que faire si ma commande arrive incomplète ?
            it | vergognoso!! il corriere è arrivato con due ore di ritardo, il sacchetto era strappato e mancava metà, pagato 38 euro | quanto costa la consegna e consegnate nella mia via | Quanto costa la consegna? | In quali zone consegnate? | Dove si trova il negozio? | Come posso pagare? | Cosa succede se l'ordine arriva sbagliato o incompleto?
            es | es indignante!! el repartidor llegó dos horas tarde, la bolsa venía abierta y faltaba la mitad, pagué 38 | cuánto cuesta el envío y llegan a mi calle | ¿Cuánto cuesta el envío? | ¿A qué zonas envían? | ¿Dónde está el local? | ¿Cómo puedo pagar? | ¿Qué hago si mi pedido llega incompleto?
            nl | belachelijk!! de bezorger kwam twee uur te laat, de zak was gescheurd en de helft ontbrak, 38 euro betaald | wat kost bezorgen en bezorgen jullie in mijn straat | Wat kost de bezorging? | Waar bezorgen jullie? | Waar is de winkel? | Hoe kan ik betalen? | Wat als mijn bestelling niet compleet is?
            pt | UM ABSURDO!!! o entregador chegou duas horas atrasado, o saco veio rasgado e faltava metade, paguei 38 | quanto custa a entrega e vocês entregam na minha rua | Quanto custa a entrega? | Para onde vocês entregam? | Onde fica a loja? | Como posso pagar? | O que acontece se a encomenda chegar incompleta?
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void theTroubleEntryBehindTheChoicesTakesTheLastPlace(String language, String story, String calm, String a,
                                                          String b, String c, String price, String trouble) {
        FaqMatch first = new FaqMatch(11, a, "…", 0.5);
        FaqMatch second = new FaqMatch(12, b, "…", 0.48);
        FaqMatch third = new FaqMatch(13, c, "…", 0.46);
        FaqMatch fourth = new FaqMatch(14, price, "…", 0.44);
        FaqMatch fifth = new FaqMatch(15, trouble, "…", 0.43);
        Decision d = in(language, new FakeSearch().unsureOtherwiseShowing(3, first, second, third, fourth, fifth))
                .says(story);

        assertThat(d.angry()).as(story).isTrue();
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).as("a trouble entry from behind the choices is never answered").isNull();
        assertThat(offer.choices()).as(story).containsExactly(first, second, fifth);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void twoChoicesAreJoinedByIt(String language, String story, String calm, String a, String b, String c,
                                 String price, String trouble) {
        FaqMatch first = new FaqMatch(11, a, "…", 0.5);
        FaqMatch second = new FaqMatch(12, b, "…", 0.48);
        FaqMatch third = new FaqMatch(13, c, "…", 0.4);
        FaqMatch fourth = new FaqMatch(14, trouble, "…", 0.38);
        Decision d = in(language, new FakeSearch().unsureOtherwiseShowing(2, first, second, third, fourth))
                .says(story);

        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.answer()).isNull();
        assertThat(offer.choices()).as(story).containsExactly(first, second, fourth);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void aCalmQuestionKeepsTheFaqsChoices(String language, String story, String calm, String a, String b, String c,
                                          String price, String trouble) {
        FaqMatch first = new FaqMatch(11, a, "…", 0.5);
        FaqMatch second = new FaqMatch(12, b, "…", 0.48);
        FaqMatch third = new FaqMatch(13, c, "…", 0.46);
        FaqMatch fourth = new FaqMatch(14, price, "…", 0.44);
        FaqMatch fifth = new FaqMatch(15, trouble, "…", 0.43);
        Decision d = in(language, new FakeSearch().unsureOtherwiseShowing(3, first, second, third, fourth, fifth))
                .says(calm);

        assertThat(d.angry()).as(calm).isFalse();
        assertThat(main(d, Action.Clarify.class).choices()).as(calm).containsExactly(first, second, third);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void anEntryThatNamesNoTroubleDoesNotJoin(String language, String story, String calm, String a, String b,
                                              String c, String price, String trouble) {
        FaqMatch first = new FaqMatch(11, a, "…", 0.5);
        FaqMatch second = new FaqMatch(12, b, "…", 0.48);
        FaqMatch third = new FaqMatch(13, c, "…", 0.46);
        FaqMatch fourth = new FaqMatch(14, price, "…", 0.44);
        Decision d = in(language, new FakeSearch().unsureOtherwiseShowing(3, first, second, third, fourth))
                .says(story);

        assertThat(main(d, Action.OfferPerson.class).choices()).as(story).containsExactly(first, second, third);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Was passiert bei Sturm oder Gewitter? | true
            Was passiert bei einer Panne unterwegs? | true
            Was kostet die Miete bei drei Nächten? | false
            """)
    void germanWhatHappensInCaseOfNamesTrouble(String question, boolean trouble) {
        assertThat(Recourse.namesTrouble(question, Locale.GERMAN)).as(question).isEqualTo(trouble);
    }

    private static DialogueFlow in(String language, FakeSearch search) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.forLanguageTag(language)));
    }
}
