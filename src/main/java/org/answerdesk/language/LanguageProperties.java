package org.answerdesk.language;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's languages and the owner's texts ({@code answerdesk.languages}, {@code answerdesk.texts-directory}).
 *
 * @param languages      the languages the shop answers in, e.g. {@code de} or {@code de,en}; the first is the default:
 *                       the language of a conversation until the customer's messages or platform tell another, and of
 *                       a customer writing a language the shop does not serve. Shipped: en, de, es, fr, it, pt, nl. A
 *                       language may name its region as a BCP 47 tag ({@code pt-PT}, {@code de-CH}, {@code es-419}):
 *                       the conversation's language stays the language, and its texts take the region's wording where
 *                       a file of the region has it (the owner's {@code messages_pt_PT.properties}, then the shipped
 *                       one), else the language's
 * @param textsDirectory a directory of the owner's texts, files of the shipped bundles' keys named
 *                       {@code messages_<language>.properties} or, for a language served with its region,
 *                       {@code messages_<language>_<REGION>.properties} (e.g. {@code messages_pt_PT.properties}; it
 *                       wins over the language's file); UTF-8; {@code messages.properties} also counts for the default
 *                       language; a key found there wins over the shipped text. Read at start: a restart reloads it.
 *                       Empty for none
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
        Map<String, Locale> regions = new LinkedHashMap<>();
        for (String tag : languages) {
            Locale locale = locale(tag);
            if (locale == null || !Languages.SHIPPED_TAGS.contains(locale.getLanguage())) {
                unknown.add(tag);
            } else if (!locale.getCountry().isEmpty()
                    && !regions.computeIfAbsent(locale.getLanguage(), l -> locale).equals(locale)) {
                throw new IllegalArgumentException("answerdesk.languages (ANSWERDESK_LANGUAGES) names two regions of "
                        + "one language, " + regions.get(locale.getLanguage()).toLanguageTag() + " and "
                        + locale.toLanguageTag() + ": a conversation's language is the language, choose one region");
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("answerdesk.languages (ANSWERDESK_LANGUAGES) names " + unknown
                    + ", which the bot has no texts for; the shipped languages are "
                    + String.join(", ", Languages.SHIPPED_TAGS)
                    + " (a language code, e.g. de,en, or a language with its region, e.g. pt-PT)");
        }
    }

    /**
     * The languages as {@link Locale}s in order, each language once (its first place); a language with its region
     * keeps the region ({@code pt_PT}), which only words the texts. The first is the default.
     */
    public List<Locale> locales() {
        Map<String, Locale> byLanguage = new LinkedHashMap<>();
        for (String tag : languages) {
            Locale locale = locale(tag);
            Locale known = byLanguage.get(locale.getLanguage());
            if (known == null || known.getCountry().isEmpty()) {
                byLanguage.put(locale.getLanguage(), locale);
            }
        }
        return List.copyOf(byLanguage.values());
    }

    /**
     * A well-formed BCP 47 tag ({@code pt-PT}, {@code es-419}; {@code pt_PT} and any case read the same) as the
     * language and region only; null for a malformed one.
     */
    private static Locale locale(String tag) {
        try {
            Locale full = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            return new Locale.Builder().setLanguage(full.getLanguage()).setRegion(full.getCountry()).build();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }
}
