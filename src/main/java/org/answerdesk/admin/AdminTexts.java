package org.answerdesk.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.language.LanguageFile;
import org.answerdesk.language.Languages;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The admin page's words in the owner's language: the bundles {@code texts/admin[_de|_es|...].properties} (UTF-8),
 * apart from the customers' {@code messages*.properties} since the owner's language need not be one the shop serves.
 * The language is a browser's choice on the page when it names a shipped one, else {@code ANSWERDESK_ADMIN_LANGUAGE},
 * else the shop's default language. A page's {@code {{key}}} markers are replaced by the escaped texts when it is
 * served; the scripts read the whole bundle as JSON from an attribute ({@code {{texts-json}}}), as the pages carry
 * no inline script.
 */
@Component
class AdminTexts {

    static final String BUNDLE = "texts/admin";
    private static final Pattern MARKER = Pattern.compile("\\{\\{([a-zA-Z0-9._-]+)}}");

    /** The page's choice of language: each shipped one by its name in itself, from its file. */
    private static final List<List<String>> LANGUAGES = Languages.SHIPPED_TAGS.stream()
            .map(tag -> List.of(tag, LanguageFile.of(tag).orElseThrow().name())).toList();

    private final Map<String, Properties> bundles = new HashMap<>();
    private final Locale configured;
    private final JsonMapper json = JsonMapper.builder().build();

    AdminTexts(AdminProperties properties, Languages languages) {
        for (String tag : Languages.SHIPPED_TAGS) {
            bundles.put(tag, load(tag));
        }
        this.configured = properties.language().isEmpty() ? languages.defaultLanguage()
                : Locale.forLanguageTag(properties.language());
    }

    /** The shipped language a tag names ({@code "de"}, {@code "de-AT"}), else the configured one. */
    Locale language(String tagOrNull) {
        if (tagOrNull != null) {
            String primary = tagOrNull.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            if (Languages.SHIPPED_TAGS.contains(primary)) {
                return Locale.forLanguageTag(primary);
            }
        }
        return configured;
    }

    /** Whether a tag names a language the admin page has texts in. */
    static boolean shipped(String tagOrNull) {
        return tagOrNull != null && Languages.SHIPPED_TAGS.contains(tagOrNull.strip().toLowerCase(Locale.ROOT));
    }

    /** Every text of the page in a language, English where the language's bundle lacks a key. */
    Map<String, String> texts(Locale language) {
        Map<String, String> all = new TreeMap<>();
        Properties english = bundles.get("en");
        Properties own = bundles.getOrDefault(language.getLanguage(), english);
        for (String key : english.stringPropertyNames()) {
            all.put(key, own.getProperty(key, english.getProperty(key)));
        }
        return all;
    }

    /** One text, its {@code {name}} placeholders replaced. */
    String text(String key, Locale language, Map<String, ?> values) {
        String text = texts(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no admin text for key " + key);
        }
        for (Map.Entry<String, ?> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
        }
        return text;
    }

    /**
     * A page with its markers replaced, each HTML-escaped: {@code {{lang}}}, {@code {{texts-json}}} (the bundle as
     * JSON, for an attribute), {@code {{languages-json}}} (the shipped languages as {@code [[code, name], ...]}, the
     * page's choice of language), {@code {{error}}} and every bundle key.
     */
    String render(String page, Locale language, String error) {
        Map<String, String> texts = texts(language);
        Matcher m = MARKER.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 8192);
        while (m.find()) {
            String key = m.group(1);
            String value = switch (key) {
                case "lang" -> language.getLanguage();
                case "texts-json" -> HtmlUtils.htmlEscape(json.writeValueAsString(texts));
                case "languages-json" -> HtmlUtils.htmlEscape(json.writeValueAsString(LANGUAGES));
                case "error" -> HtmlUtils.htmlEscape(error == null ? "" : error);
                default -> {
                    String text = texts.get(key);
                    if (text == null) {
                        throw new IllegalStateException("the admin page names a text no bundle has: " + key);
                    }
                    yield HtmlUtils.htmlEscape(text);
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String fileName(String tag) {
        return "en".equals(tag) ? BUNDLE + ".properties" : BUNDLE + "_" + tag + ".properties";
    }

    /** A shipped bundle, read as UTF-8 (Java's {@code Properties.load(InputStream)} would read ISO-8859-1). */
    static Properties load(String tag) {
        InputStream in = AdminTexts.class.getClassLoader().getResourceAsStream(fileName(tag));
        if (in == null) {
            throw new IllegalStateException("the admin texts " + fileName(tag) + " are missing from the build");
        }
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the admin texts " + fileName(tag), e);
        }
        return p;
    }
}
