package org.answerdesk.channel.slack;

import java.util.Locale;
import java.util.Map;

import org.answerdesk.language.Texts;

/**
 * What the desk says to staff in Slack (a handoff's summary, a resolved thread, a file not sent), from the language
 * bundles ({@code slack.desk.*}) in the shop's default language: staff share one desk whatever the customers speak.
 */
record StaffWords(Texts texts, Locale language) {

    String text(String key) {
        return texts.text("slack.desk." + key, language);
    }

    String text(String key, Map<String, ?> values) {
        return texts.text("slack.desk." + key, language, values);
    }
}
