package org.answerdesk.channel.whatsapp;

import java.util.Locale;

import org.answerdesk.channel.Presses;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.satisfaction.Rating;
import org.answerdesk.satisfaction.RatingPayload;
import org.answerdesk.satisfaction.SatisfactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A press on a reply button or list row, decoded through the same payloads as the other channels: a score
 * ({@link RatingPayload}), a clarify choice ({@link ChoicePayload}), an offered question ({@code faq:<id>}) or
 * "Talk to a person". The core decides whether it counts and answers it; a score is acknowledged here with a short
 * text, since WhatsApp has no toast. Each press is its own WhatsApp message, so its wamid makes a redelivery the
 * same press.
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppPresses {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppPresses.class);

    private final ConversationService conversations;
    private final SatisfactionService satisfaction;
    private final Presses presses;
    private final GraphApi graph;
    private final ConversationDesk desk;

    WhatsAppPresses(ConversationService conversations, SatisfactionService satisfaction, Presses presses,
                    GraphApi graph, ConversationDesk desk) {
        this.desk = desk;
        this.conversations = conversations;
        this.satisfaction = satisfaction;
        this.presses = presses;
        this.graph = graph;
    }

    /**
     * Passes the press on to the core.
     *
     * @param id    the option's id as WhatsApp gives it back
     * @param title what the customer saw on the option, stored when the id is none of ours
     * @throws IllegalArgumentException for an id that is none of ours and no title (the caller quarantines it)
     */
    void pressed(String wamid, ConversationKey key, Participant from, String id, String title, String raw) {
        var ref = WhatsAppMessages.ref(wamid);
        var rating = RatingPayload.decode(id);
        if (rating.isPresent()) {
            rate(wamid, key, from, rating.get());
        } else if (presses.receive(wamid, key, from, id, ref, raw).isPresent()) {
            return; // a choice, "did that help", or "Talk to a person"
        } else if (WhatsAppButtons.question(id) != null) {
            String question = presses.questionOf(WhatsAppButtons.question(id)).orElse(title);
            if (question == null || question.isBlank()) {
                throw new IllegalArgumentException("a press on question " + id + ", which no longer exists");
            }
            conversations.receive(InboundMessage.question(wamid, key, from, question, ref, raw));
        } else if (title != null && !title.isBlank()) {
            // a template's quick reply, or a button of an older version: what it says is the question
            conversations.receive(InboundMessage.question(wamid, key, from, title, ref, raw));
        } else {
            throw new IllegalArgumentException("a press with an unknown id and no title");
        }
    }

    private void rate(String wamid, ConversationKey key, Participant from, RatingPayload payload) {
        var outcome = satisfaction.rate(Rating.pressed(key, from.externalUserId(), payload.requestId(), payload.score(),
                wamid));
        Locale language = desk.language(key);
        String text = presses.ratingReply(outcome, satisfaction.thanks(language), language).orElse(null);
        // only a recorded score holds the press's wamid; a refusal claims it here, so a redelivery is not told twice
        boolean refused = outcome == SatisfactionService.Outcome.EXPIRED || outcome == SatisfactionService.Outcome.UNKNOWN;
        if (text != null && (!refused || conversations.firstDelivery(Channel.WHATSAPP, wamid))) {
            try {
                graph.send(WhatsAppMessages.text(key.externalId(), text));
            } catch (Exception e) {
                log.debug("Rating acknowledgement not sent to {}: {}", key.externalId(), e.toString());
            }
        }
    }
}
