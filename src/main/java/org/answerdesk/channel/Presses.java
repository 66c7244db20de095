package org.answerdesk.channel;

import java.util.Optional;

import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.Participant;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.faq.FaqService;
import org.answerdesk.satisfaction.SatisfactionService;
import org.springframework.stereotype.Component;

/**
 * The one place a button press from any platform is decoded and handed to the core: a choice of a clarify reply
 * ({@link ChoicePayload}), "Talk to a person", an offered starter question ({@code faq:<entry id>}), and what a rating
 * press is told. Adapters only map their platform's button (Telegram callback data, Slack action value, WhatsApp
 * reply id, the web's payload) to the payload string and deliver the texts.
 */
@Component
public class Presses {

    /** The refusal of a rating that cannot be recorded any more. */
    public static final String RATING_CLOSED = "Sorry, this rating is closed.";
    /** The refusal of a rating pressed by someone other than the conversation's customer. */
    public static final String RATING_NOT_YOURS = "Sorry, this rating is not yours to give.";
    /** The reply to a press on a starter question whose entry was deleted since. */
    public static final String QUESTION_GONE = "Sorry, that question is no longer available.";
    /** The payload prefix of an offered starter question. */
    public static final String QUESTION_PREFIX = "faq:";

    private final ConversationService conversations;
    private final FaqService faq;

    Presses(ConversationService conversations, FaqService faq) {
        this.conversations = conversations;
        this.faq = faq;
    }

    /** What the presser is told about a rating press: the thanks, a refusal, or nothing (a redelivery). */
    public static Optional<String> ratingReply(SatisfactionService.Outcome outcome, String thanks) {
        return switch (outcome) {
            case RECORDED -> Optional.of(thanks);
            case REPEATED -> Optional.empty();
            case EXPIRED -> Optional.of(RATING_CLOSED);
            case UNKNOWN -> Optional.of(RATING_NOT_YOURS);
        };
    }

    /** The payload of a starter question's button. */
    public static String question(long entryId) {
        return QUESTION_PREFIX + entryId;
    }

    /** The question an offered starter question's payload asks, if the payload is one and its entry still exists. */
    public Optional<String> questionOf(long entryId) {
        return faq.find(entryId).map(e -> e.question());
    }

    /**
     * Hands a press on a choice or on "Talk to a person" to the core, stored under the platform's delivery id
     * (a redelivery is a no-op). False when the payload is neither (the adapter handles its own kinds).
     */
    public boolean receive(String eventId, ConversationKey key, Participant from, String payload, MessageRef ref,
                           String raw) {
        if (ChoicePayload.PERSON.equals(payload)) {
            conversations.receive(InboundMessage.of(Intent.HUMAN, eventId, key, from,
                    ChoicePayload.TALK_TO_PERSON_LABEL, ref, raw));
            return true;
        }
        if (ChoicePayload.decode(payload).isPresent()) {
            conversations.receive(InboundMessage.choice(eventId, key, from, payload, ref, raw));
            return true;
        }
        return false;
    }
}
