package org.answerdesk.conversation.answering;

import java.util.Locale;

import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.dialogue.Outcome;
import org.answerdesk.language.LanguageDetection;
import org.answerdesk.language.Languages;
import org.springframework.stereotype.Component;

/**
 * Works out a question's answer before its message is stored ({@link DecisionRunner#prepare}), from the message
 * alone: nothing for a message that is not a question or a channel that greets first; else what
 * {@link DialoguePolicy#prepare} makes of it, rendered, in the language a conversation the message opens takes (with
 * the platform's hint), and, in a shop of several languages, that language's tag and whether a conversation already
 * in it stays in it. Reads no conversation: the store decides whether the answer holds.
 */
@Component
class OneStepAnswers {

    private final DialoguePolicy policy;
    private final ActionRenderer renderer;
    private final ChannelAdapters adapters;
    private final Languages languages;
    private final LanguageDetection detection;

    OneStepAnswers(DialoguePolicy policy, ActionRenderer renderer, ChannelAdapters adapters, Languages languages,
                   LanguageDetection detection) {
        this.policy = policy;
        this.renderer = renderer;
        this.adapters = adapters;
        this.languages = languages;
        this.detection = detection;
    }

    DecisionRunner.Preparation prepare(InboundMessage message) {
        String text = message.text().strip();
        if (message.intent() != Intent.QUESTION || adapters.greetsFirstMessage(message.key())) {
            return DecisionRunner.Preparation.NONE;
        }
        long start = System.nanoTime();
        // in a shop of several languages the FAQ's verdict and the texts follow the conversation's language, which
        // only the store knows: worked out as for a conversation the message opens (with the platform's hint, as the
        // state reads it), and kept by the store only where the conversation opens or stays in that language
        String hint = message.from().language();
        var opening = detection.opening(text, hint);
        Locale language = opening.language();
        String tag = languages.several() ? language.toLanguageTag() : null;
        boolean stays = tag == null || opening.stays();
        var prepared = policy.prepare(text, language);
        if (prepared.retrieval() != null) {
            adapters.beforeAnswer(message.key());
        }
        return new DecisionRunner.Preparation(prepared.answer().map(a -> new DecisionRunner.Prepared(
                renderer.render(a, message.key(), language), (int) ((System.nanoTime() - start) / 1_000_000), text,
                Outcome.ofAnswer(a), tag, stays)), prepared.retrieval(), text, language);
    }
}
