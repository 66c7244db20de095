package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two requests joined by a bare "or" after a comma ({@link LooseJoin}: "how do i stop them, or just close my
 * account", issue 61, set 33 en 12.4), with sentences written for this test in the seven shipped languages (fake
 * retrieval scripted as the packaged bot read such halves): where each side is confident of an entry of its own, both
 * are answered, not the whole message's first entry alone. Counter-rows: an "or" inside one question, with no comma
 * before it, and a comma "or" before too few words, keep the message whole.
 */
class CommaOrQuestionsTest {

    private static final FaqMatch EMAIL = new FaqMatch(601, "How do I change my email?", "In My account.", 0.5);
    private static final FaqMatch DELETE = new FaqMatch(602, "How do I delete my account?", "Write to us.", 0.5);
    private static final FaqMatch PAY = new FaqMatch(603, "Which payment methods do you accept?", "Card.", 0.5);

    /** Each side of the comma "or" confident of its own entry: both answered, in order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do i change the email on my profile,        | or      | simply close the whole profile for good
            de | wie kann ich die mailadresse im konto ändern,   | oder    | am besten das ganze konto ganz löschen
            fr | comment je modifie le mail de mon compte,       | ou      | carrément fermer tout le compte pour de bon
            it | come si modifica l'indirizzo mail del profilo,  | o       | chiudo del tutto il profilo per sempre
            es | cómo se cambia el email de la cuenta,           | o       | directamente cerrar la cuenta para siempre
            nl | hoe pas ik het e-mailadres in mijn profiel aan, | of      | gewoon het hele profiel definitief opheffen
            pt | como altero o email do meu cadastro,            | ou      | simplesmente encerrar o cadastro de vez
            """)
    void aCommaOrOffersASecondRequest(String language, String first, String or, String second) {
        String message = first + " " + or + " " + second;
        FakeSearch search = new FakeSearch().confident(lookup(language, message), EMAIL, DELETE, PAY)
                .confident(lookup(language, first), EMAIL, DELETE).confident(lookup(language, second), DELETE, EMAIL);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(EMAIL.entryId(), DELETE.entryId());
    }

    /** An "or" between two things of one question, or a comma "or" before one or two words: read whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can i settle the bill by paypal or with a bank transfer instead
            de | kann ich die rechnung mit paypal oder per überweisung zahlen
            fr | je peux régler par paypal ou par virement bancaire plutôt
            es | se puede pagar la factura con paypal o por transferencia
            en | can i settle the bill by paypal, or cash
            it | posso pagare il conto con paypal, o contanti
            """)
    void anOrInsideOneQuestionIsNoSplit(String language, String message) {
        FakeSearch search = new FakeSearch().confident(lookup(language, message), PAY, EMAIL);
        Decision d = flow(search, language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(PAY.entryId());
        assertThat(d.actions()).as(message).noneMatch(Action.Clarify.class::isInstance);
    }

    private static List<Long> answered(Decision d) {
        return d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList();
    }
}
