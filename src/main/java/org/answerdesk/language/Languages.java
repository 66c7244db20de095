package org.answerdesk.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages the shop serves, in the owner's order; the first is the default. A language is a {@link Locale} of
 * the language only ({@code Locale.forLanguageTag("de")}): detection, the words and the FAQ's entries go by it. A
 * served language may carry the owner's region ({@code pt-PT}), which only chooses the wording of its texts
 * ({@link #regional}).
 */
public final class Languages {

    /** The languages the bot ships, in their order: the files that exist ({@link LanguageFile#shipped()}). */
    public static final List<String> SHIPPED_TAGS = LanguageFile.shipped();

    private final List<Locale> served;
    /** A served language's code to the language with the owner's region ({@code pt} to {@code pt_PT}), when given. */
    private final Map<String, Locale> regions = new LinkedHashMap<>();

    /**
     * @param served the shop's languages, the default first; each must be a shipped one, with or without a region
     *               ({@code pt-PT}); a language named twice keeps its first place
     * @throws IllegalArgumentException for none, one not shipped, or one language with two different regions
     */
    public Languages(List<Locale> served) {
        if (served == null || served.isEmpty()) {
            throw new IllegalArgumentException("a shop serves at least one language");
        }
        this.served = served.stream().map(l -> Locale.forLanguageTag(l.getLanguage())).distinct().toList();
        this.served.forEach(l -> {
            if (!SHIPPED_TAGS.contains(l.getLanguage())) {
                throw new IllegalArgumentException("no texts for language " + l + "; shipped: " + SHIPPED_TAGS);
            }
        });
        for (Locale l : served) {
            Locale region = l.getCountry().isEmpty() ? null
                    : new Locale.Builder().setLanguage(l.getLanguage()).setRegion(l.getCountry()).build();
            Locale known = regions.get(l.getLanguage());
            if (region != null && known != null && !known.equals(region)) {
                throw new IllegalArgumentException("two regions of one language: " + known.toLanguageTag() + " and "
                        + region.toLanguageTag() + " (a conversation's language is the language; choose one)");
            }
            if (region != null) {
                regions.put(l.getLanguage(), region);
            }
        }
    }

    /** Shortcut for tests and tools: {@code Languages.of("de", "en")}. */
    public static Languages of(String... tags) {
        return new Languages(List.of(tags).stream().map(Locale::forLanguageTag).toList());
    }

    /** The shop's languages, the default first. */
    public List<Locale> served() {
        return served;
    }

    /** The shop's default language. */
    public Locale defaultLanguage() {
        return served.get(0);
    }

    /**
     * The wording a served language's texts take: the language with the owner's region ({@code pt_PT} for a shop of
     * {@code pt-PT}), else the language itself; an unserved language (and null) reads as the default.
     */
    public Locale regional(Locale language) {
        Locale served = serve(language);
        return regions.getOrDefault(served.getLanguage(), served);
    }

    /** Whether the shop serves more than one language (else nothing needs detecting). */
    public boolean several() {
        return served.size() > 1;
    }

    /**
     * The served language a platform's or browser's tag names ({@code "de-AT"}, {@code "pt-BR"}, {@code "en_US"},
     * {@code "FR"}); empty for none, blank, malformed or a language the shop does not serve.
     */
    public Optional<Locale> match(String tagOrNull) {
        if (tagOrNull == null || tagOrNull.isBlank()) {
            return Optional.empty();
        }
        // the primary subtag is all that matters: "de-AT" and "de_CH" are German, "pt-BR" is Portuguese
        String primary = tagOrNull.strip().split("[-_;,.\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return served.stream().filter(l -> l.getLanguage().equals(primary)).findFirst();
    }

    /** {@link #match}, or the default language. */
    public Locale resolve(String tagOrNull) {
        return match(tagOrNull).orElse(defaultLanguage());
    }

    /** The language itself when the shop serves it, else the default (null too). */
    public Locale serve(Locale language) {
        return language == null ? defaultLanguage() : match(language.getLanguage()).orElse(defaultLanguage());
    }

    @Override
    public String toString() {
        return served.stream().map(l -> regional(l).toString()).toList().toString();
    }
}
