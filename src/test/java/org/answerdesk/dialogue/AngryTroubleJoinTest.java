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
        FaqMatch[] m = ladder(new double[] {0.5, 0.48, 0.46, 0.44, 0.43}, a, b, c, price, trouble);
        Decision d = in(language, showing(3, m)).says(story);

        assertThat(d.angry()).as(story).isTrue();
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).as("a trouble entry from behind the choices is never answered").isNull();
        assertThat(offer.choices()).as(story).containsExactly(m[0], m[1], m[4]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void twoChoicesAreJoinedByIt(String language, String story, String calm, String a, String b, String c,
                                 String price, String trouble) {
        FaqMatch[] m = ladder(new double[] {0.5, 0.48, 0.4, 0.38}, a, b, c, trouble);
        Decision d = in(language, showing(2, m)).says(story);

        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.answer()).isNull();
        assertThat(offer.choices()).as(story).containsExactly(m[0], m[1], m[3]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void aCalmQuestionKeepsTheFaqsChoices(String language, String story, String calm, String a, String b, String c,
                                          String price, String trouble) {
        FaqMatch[] m = ladder(new double[] {0.5, 0.48, 0.46, 0.44, 0.43}, a, b, c, price, trouble);
        Decision d = in(language, showing(3, m)).says(calm);

        assertThat(d.angry()).as(calm).isFalse();
        assertThat(main(d, Action.Clarify.class).choices()).as(calm).containsExactly(m[0], m[1], m[2]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void anEntryThatNamesNoTroubleDoesNotJoin(String language, String story, String calm, String a, String b,
                                              String c, String price, String trouble) {
        FaqMatch[] m = ladder(new double[] {0.5, 0.48, 0.46, 0.44}, a, b, c, price);
        Decision d = in(language, showing(3, m)).says(story);

        assertThat(main(d, Action.OfferPerson.class).choices()).as(story).containsExactly(m[0], m[1], m[2]);
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

    /** The lookup's entries, ids from 11 in the order given, each with its score. */
    private static FaqMatch[] ladder(double[] scores, String... questions) {
        FaqMatch[] m = new FaqMatch[questions.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = new FaqMatch(11 + i, questions[i], "…", scores[i]);
        }
        return m;
    }

    /** A lookup unsure of {@code m}, its first {@code shown} the choices it would show. */
    private static FakeSearch showing(int shown, FaqMatch[] m) {
        return new FakeSearch().unsureOtherwiseShowing(shown, m[0], java.util.Arrays.copyOfRange(m, 1, m.length));
    }

    private static DialogueFlow in(String language, FakeSearch search) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.forLanguageTag(language)));
    }
}
