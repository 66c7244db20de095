package org.answerdesk.channel.whatsapp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ObjectNode;

/**
 * Sends stored replies through the Graph API: WhatsApp-formatted text split at 4,096 characters, the reply's
 * choices (clarify, scores, offered questions) as buttons or a list on the last part; answers are rated by a
 * 👍/👎 reaction, so they carry no buttons. The returned ref is the last message's wamid. A retry after a failure
 * in the middle starts at the first part not yet sent. A reply after the customer's 24-hour window goes to
 * {@link LateReplies}. Before the core answers a question, the customer's message is marked read with the typing
 * indicator ({@link #beforeAnswer}).
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppChannelAdapter implements ChannelAdapter {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppChannelAdapter.class);

    private final GraphApi graph;
    private final WhatsAppProperties properties;
    private final LateReplies late;
    private final ReadMarks readMarks;
    private final Texts texts;

    WhatsAppChannelAdapter(GraphApi graph, WhatsAppProperties properties, LateReplies late, ReadMarks readMarks,
                           Texts texts) {
        this.texts = texts;
        this.graph = graph;
        this.properties = properties;
        this.late = late;
        this.readMarks = readMarks;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    /** The customer's message marked read, with "typing…" until the answer comes (at most 25 s, by WhatsApp). */
    @Override
    public void beforeAnswer(ConversationKey key) {
        readMarks.take(key).ifPresent(wamid -> {
            ObjectNode read = GraphApi.message().put("status", "read").put("message_id", wamid);
            read.putObject("typing_indicator").put("type", "text");
            try {
                graph.post(read);
            } catch (DeliveryException | GraphApi.WindowClosed e) {
                log.debug("Read mark not shown in {}: {}", key.externalId(), e.getMessage());
            }
        });
    }

    @Override
    public MessageRef deliver(OutboundMessage message) throws DeliveryException {
        if (LateReplies.windowClosed(message, Instant.now())) {
            return late.deliver(message, "the customer last wrote more than 24 hours ago");
        }
        List<ObjectNode> requests = requests(message);
        String to = message.key().externalId();
        String wamid = null;
        for (int i = Math.max(0, Math.min(message.partsDelivered(), requests.size() - 1)); i < requests.size(); i++) {
            try {
                wamid = graph.send(requests.get(i));
            } catch (GraphApi.WindowClosed e) {
                if (i > 0) {
                    throw DeliveryException.permanent("the window closed after " + i + " parts: " + e.getMessage(), e)
                            .afterParts(i);
                }
                return late.deliver(message, e.getMessage());
            } catch (DeliveryException e) {
                throw e.afterParts(i);
            }
        }
        log.debug("Reply {} sent to {} in {} messages", message.messageId(), to, requests.size());
        return wamid == null ? null : WhatsAppMessages.ref(wamid);
    }

    /** The Graph API requests of the reply, in order: its text parts, the last one carrying the choices if any. */
    private List<ObjectNode> requests(OutboundMessage message) {
        String to = message.key().externalId();
        List<Suggestion> offered = message.showSuggestions() ? message.suggestions() : List.of();
        boolean questionButtons = message.source() == ReplySource.SYSTEM && !offered.isEmpty();
        List<String> related = questionButtons ? List.of()
                : offered.stream().limit(properties.maxSuggestions()).map(Suggestion::question).toList();
        Locale language = message.language();
        List<String> parts = new ArrayList<>(WhatsAppFormat.render(message.text(), related,
                texts.text("answer.related", language), WhatsAppFormat.LIMIT));
        List<WhatsAppButtons.Option> options = message.offersChoices()
                ? WhatsAppButtons.clarify(message.messageId(), message.choices(), texts, language)
                : message.asksForRating() ? WhatsAppButtons.rating(message.ratingRequestId())
                : questionButtons ? WhatsAppButtons.questions(offered)
                : message.asksIfHelped() ? WhatsAppButtons.didItHelp(message.messageId(), texts, language)
                : List.of();
        if (!options.isEmpty() && (parts.isEmpty() || parts.get(parts.size() - 1).length() > WhatsAppFormat.INTERACTIVE_BODY)) {
            // an interactive message's body is shorter than a text message
            parts.add(texts.text("choices.please-choose", language));
        }
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            out.add(last && !options.isEmpty() ? WhatsAppButtons.interactive(to, parts.get(i), options, texts, language)
                    : WhatsAppMessages.text(to, parts.get(i)));
        }
        return out;
    }
}
