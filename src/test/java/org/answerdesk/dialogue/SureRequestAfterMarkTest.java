package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question closed by its mark, then a request the FAQ is sure of by itself, asked by no question's words ("can you
 * stop the offers mails? actually just close my whole account", set 37 en 2.3): the whole message is sure of the
 * question's entry, but the request is a need of its own and is answered too ({@link OwnNeed#sure}). Words after the
 * mark that find the question's entry again, or an entry the whole message reads only third (a case said after the
 * question: "the money goes back where? i paid with paypal"), stay with the question; so do words after the mark that
 * leave the whole message as sure as they are alone ({@code SetTwentyThreeTwoQuestionsTest}).
 * Sentences written for this test.
 */
class SureRequestAfterMarkTest {

    private static final FaqMatch NEWSLETTER = entry(81, "How do I unsubscribe from the newsletter?");
    private static final FaqMatch DELETE = entry(82, "How do I delete my account?");
    private static final FaqMatch GUEST = entry(83, "Can I order without an account?");
    private static final FaqMatch CANCEL = entry(84, "How do I cancel my order?");
    private static final FaqMatch PAYMENT = entry(85, "Which payment methods do you accept?");
    private static final FaqMatch HOURS = entry(86, "When is customer service open?");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can you stop sending me the offers mails? actually just close my whole account with you
            de | könnt ihr mir die werbemails nicht mehr schicken? eigentlich löscht einfach mein ganzes konto bei euch
            fr | vous pouvez arrêter de m'envoyer les mails de promo? en fait supprimez carrément tout mon compte chez vous
            es | pueden dejar de mandarme los correos de ofertas? mejor borren toda mi cuenta con ustedes de una vez
            it | potete smettere di mandarmi le mail delle offerte? anzi cancellate proprio tutto il mio profilo da voi
            nl | kunnen jullie stoppen met die aanbiedingsmails? eigenlijk gooi gewoon mijn hele account bij jullie weg
            """)
    void aRequestTheFaqIsSureOfAfterTheQuestionIsAnsweredToo(String language, String message) {
        List<Long> answered = answered(language, message, DELETE, DELETE, HOURS);
        assertThat(answered).as(message).containsExactly(NEWSLETTER.entryId(), DELETE.entryId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can you stop sending me the offers mails? i get them every single morning
            de | könnt ihr mir die werbemails nicht mehr schicken? die kommen jeden einzelnen morgen
            fr | vous pouvez arrêter de m'envoyer les mails de promo? ils arrivent chaque matin sans faute
            es | pueden dejar de mandarme los correos de ofertas? me llegan todas las mañanas sin falta
            """)
    void wordsAfterTheMarkThatFindTheQuestionsEntryStayWithIt(String language, String message) {
        List<Long> answered = answered(language, message, NEWSLETTER, PAYMENT, HOURS);
        assertThat(answered).as(message).containsExactly(NEWSLETTER.entryId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can you stop sending me the offers mails? i paid for my last order by card
            de | könnt ihr mir die werbemails nicht mehr schicken? die letzte bestellung hab ich mit karte bezahlt
            it | potete smettere di mandarmi le mail delle offerte? l'ultimo ordine l'ho pagato con la carta
            nl | kunnen jullie stoppen met die aanbiedingsmails? de laatste bestelling heb ik met de kaart betaald
            """)
    void aSureStatementTheWholeMessageReadsOnlyThirdStaysWithTheQuestion(String language, String message) {
        List<Long> answered = answered(language, message, PAYMENT, CANCEL, PAYMENT);
        assertThat(answered).as(message).containsExactly(NEWSLETTER.entryId());
    }

    /**
     * The entries answered for {@code message}: the FAQ sure of the question's entry for the question and for the
     * whole message (the whole's second and third closest: {@code second}, {@code third}), and surer alone of
     * {@code after} for the words after the mark than of the whole message.
     */
    private static List<Long> answered(String language, String message, FaqMatch after, FaqMatch second,
                                       FaqMatch third) {
        Locale lang = Locale.forLanguageTag(language);
        int mark = message.indexOf('?') + 1;
        String question = message.substring(0, mark).strip();
        String rest = message.substring(mark).strip();
        FakeSearch search = new FakeSearch().unsureOtherwise(CANCEL, GUEST, PAYMENT)
                .confident(Cleanup.forLookup(message, lang), 0.7, NEWSLETTER, second, third)
                .confident(Cleanup.forLookup(question, lang), NEWSLETTER, CANCEL, GUEST)
                .confident(Cleanup.forLookup(rest, lang), after, GUEST, CANCEL);
        Decision d = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(message);
        return d.actions().stream().filter(a -> a instanceof Action.FaqAnswer)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList();
    }
}
