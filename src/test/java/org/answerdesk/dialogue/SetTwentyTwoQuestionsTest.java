package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 20's two questions in one message of which one half was dropped in silence (issue 61), each class in the seven
 * shipped languages with sentences written for this test (fake retrieval scripted as the packaged bot read such
 * halves):
 * <ul>
 * <li>a sure question and an unsure one: the answer, then the unsure question's choices headed by its own words
 * ("About ...: did you mean"), so that the customer sees which question they are for (en 1.1, de 1.1, de 7.3);</li>
 * <li>a colloquial "and" that is another word too (en "an", de and nl "n", fr "é", es and pt "i") before a
 * question's opening words: two questions, not one read whole with its first half answered (en 1.1, 2.2, 3.4);</li>
 * <li>"or maybe" offering a second question beside the first: both answered (en 14.4);</li>
 * <li>counter-rows: the same words as an article or inside one question are no split.</li>
 * </ul>
 */
class SetTwentyTwoQuestionsTest {

    private static final FaqMatch COST = new FaqMatch(501, "How much does shipping cost?", "4.95 €, free over 50.", 0.5);
    private static final FaqMatch DELIVERY = new FaqMatch(502, "How long does delivery take?", "2-4 days.", 0.5);
    private static final FaqMatch EXPRESS = new FaqMatch(503, "Do you offer express shipping?", "Yes, 12 €.", 0.4);
    private static final FaqMatch EMAIL = new FaqMatch(504, "How do I change my email?", "In My account.", 0.5);
    private static final FaqMatch DELETE = new FaqMatch(505, "How do I delete my account?", "Write to us.", 0.5);
    private static final FaqMatch PHONE = new FaqMatch(507, "What is your phone number?", "0123 456.", 0.5);
    private static final FaqMatch HOURS = new FaqMatch(508, "When is customer service open?", "9 to 5.", 0.4);
    private static final FaqMatch STORE = new FaqMatch(509, "Do you have a physical store?", "No.", 0.3);
    private static final FaqMatch VOUCHER = new FaqMatch(506, "Do you sell gift cards?", "Yes, from 10 €.", 0.5);

