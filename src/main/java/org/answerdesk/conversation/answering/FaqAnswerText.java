package org.answerdesk.conversation.answering;

import java.util.Locale;
import java.util.Map;

import org.answerdesk.dialogue.Action;
import org.answerdesk.language.Texts;

/**
 * The text of an FAQ answer the retriever found by itself. Said without its opening "yes" or "no"
 * ({@link Action.FaqAnswer#said(Locale)} differs from the answer as written), it opens with the entry's question ({@value #KEY}, "About "Do you do
 * whitening?": ..."): an owner's answer is written for its question and often names its subject only by the
 * yes, so "In the chair: 250 €" given to a customer who asked about implants would read as the implants' price.
 */
final class FaqAnswerText {

    static final String KEY = "conversation.answer-about";

    private FaqAnswerText() {
    }

    static String of(Action.FaqAnswer answer, Texts texts, Locale language) {
        String said = answer.said(language);
        String question = answer.entry().question();
        if (said == null || said.equals(answer.entry().answer()) || question == null || question.isBlank()) {
            return said;
        }
        return texts.text(KEY, language, Map.of("question", question.strip())) + " " + said;
    }
}
