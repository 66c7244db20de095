package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry customer who tells what went wrong (issue 61, class 7): the story's words (what was bought, when, what it
 * cost) pull the lookup towards the shop's entries on buying and prices; among the choices the FAQ offers, the entry
 * on what to do when something went wrong leads ({@link Recourse}). An angry message that asks for a thing, a calm
 * one, and the FAQ's order where no choice names a recourse are left as they were.
 */
class AngryRecourseTest {

    private static final String STORIES = """
            en | absolutely ridiculous!! the blender i bought from you in march stopped working yesterday, 90 pounds down the drain | How much does delivery cost? | Is there a warranty on appliances? | Do you ship abroad?
            de | eine Frechheit!! die Waschmaschine von euch ist nach zwei Monaten schon wieder kaputt gegangen | Wie kann ich bezahlen? | Welche Garantie gibt es auf Geräte? | Liefert ihr ins Ausland?
            fr | c'est honteux !! le canapé livré mardi a déjà un pied qui se décolle, 900 € quand même | Quels sont les délais de livraison ? | Que faire si un meuble arrive abîmé ? | Comment payer ?
            it | è una vergogna!! ho ritirato la bici ieri e il freno fa di nuovo rumore, 60 euro buttati | Quanto costa un tagliando? | Cosa succede se il problema si ripresenta? | Come si paga?
            es | esto es una vergüenza!! pagué 40 euros por la limpieza y la alfombra volvió con una mancha nueva | ¿Cuánto cuesta limpiar una alfombra? | ¿Qué pasa si una prenda vuelve dañada? | ¿Dónde están?
            pt | isto é uma vergonha!! o bolo de aniversário chegou todo amassado e a festa é daqui a uma hora | Quanto custa a entrega? | E se a encomenda chegar danificada? | Como posso pagar?
            nl | schandalig!! de fiets die ik vorige week ophaalde heeft alweer een lekke band, 45 euro voor niks | Wat kost een onderhoudsbeurt? | Wat als de herstelling niet goed is? | Hoe kan ik betalen?
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void anAngryStoryGetsTheChoicesLedByTheEntryOnWhatToDoWhenSomethingWentWrong(String language, String story,
                                                                               String plain, String recourse,
                                                                               String other) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch first = new FaqMatch(1, plain, "…", 0.5);
        FaqMatch help = new FaqMatch(2, recourse, "…", 0.45);
        FaqMatch third = new FaqMatch(3, other, "…", 0.4);
        DialogueFlow flow = new DialogueFlow(new FakeSearch().unsureOtherwise(first, help, third),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));

        Decision d = flow.says(story);
        assertThat(d.angry()).isTrue();
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).isNull();
        assertThat(offer.choices()).as("the entry on the trouble first, the others after it")
                .containsExactly(help, first, third);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the blender i bought from you in march stopped working yesterday | How much does delivery cost? | Is there a warranty on appliances?
            de | die Waschmaschine, die ich im März bei euch gekauft habe, pumpt kein Wasser mehr ab | Wie kann ich bezahlen? | Welche Garantie gibt es auf Geräte?
            it | ho ritirato la bici ieri e il freno fa rumore | Quanto costa un tagliando? | Cosa succede se il problema si ripresenta?
            nl | de fiets die ik vorige week ophaalde heeft een lekke band | Wat kost een onderhoudsbeurt? | Wat als de herstelling niet goed is?
            """)
    void theSameKindOfStoryToldCalmlyKeepsTheFaqsOrder(String language, String calm, String plain, String recourse) {
        FaqMatch first = new FaqMatch(1, plain, "…", 0.5);
        FaqMatch help = new FaqMatch(2, recourse, "…", 0.45);

        Decision d = unsureBetween(language, first, help).says(calm);
        assertThat(d.angry()).isFalse();
        assertThat(main(d, Action.Clarify.class).choices()).containsExactly(first, help);
    }

    /** A conversation in the language whose every lookup is unsure between the two entries, in this order. */
    private static DialogueFlow unsureBetween(String language, FaqMatch first, FaqMatch second) {
        return new DialogueFlow(new FakeSearch().unsureOtherwise(first, second),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.forLanguageTag(language)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ridiculous!! where is the blender i ordered two weeks ago       | Where is my order?            | What if my item arrives damaged?
            de | eine Frechheit!! wann kommt endlich meine Waschmaschine          | Wie lange dauert die Lieferung? | Was passiert, wenn ein Gerät beschädigt ankommt?
            fr | c'est honteux !! où est passé mon canapé, commandé il y a un mois | Quels sont les délais de livraison ? | Que faire si un meuble arrive abîmé ?
            it | è una vergogna!! quando mi ridate la bici, sono due settimane     | Quanto tempo ci vuole per una riparazione? | Cosa succede se il problema si ripresenta?
            """)
    void anAngryMessageThatAsksForAThingKeepsTheFaqsOrder(String language, String asked, String plain,
                                                          String recourse) {
        FaqMatch first = new FaqMatch(1, plain, "…", 0.5);
        FaqMatch help = new FaqMatch(2, recourse, "…", 0.45);

        Decision d = unsureBetween(language, first, help).says(asked);
        assertThat(d.angry()).isTrue();
        assertThat(main(d, Action.OfferPerson.class).choices()).as("it names what it wants").containsExactly(first,
                help);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | What happens if my parcel is lost?             | true
            en | Is there a guarantee on repairs?               | true
            en | How do I pay?                                  | false
            de | Was passiert, wenn ich mit der Arbeit nicht zufrieden bin? | true
            de | Wie lange dauert eine Reparatur?               | false
            fr | Que se passe-t-il si le colis est abîmé ?      | true
            fr | Quels sont vos horaires ?                      | false
            es | ¿Qué hago si el pedido llega roto?             | true
            es | ¿Cuánto cuesta el envío?                       | false
            it | La caldaia ha una garanzia?                    | true
            it | Dove siete?                                    | false
            pt | O que acontece se eu chegar atrasado?          | true
            pt | Vocês entregam aos sábados?                    | false
            nl | Wat als mijn pakket beschadigd is?             | true
            nl | Wat kost een knipbeurt?                        | false
            """)
    void anFaqQuestionNamesARecourseInItsLanguagesWords(String language, String question, boolean names) {
        assertThat(Recourse.names(question, Locale.forLanguageTag(language))).isEqualTo(names);
    }
}
