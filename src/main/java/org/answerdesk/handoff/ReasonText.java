package org.answerdesk.handoff;

import java.util.Locale;

import org.answerdesk.dialogue.HandoffReasons;
import org.answerdesk.language.Languages;
import org.answerdesk.language.Texts;
import org.springframework.stereotype.Component;

/**
 * A handoff's reason as staff read it: the stored code's text ({@code handoff.reason.<code>}) in the desk's
 * language, the shop's default (staff share one desk whatever the customers speak, as the Slack desk's words).
 * A reason no bundle knows (set by hand in the database) is shown as stored.
 */
@Component
class ReasonText {

    private final Texts texts;
    private final Languages languages;

    ReasonText(Texts texts, Languages languages) {
        this.texts = texts;
        this.languages = languages;
    }

    String of(String code) {
        return of(code, languages.defaultLanguage());
    }

    String of(String code, Locale language) {
        String key = HandoffReasons.textKey(code);
        return code != null && texts.keys().contains(key) ? texts.text(key, language) : code;
    }
}