    /** A sure question, then an unsure one after "and": the answer, then choices headed by the second's words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is delivery free over 50 euros?          | and how many days till it gets to cork?    | cork
            de | ist der versand ab 50 euro gratis?       | und wie viele tage bis es in kiel ist?     | kiel
            fr | la livraison est gratuite dès 50 euros?  | et il faut combien de jours jusqu'à nantes? | nantes
            it | la spedizione è gratis sopra i 50 euro?  | e quanti giorni ci vogliono fino a lecce?  | lecce
            es | el envío es gratis desde 50 euros?       | y cuántos días tarda hasta cádiz?          | cádiz
            nl | is de verzending gratis boven de 50 euro? | en hoeveel dagen duurt het tot brugge?    | brugge
            pt | o frete é grátis acima de 50 euros?      | e quantos dias leva até faro?              | faro
            """)
    void theUnsureHalfsChoicesSayWhichQuestionTheyAreFor(String language, String first, String second, String word) {
        String message = first + " " + second;
        FakeSearch search = sureCostThenUnsureDelivery(language, message, first, second);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(COST.entryId());
        assertThat(d.main()).as(message + " -> " + d.actions()).isInstanceOf(Action.Clarify.class);
        Action.Clarify c = (Action.Clarify) d.main();
        assertThat(c.choices().get(0).entryId()).isEqualTo(DELIVERY.entryId());
        assertThat(c.about()).as(message + " -> " + d.actions()).isNotNull().contains(word)
                .doesNotEndWith("?").doesNotContain("50");
    }

    /**
     * A colloquial "and" that is another word too, before a question's opening words: two questions, the sure one
     * answered and the other's choices after it, not the message read whole with the first half answered alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | is delivery free over 50 euros?          | an how long till it gets to cork
            de | ist der versand ab 50 euro gratis?       | n wie lange dauert das bis kiel
            fr | la livraison est gratuite dès 50 euros?  | é combien de temps pour aller à nantes
            it | la spedizione è gratis sopra i 50 euro?  | e quanto ci vuole fino a lecce
            es | el envío es gratis desde 50 euros?       | i cuánto tarda en llegar a cádiz
            nl | is de verzending gratis boven de 50 euro? | n hoelang duurt het tot in brugge
            pt | o frete é grátis acima de 50 euros?      | i quanto tempo leva até faro
            """)
    void aColloquialAndThatIsAnotherWordSplitsBeforeAQuestion(String language, String first, String second) {
        String message = first + " " + second;
        FakeSearch search = sureCostThenUnsureDelivery(language, message, first, second);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(COST.entryId());
        assertThat(offered(d.main())).as(message + " -> " + d.actions()).startsWith(DELIVERY.entryId());
    }

    /** "or maybe" and a second question the FAQ is sure of too: both answered, not the first alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i update the email on my profile,   | or maybe      | just remove the whole profile for good
            de | wie ändere ich die mail in meinem konto,   | oder vielleicht | gleich das ganze konto für immer löschen
            fr | comment changer l'adresse mail du compte,  | ou peut-être  | supprimer carrément tout le compte
            it | come cambio la mail del mio profilo,       | o magari      | cancello proprio tutto il profilo
            es | cómo cambio el correo de mi perfil,        | o tal vez     | borrar toda la cuenta de una vez
            nl | hoe wijzig ik het mailadres van mijn account, | of misschien | het hele account gewoon verwijderen
            pt | como troco o email da minha conta,         | ou talvez     | apagar a conta toda de uma vez
            """)
    void orMaybeOffersASecondQuestion(String language, String first, String or, String second) {
        String message = first + " " + or + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), EMAIL, DELETE, VOUCHER)
                .confident(lookup(language, first), EMAIL, DELETE).confident(lookup(language, second), DELETE, EMAIL);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(EMAIL.entryId(), DELETE.entryId());
    }

    /**
     * Two questions joined by "and" before a question's opening words, each "did you mean" on its own, the whole
     * message sure of nothing and its closest entries all of the first: each question's best among the first two
     * choices, not the first question's entries alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | whats the number to ring you on      | and when is somebody there to pick up
            de | wie ist eure nummer zum anrufen      | und wann ist eure hotline offen
            fr | c'est quoi votre numéro pour appeler | et quand est-ce qu'il y a quelqu'un
            it | qual è il numero per chiamarvi       | e quando siete aperti al telefono
            es | cuál es el número para llamarlos     | y cuándo hay alguien que conteste
            nl | wat is jullie nummer om te bellen    | en wanneer zijn jullie telefonisch open
            pt | qual o número pra ligar pra vocês    | e quando o telefone de vocês funciona
            """)
    void twoUnsureQuestionsJoinedByAndEachOfferTheirBest(String language, String first, String second) {
        String message = first + " " + second;
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsure(lookup(language, message), PHONE, STORE, VOUCHER)
                .unsure(lookup(language, first), PHONE, VOUCHER, STORE)
                .unsure(lookup(language, Parts.withoutAnd(second, lang)), HOURS, STORE, VOUCHER);
        Decision d = flow(search, language).says(message);
        List<Long> offered = offered(d.main());
        assertThat(offered.subList(0, Math.min(2, offered.size()))).as(message + " -> " + d.actions())
                .containsExactly(PHONE.entryId(), HOURS.entryId());
    }

    /** The same words as an article, or "or maybe" between two things of one question: the message read whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you sell an engraved voucher for my mum's birthday
            en | can i buy a voucher for my mum or maybe a gift card for her birthday
            de | habt ihr n gutschein für meine mutter zum geburtstag
            nl | hebben jullie n cadeaubon voor mijn moeder haar verjaardag
            es | tienen vales de regalo i tarjetas para el cumple de mi madre
            pt | vocês vendem vale presente ou talvez cartão pro aniversário da minha mãe
            """)
    void anArticleOrAnAlternativeInOneQuestionIsNoSplit(String language, String message) {
        FakeSearch search = new FakeSearch().confident(lookup(language, message), VOUCHER, EMAIL);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(VOUCHER.entryId());
        assertThat(d.actions()).as(message).noneMatch(Action.Clarify.class::isInstance);
    }

    private static List<Long> answered(Decision d) {
        return d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList();
    }

    private static List<Long> offered(Action main) {
        return main instanceof Action.Clarify c ? c.choices().stream().map(FaqMatch::entryId).toList() : List.of();
    }

    /** The whole message and its first half sure of the cost entry, the second half unsure among delivery entries. */
    private static FakeSearch sureCostThenUnsureDelivery(String language, String message, String first,
                                                         String second) {
        return new FakeSearch().confident(lookup(language, message), COST, DELIVERY)
                .confident(lookup(language, first), COST, DELIVERY)
                .unsure(lookup(language, Parts.withoutAnd(second, Locale.forLanguageTag(language))), DELIVERY,
                        EXPRESS, COST);
    }
}
