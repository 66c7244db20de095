package org.answerdesk.language;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Today's text settings, by the bundle key they override for the shop's default language. The one place that knows
 * both names: when a setting is retired, its line goes.
 */
final class LegacySettings {

    private static final String CONVERSATION = "answerdesk.conversation.";
    private static final String ACTS = CONVERSATION + "acts.";

    /** Bundle key to Spring property name, in the bundles' order. */
    static final Map<String, String> PROPERTIES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("greeting", "answerdesk.greeting");
        m.put("conversation.handoff", CONVERSATION + "handoff-message");
        m.put("conversation.human-requested", CONVERSATION + "human-requested-message");
        m.put("conversation.human-offer", CONVERSATION + "human-offer-message");
        m.put("conversation.start", CONVERSATION + "start-message");
        m.put("conversation.help", CONVERSATION + "help-message");
        m.put("conversation.reset", CONVERSATION + "reset-message");
        m.put("conversation.not-text", CONVERSATION + "not-text-message");
        m.put("conversation.too-long", CONVERSATION + "too-long-message");
        m.put("conversation.clarify", CONVERSATION + "clarify-message");
        m.put("conversation.acts.greeting", ACTS + "greeting");
        m.put("conversation.acts.welcome", ACTS + "welcome");
        m.put("conversation.acts.thanks", ACTS + "thanks");
        m.put("conversation.acts.bye", ACTS + "bye");
        m.put("conversation.acts.yes", ACTS + "yes");
        m.put("conversation.acts.no", ACTS + "no");
        m.put("conversation.acts.bot", ACTS + "bot");
        m.put("conversation.acts.capabilities", ACTS + "capabilities");
        m.put("conversation.acts.chitchat", ACTS + "chitchat");
        m.put("conversation.acts.not-helped-choices", ACTS + "not-helped-choices");
        m.put("hours.away", "answerdesk.hours.away-message");
        m.put("handoff.closing", "answerdesk.handoff.closing-message");
        m.put("csat.question", "answerdesk.csat.question");
        m.put("csat.thanks", "answerdesk.csat.thanks");
        m.put("attachment.too-large", "answerdesk.attachment.too-large-text");
        m.put("attachment.type-refused", "answerdesk.attachment.type-refused-text");
        m.put("attachment.unreadable", "answerdesk.attachment.unreadable-text");
        m.put("attachment.download-failed", "answerdesk.attachment.download-failed-text");
        PROPERTIES = Map.copyOf(m);
    }

    /** The environment variable of the setting that overrides {@code key}, e.g. {@code ANSWERDESK_GREETING}. */
    static String variable(String key) {
        String property = PROPERTIES.get(key);
        return property == null ? null : property.replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    private LegacySettings() {
    }
}
