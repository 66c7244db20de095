package org.answerdesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's languages and the owner's texts ({@code answerdesk.languages}, {@code answerdesk.texts-directory}).
 *
 * @param languages      the languages the shop answers in, e.g. {@code de} or {@code de,en}; the first is the default:
 *                       the language of a conversation until the customer's messages or platform tell another, and of
 *                       a customer writing a language the shop does not serve. Shipped: en, de, es, fr, it, pt, nl
 * @param textsDirectory a directory of the owner's texts, files of the shipped bundles' keys named
 *                       {@code messages_<language>.properties} (UTF-8; {@code messages.properties} also counts for
 *                       the default language); a key found there wins over the shipped text. Read at start: a restart
 *                       reloads it. Empty for none
 */
@ConfigurationProperties("answerdesk")
public record LanguageProperties(
        @DefaultValue("en") List<String> languages,
        @DefaultValue("") String textsDirectory) {

    public LanguageProperties {
        languages = languages == null ? List.of() : languages.stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        textsDirectory = textsDirectory == null ? "" : textsDirectory.strip();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("answerdesk.languages (ANSWERDESK_LANGUAGES) must name at least one "
                    + "language; shipped: " + String.join(", ", Languages.SHIPPED_TAGS));
        }
        List<String> unknown = new ArrayList<>();
        for (String tag : languages) {
            if (!Languages.SHIPPED_TAGS.contains(tag.toLowerCase(Locale.ROOT))) {
                unknown.add(tag);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("answerdesk.languages (ANSWERDESK_LANGUAGES) names " + unknown
                    + ", which the bot has no texts for; the shipped languages are "
                    + String.join(", ", Languages.SHIPPED_TAGS) + " (language codes only, e.g. de,en)");
        }
    }

    /** The languages as {@link Locale}s of the language only, in order, each once; the first is the default. */
    public List<Locale> locales() {
        return languages.stream().map(t -> Locale.forLanguageTag(t.toLowerCase(Locale.ROOT))).distinct().toList();
    }
}
