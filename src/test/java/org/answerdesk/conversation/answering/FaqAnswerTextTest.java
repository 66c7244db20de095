package org.answerdesk.conversation.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.dialogue.Action;
import org.answerdesk.language.TestTexts;
import org.answerdesk.language.Texts;
import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;

/** An answer said to a question that is not its entry's own names the entry it answers from. */
class FaqAnswerTextTest {

    private static final double NEAR = 0.66;
    private static final double OWN = 0.91;
    private static final Texts TEXTS = TestTexts.of("en", "de", "es", "fr", "it", "nl", "pt");

    private static String said(String language, String question, String answer, double cosine) {
        Action.FaqAnswer found = new Action.FaqAnswer(new FaqMatch(4, question, answer, cosine), cosine, List.of(),
                null, false);
        return FaqAnswerText.of(found, TEXTS, Locale.forLanguageTag(language));
    }

    @Test
    void aNearQuestionHearsWhichEntryTheAnswerIsFromInEveryLanguage() {
        assertThat(said("pt", "Fazem clareamento dentário?", "Sim, depois de uma limpeza. No consultório: 250 €.",
                NEAR)).isEqualTo("Sobre \"Fazem clareamento dentário?\": Depois de uma limpeza. No consultório: 250 €.");
        assertThat(said("de", "Kann ich einen Transporter mieten?", "Ja, ab 49 € am Tag.", NEAR))
                .isEqualTo("Zu „Kann ich einen Transporter mieten?“: Ab 49 € am Tag.");
        assertThat(said("en", "Do you sell gift cards?", "Yes, from 10 to 200 pounds, in the shop only.", NEAR))
                .isEqualTo("About \"Do you sell gift cards?\": From 10 to 200 pounds, in the shop only.");
        assertThat(said("fr", "Livrez-vous le dimanche ?", "Non, du lundi au samedi.", NEAR))
                .isEqualTo("Pour « Livrez-vous le dimanche ? » : Du lundi au samedi.");
        assertThat(said("es", "¿Tenéis aparcamiento?", "Sí, 20 plazas detrás del local.", NEAR))
                .isEqualTo("Sobre \"¿Tenéis aparcamiento?\": 20 plazas detrás del local.");
        assertThat(said("it", "Fate consegne a domicilio?", "Sì, entro 5 km, 3 euro.", NEAR))
                .isEqualTo("Per \"Fate consegne a domicilio?\": Entro 5 km, 3 euro.");
        assertThat(said("nl", "Kan ik pinnen?", "Ja, ook contactloos.", NEAR))
                .isEqualTo("Over \"Kan ik pinnen?\": Ook contactloos.");
    }

    @Test
    void anAnswerWithoutAnOpeningTheEntrysOwnQuestionAPickAndTheLlmsChoiceAreAnsweredAsWritten() {
        assertThat(said("en", "Do you sell gift cards?", "From 10 to 200 pounds, in the shop only.", NEAR))
                .isEqualTo("From 10 to 200 pounds, in the shop only.");
        assertThat(said("pt", "Fazem clareamento dentário?", "Sim, depois de uma limpeza.", OWN))
                .isEqualTo("Sim, depois de uma limpeza.");
        assertThat(said("de", "Kann ich einen Transporter mieten?", "Ja, ab 49 € am Tag.",
                0.8)).isEqualTo("Ja, ab 49 € am Tag.");
        FaqMatch near = new FaqMatch(4, "Do you sell gift cards?", "Yes, in the shop.", NEAR);
        Locale english = Locale.ENGLISH;
        assertThat(FaqAnswerText.of(new Action.FaqAnswer(near, 1, List.of(), null, true), TEXTS, english))
                .isEqualTo("Yes, in the shop.");
        assertThat(FaqAnswerText.of(new Action.FaqAnswer(near, 0.7, List.of(), "gpt", false), TEXTS, english))
                .isEqualTo("Yes, in the shop.");
    }
}
