package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry customer whose trouble the FAQ covers (issue 61 item 7): the apology leads, and the entry on the trouble
 * leads its choices. A story after one exclamation that ends insisting ("??") is angry as "!!" is ({@link Mood});
 * the shop's entry on what happens when something goes wrong leads the choices also where the retriever ranked it
 * just behind the ones it offers ({@link Recourse}).
 */
class AngryTroubleEntryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | honestly, words fail me! the parcel sat out in the hail all afternoon because nobody rang, the cake inside is mush and you still want a delivery fee??
            de | ich bin echt geladen! der kurier hat das paket einfach in die mülltonne gelegt, die torte ist hinüber und die liefergebühr soll ich auch noch zahlen??
            fr | franchement, les bras m'en tombent ! le livreur a posé le colis sous la pluie sans sonner, le gâteau est fichu et vous me facturez quand même la livraison ??
            it | guardi, sono senza parole! il corriere ha lasciato il pacco sotto la grandine, la torta è da buttare e devo pure pagare la consegna??
            es | de verdad, me quedé sin palabras! el repartidor dejó la caja bajo la lluvia sin tocar el timbre, el pastel quedó hecho papilla y encima me cobran el envío??
            pt | estou mesmo chateado! o estafeta deixou a caixa à chuva sem tocar, o bolo ficou desfeito e ainda querem que pague o envio??
            nl | ik ben er helemaal klaar mee! de bezorger zette de doos in de regen zonder aan te bellen, de taart is naar de knoppen en ik moet ook nog bezorgkosten betalen??
            """)
    void aStoryAfterOneExclamationThatEndsInsistingIsAngry(String language, String story) {
        FaqMatch trouble = new FaqMatch(1, "What if I am not at home for the delivery?", "…", 0.5);
        FaqMatch fee = new FaqMatch(2, "How much is delivery?", "…", 0.45);
        Decision d = in(language, new FakeSearch().unsureOtherwise(trouble, fee)).says(story);

        assertThat(d.angry()).isTrue();
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).as("the apology leads").isTrue();
        assertThat(led(offer)).containsExactly(trouble, fee);
    }

    /**
     * The entries an apology puts before the customer, in order: the answer given and the others beside it where the
     * closest entry names the trouble (push52), else the choices.
     */
    static java.util.List<FaqMatch> led(Action.OfferPerson offer) {
        if (offer.answer() == null) {
            return offer.choices();
        }
        java.util.List<FaqMatch> led = new java.util.ArrayList<>(java.util.List.of(offer.answer().entry()));
        led.addAll(offer.answer().related());
        return led;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | love these! do you ship to canada??
            en | hi! do you ship to canada, and how long does it take??
            de | hallo! liefert ihr auch nach graz??
            fr | bonjour ! vous livrez à lyon ??
            it | ciao! consegnate anche a pisa??
            """)
    void oneExclamationBeforeAQuestionAskedTwiceIsNoAnger(String language, String message) {
        FaqMatch first = new FaqMatch(1, "Do you ship abroad?", "…", 0.5);
        FaqMatch second = new FaqMatch(2, "How much is delivery?", "…", 0.45);
        Decision d = in(language, new FakeSearch().unsureOtherwise(first, second)).says(message);

        assertThat(d.angry()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | this is a disgrace!! we drove an hour, the slopes were shut for the wind and the 80 pounds are gone | Where are you? | How do I pay? | What happens if the slopes close because of the weather?
            de | eine Frechheit!! wir sind eine Stunde gefahren, der Platz war wegen Sturm zu und die 80 Euro sind weg | Wo seid ihr? | Wie kann ich bezahlen? | Was passiert, wenn der Platz wegen des Wetters schließt?
            fr | c'est une honte !! une heure de route, la piste fermée à cause du vent et les 80 € envolés | Où êtes-vous ? | Comment payer ? | Que se passe-t-il si la piste ferme à cause de la météo ?
            it | è una vergogna!! un'ora di macchina, il parco chiuso per il vento e gli 80 euro spariti | Dove siete? | Come si paga? | Cosa succede se il parco chiude per il maltempo?
            es | esto es una vergüenza!! una hora de coche, la pista cerrada por el viento y los 80 euros perdidos | ¿Dónde están? | ¿Cómo se paga? | ¿Qué pasa si la pista cierra por el mal tiempo?
            pt | isto é uma vergonha!! uma hora de carro, o parque fechado por causa do vento e os 80 euros perdidos | Onde ficam? | Como se paga? | O que acontece se o parque fechar por causa do tempo?
            nl | schandalig!! een uur gereden, de baan dicht door de storm en de 80 euro kwijt | Waar liggen jullie? | Hoe kan ik betalen? | Wat gebeurt er als de baan dicht is door het weer?
            """)
    void theRecourseEntryJustBehindTheOfferedChoicesLeadsThem(String language, String story, String where,
                                                             String pay, String recourse) {
        FaqMatch first = new FaqMatch(1, where, "…", 0.58);
        FaqMatch second = new FaqMatch(2, pay, "…", 0.57);
        FaqMatch help = new FaqMatch(3, recourse, "…", 0.52);
        Decision d = in(language, new FakeSearch().unsureOtherwiseShowing(2, first, second, help)).says(story);

        assertThat(d.angry()).isTrue();
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.choices()).as("the entry on the trouble first, the offered ones after it")
                .containsExactly(help, first, second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | this is a disgrace!! we drove an hour, the slopes were shut and the 80 pounds are gone | Where are you? | How do I pay? | Can I bring my dog?
            de | eine Frechheit!! wir sind eine Stunde gefahren, der Platz war zu und die 80 Euro sind weg | Wo seid ihr? | Wie kann ich bezahlen? | Darf mein Hund mit?
            it | è una vergogna!! un'ora di macchina, il parco chiuso e gli 80 euro spariti | Dove siete? | Come si paga? | Posso portare il cane?
            nl | schandalig!! een uur gereden, de baan dicht en de 80 euro kwijt | Waar liggen jullie? | Hoe kan ik betalen? | Mag mijn hond mee?
            """)
    void anEntryBehindTheOfferedChoicesThatNamesNoRecourseStaysOut(String language, String story, String where,
                                                                  String pay, String other) {
        FaqMatch first = new FaqMatch(1, where, "…", 0.58);
        FaqMatch second = new FaqMatch(2, pay, "…", 0.57);
        FaqMatch third = new FaqMatch(3, other, "…", 0.52);
        Decision d = in(language, new FakeSearch().unsureOtherwiseShowing(2, first, second, third)).says(story);

        assertThat(main(d, Action.OfferPerson.class).choices()).containsExactly(first, second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | Wat gebeurt er als de les niet doorgaat?  | true
            nl | Wat gebeurt er bij onweer?                | true
            nl | Wat gebeurt er met mijn gegevens?         | false
            """)
    void aDutchQuestionOfWhatHappensIfNamesARecourse(String language, String question, boolean names) {
        assertThat(Recourse.names(question, Locale.forLanguageTag(language))).isEqualTo(names);
    }

    private static DialogueFlow in(String language, FakeSearch search) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.forLanguageTag(language)));
    }
}
