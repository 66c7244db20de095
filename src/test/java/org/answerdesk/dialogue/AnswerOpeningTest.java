package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;

/** An owner's opening "yes" or "no" is said only to the question it was written for. */
class AnswerOpeningTest {

    private static final double NEAR = 0.62;
    private static final double OWN = 0.93;

    private static String said(String language, String answer, double cosine) {
        return AnswerOpening.said(new FaqMatch(7, "Q?", answer, cosine), Locale.forLanguageTag(language));
    }

    @Test
    void aNearQuestionGetsTheAnswerWithoutItsYesOrNoInEveryLanguage() {
        assertThat(said("nl", "Ja, gratis in heel Rotterdam en Schiedam.", NEAR))
                .isEqualTo("Gratis in heel Rotterdam en Schiedam.");
        assertThat(said("pt", "Sim. Aferir a pressão é grátis.", NEAR)).isEqualTo("Aferir a pressão é grátis.");
        assertThat(said("es", "Sí, claro, abrimos los sábados.", NEAR)).isEqualTo("Abrimos los sábados.");
        assertThat(said("fr", "Oui, bien sûr : nous réparons les écrans.", NEAR))
                .isEqualTo("Nous réparons les écrans.");
        assertThat(said("it", "Sì, certo! Il parcheggio è gratuito.", NEAR)).isEqualTo("Il parcheggio è gratuito.");
        assertThat(said("de", "Nein – wir verleihen keine Anhänger.", NEAR)).isEqualTo("Wir verleihen keine Anhänger.");
        assertThat(said("en", "Yes. Express delivery costs €12.95.", NEAR)).isEqualTo("Express delivery costs €12.95.");
        assertThat(said("en-GB", "No, we don't ship to Norway.", NEAR)).isEqualTo("We don't ship to Norway.");
    }

    @Test
    void theEntrysOwnQuestionKeepsTheAnswerAsWritten() {
        assertThat(said("nl", "Ja, gratis in heel Rotterdam.", OWN)).isEqualTo("Ja, gratis in heel Rotterdam.");
        assertThat(said("en", "Yes. Express delivery costs €12.95.", AnswerOpening.OWN_QUESTION))
                .isEqualTo("Yes. Express delivery costs €12.95.");
    }

    @Test
    void wordsThatOnlyLookLikeAnOpeningStay() {
        // a yes or no inside the sentence, with no punctuation after it, is part of what the owner says
        assertThat(said("en", "No for EU and UK orders: we ship from both.", NEAR))
                .isEqualTo("No for EU and UK orders: we ship from both.");
        assertThat(said("es", "Si reservas antes del viernes, es gratis.", NEAR))
                .isEqualTo("Si reservas antes del viernes, es gratis.");
        assertThat(said("en", "Yesterday's orders ship today.", NEAR)).isEqualTo("Yesterday's orders ship today.");
        // nothing would be left but the opening
        assertThat(said("en", "Yes.", NEAR)).isEqualTo("Yes.");
        assertThat(said("de", "Ja! 🙂", NEAR)).isEqualTo("Ja! 🙂");
        // a language whose file has no openings, and none at all
        assertThat(said("qac", "Yes, it is.", NEAR)).isEqualTo("Yes, it is.");
        assertThat(said("zz", "Yes, it is.", NEAR)).isEqualTo("Yes, it is.");
        assertThat(AnswerOpening.said(new FaqMatch(7, "Q?", null, NEAR), Locale.ENGLISH)).isNull();
    }

    @Test
    void aPickedEntryOrOneTheLlmChoseIsAnsweredAsWritten() {
        FaqMatch near = new FaqMatch(7, "Do you pick me up?", "Yes, free in Rotterdam.", NEAR);
        Locale english = Locale.ENGLISH;
        assertThat(new Action.FaqAnswer(near, 0.9, List.of(), null, false).said(english))
                .isEqualTo("Free in Rotterdam.");
        assertThat(new Action.FaqAnswer(near, 1, List.of(), null, true).said(english))
                .isEqualTo("Yes, free in Rotterdam.");
        assertThat(new Action.FaqAnswer(near, 0.7, List.of(), "gpt", false).said(english))
                .isEqualTo("Yes, free in Rotterdam.");
    }
}
