package org.answerdesk.channel.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.handoff.DeskOutbox;
import org.answerdesk.handoff.HandoffService;
import org.answerdesk.language.LanguageFile;
import org.answerdesk.language.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replies after the customer's 24-hour service window closed, when WhatsApp takes only approved templates: sent as
 * the configured template with the reply's text as its one parameter, or, with none configured, not sent and the
 * desk told why (in the conversation's open handoff; the reply is marked refused with the same reason either way).
 * The template goes in the conversation's language: the configured language code for the shop's default language,
 * Meta's code of the language for another the shop serves: in the shop's region where Meta has a code for it
 * ({@code pt_PT} for a shop of {@code pt-PT}), else as its language file says ({@code language.whatsapp}: Portuguese
 * as the shipped bundle writes it, Brazilian {@code pt_BR}); the template must be approved in it.
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class LateReplies {

    /** Meta's customer-service window, counted from the customer's last message. */
    static final Duration WINDOW = Duration.ofHours(24);
    /** The regional template languages Meta has for the shipped languages (its "supported languages" list). */
    private static final Set<String> META_REGIONAL_CODES = Set.of("en_GB", "en_US", "es_AR", "es_ES", "es_MX",
            "pt_BR", "pt_PT");
    /** Meta's limit for a template's body parameter text. */
    static final int PARAMETER_LIMIT = 1024;

    private static final Logger log = LoggerFactory.getLogger(LateReplies.class);

    private final WhatsAppProperties properties;
    private final GraphApi graph;
    private final HandoffService handoffs;
    private final DeskOutbox desk;
    private final Languages languages;

    LateReplies(WhatsAppProperties properties, GraphApi graph, HandoffService handoffs, DeskOutbox desk,
                Languages languages) {
        this.languages = languages;
        this.properties = properties;
        this.graph = graph;
        this.handoffs = handoffs;
        this.desk = desk;
    }

    /**
     * Whether the window has closed by what the app knows: the WhatsApp timestamp of the customer message the reply
     * goes with (the one it answers, or the conversation's latest). Unknown: open, and Meta's refusal decides.
     */
    static boolean windowClosed(OutboundMessage message, Instant now) {
        if (message.origin() == null || message.origin().raw() == null) {
            return false;
        }
        try {
            var raw = GraphApi.JSON.readTree(message.origin().raw());
            long seconds = raw.path("timestamp").asLong(0);
            return seconds > 0 && Instant.ofEpochSecond(seconds).plus(WINDOW).isBefore(now);
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Sends the reply as the template, or tells the desk it could not be sent and refuses it for good. */
    MessageRef deliver(OutboundMessage message, String why) throws DeliveryException {
        if (!properties.hasTemplate()) {
            String reason = "not delivered on WhatsApp: " + why + "; WhatsApp accepts only a template message then, "
                    + "and none is configured (ANSWERDESK_WHATSAPP_TEMPLATE)";
            tellDesk(message.conversationId(), message.text(), reason);
            throw DeliveryException.permanent(reason, null);
        }
        ObjectNode template = GraphApi.message().put("recipient_type", "individual").put("to", message.key().externalId())
                .put("type", "template");
        var body = template.putObject("template").put("name", properties.template().strip());
        Locale language = message.language() == null ? null : languages.regional(message.language());
        body.putObject("language").put("code", templateLanguage(language, languages.defaultLanguage(),
                properties.templateLanguage()));
        body.putArray("components").addObject().put("type", "body").putArray("parameters").addObject()
                .put("type", "text").put("text", WhatsAppFormat.templateParameter(message.text(), PARAMETER_LIMIT));
        try {
            String wamid = graph.send(template);
            log.info("Reply {} sent as template {}: {}", message.messageId(), properties.template(), why);
            return WhatsAppMessages.ref(wamid);
        } catch (GraphApi.WindowClosed e) {
            throw DeliveryException.permanent("the template was refused: " + e.getMessage(), e);
        }
    }

    /**
     * The template's language code for a conversation in {@code language} (with the shop's region, when set): the
     * configured one in the shop's default language (or none known), else Meta's code of the language in the shop's
     * region where Meta has one, else Meta's code of the language.
     */
    static String templateLanguage(Locale language, Locale defaultLanguage, String configured) {
        if (language == null || language.getLanguage().equals(defaultLanguage.getLanguage())) {
            return configured;
        }
        String regional = language.getLanguage() + "_" + language.getCountry();
        if (META_REGIONAL_CODES.contains(regional)) {
            return regional;
        }
        return LanguageFile.of(language.getLanguage()).map(LanguageFile::whatsApp).orElse(configured);
    }

    /** A reply Meta accepted and then reported failed because the window had closed (a status webhook). */
    void failedLate(long conversationId, String text, String reason) {
        tellDesk(conversationId, text, "not delivered on WhatsApp: " + reason);
    }

    private void tellDesk(long conversationId, String text, String reason) {
        var handoff = handoffs.openHandoffOf(conversationId);
        if (handoff.isEmpty()) {
            log.warn("Reply in conversation {} {}; no open handoff to tell", conversationId, reason);
            return;
        }
        desk.notice(handoff.get(), "⚠️ This reply was " + reason + ":\n\n" + text);
    }
}
