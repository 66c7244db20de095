package org.answerdesk.channel;

import java.util.Locale;
import java.util.Optional;

import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Receipt;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.faq.FaqService;
import org.answerdesk.language.Texts;
import org.answerdesk.satisfaction.SatisfactionService;
import org.springframework.stereotype.Component;

/**
 * The one place a button press from any platform is decoded and handed to the core: a choice of a clarify reply
 * ({@link ChoicePayload}), "Talk to a person", an offered starter question ({@code faq:<entry id>}), and what a rating
 * press is told, in the conversation's language. Adapters only map their platform's button (Telegram callback data,
 * Slack action value, WhatsApp reply id, the web's payload) to the payload string and deliver the texts.
 */
@Component
public class Presses {

    /** The payload prefix of an offered starter question. */
    public static final String QUESTION_PREFIX = "faq:";

    private final ConversationService conversations;
    private final FaqService faq;
    private final Texts texts;

    Presses(ConversationService conversations, FaqService faq, Texts texts) {
        this.conversations = conversations;
        this.faq = faq;
        this.texts = texts;
    }

    /**
     * What the presser is told about a rating press: the thanks, a refusal ({@code csat.closed},
     * {@code csat.not-yours} in {@code language}), or nothing (a redelivery).
     */
    public Optional<String> ratingReply(SatisfactionService.Outcome outcome, String thanks, Locale language) {
        return switch (outcome) {
            case RECORDED -> Optional.of(thanks);
            case REPEATED -> Optional.empty();
            case EXPIRED -> Optional.of(texts.text("csat.closed", language));
            case UNKNOWN -> Optional.of(texts.text("csat.not-yours", language));
        };
    }

    /** The reply to a press on a starter question whose entry was deleted since. */
    public String questionGone(Locale language) {
        return texts.text("choices.question-gone", language);
    }

    /** The payload of a starter question's button. */
    public static String question(long entryId) {
        return QUESTION_PREFIX + entryId;
    }

    /** The question an offered starter question's payload asks, if the payload is one and its entry still exists. */
    public Optional<String> questionOf(long entryId) {
        return faq.find(entryId).map(e -> e.question());
    }

    /** Whether {@link #receive} takes this payload: a choice, a "did that help" quick reply, "Talk to a person". */
    public static boolean handles(String payload) {
        return ChoicePayload.PERSON.equals(payload) || ChoicePayload.decode(payload).isPresent()
                || ChoicePayload.verdict(payload).isPresent();
    }

    /**
     * Hands a press on a choice, on a "did that help" quick reply or on "Talk to a person" to the core, stored under
     * the platform's delivery id (a redelivery is a no-op). Empty when the payload is none of them (the adapter
     * handles its own kinds).
     *
     * <p>"That helped" and "Something else" under an answer reach the core as the web chat's chips do, as the English
     * words of the button ({@link ChoicePayload.Verdict#label}, whatever language the button showed), which the core
     * reads as the acts they are (a thanks that confirms the answer, a "that's not
     * it"). They are stored under one id per answer and conversation, whatever the platform's id: of the two
     * buttons only the first press counts, however often either is pressed or delivered.
     */
    public Optional<Receipt> receive(String eventId, ConversationKey key, Participant from, String payload,
                                     MessageRef ref, String raw) {
        if (ChoicePayload.PERSON.equals(payload)) {
            return Optional.of(conversations.receive(InboundMessage.of(Intent.HUMAN, eventId, key, from,
                    ChoicePayload.TALK_TO_PERSON_LABEL, ref, raw)));
        }
        if (ChoicePayload.decode(payload).isPresent()) {
            return Optional.of(conversations.receive(InboundMessage.choice(eventId, key, from, payload, ref, raw)));
        }
        var verdict = ChoicePayload.verdict(payload);
        if (verdict.isPresent()) {
            return Optional.of(conversations.receive(InboundMessage.question(verdictEventId(key,
                    verdict.get().replyId()), key, from, verdict.get().label(), ref, raw)));
        }
        return Optional.empty();
    }

    /** The delivery id of a "did that help" press: the conversation's and the answer's, never a platform's. */
    static String verdictEventId(ConversationKey key, long replyId) {
        return "did-it-help:" + key.externalId() + ":" + replyId;
    }
}
