package org.answerdesk.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every text a customer reads, in the conversation's language. A key resolves, first found wins:
 * <ol>
 * <li>the owner's directory: for a language served with its region ({@code pt-PT}) the region's
 *     {@code messages_pt_PT.properties}, then {@code messages_<language>.properties} (for the default language also
 *     {@code messages.properties});</li>
 * <li>for the shop's default language only, today's setting of that text when the owner set it (non-blank), e.g.
 *     {@code ANSWERDESK_CONVERSATION_HANDOFF_MESSAGE} for {@code conversation.handoff};</li>
 * <li>the text the owner set on the admin page for that language (stored in PostgreSQL): the server's own
 *     configuration (the two above) wins over it, as the environment does for channels and the brand;</li>
 * <li>for a language served with its region, the shipped file of the region when there is one
 *     ({@code texts/messages_pt_PT.properties}: only the keys whose wording differs there), then the shipped bundle
 *     of the language ({@code texts/messages_<language>.properties}, English in {@code texts/messages.properties});</li>
 * <li>the shipped bundle of the default language (with its region's file), then English.</li>
 * </ol>
 * A language the shop does not serve (and null) reads as the default language. {@code {name}} placeholders are
 * replaced from the values given; an unknown one stays as written. Bundles are UTF-8, loaded once; the owner's
 * directory is read when this is made (at start: a restart reloads it); the admin page's texts are read as they
 * change.
 */
public final class Texts {

    static final String SHIPPED = "texts/";

    private final Languages languages;
    private final Function<String, String> settings;
    private final BiFunction<String, String, String> stored;
    private final Map<String, Properties> owner = new HashMap<>();
    private final Map<String, Properties> shipped = new HashMap<>();

    /**
     * @param languages the shop's languages
     * @param settings  today's settings by Spring property name (Spring's {@code Environment::getProperty}); null
     *                  for unset
     * @param ownerDirectory the owner's directory of bundle files, or null for none
     * @throws UncheckedIOException when a bundle there cannot be read
     * @throws IllegalArgumentException when the directory is given but is not one
     */
    public Texts(Languages languages, Function<String, String> settings, Path ownerDirectory) {
        this(languages, settings, ownerDirectory, (language, key) -> null);
    }

    /**
     * @param stored the texts set on the admin page: (language tag, key) to the text, or null
     * @see #Texts(Languages, Function, Path)
     */
    Texts(Languages languages, Function<String, String> settings, Path ownerDirectory,
          BiFunction<String, String, String> stored) {
        this.languages = languages;
        this.settings = settings;
        this.stored = stored;
        shipped.putAll(TextBundles.shipped(languages));
        if (ownerDirectory != null) {
            owner.putAll(TextBundles.owner(languages, ownerDirectory));
        }
    }

    /** The text of a key in a language, with no placeholders filled. */
    public String text(String key, Locale language) {
        return text(key, language, Map.of());
    }

    /**
     * The text of a key in a language, its {@code {name}} placeholders replaced from {@code values}.
     *
     * @throws IllegalArgumentException for a key no bundle has (a programming error)
     */
    public String text(String key, Locale language, Map<String, ?> values) {
        String text = raw(key, languages.serve(language));
        if (values.isEmpty()) {
            return text;
        }
        // one pass over the text: a value is never searched for placeholders (a customer named "{message}")
        return PLACEHOLDER.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                values.containsKey(m.group(1)) ? String.valueOf(values.get(m.group(1))) : m.group()));
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]+)}");

    /** The keys of the shipped English bundle (every text there is). */
    public Set<String> keys() {
        return shipped.get("en").stringPropertyNames();
    }

    /** Where a text of a served language comes from, first found wins. */
    enum Origin { FILE, ENVIRONMENT, ADMIN, SHIPPED }

    /** Where the text of {@code key} in a served {@code language} comes from. */
    Origin origin(String key, Locale language) {
        String tag = language.getLanguage();
        if (value(owner.get(tag), key) != null) {
            return Origin.FILE;
        }
        if (legacy(key, language) != null) {
            return Origin.ENVIRONMENT;
        }
        return stored.apply(tag, key) != null ? Origin.ADMIN : Origin.SHIPPED;
    }

    /**
     * The shipped text of a key in a language (its region's file when the shop serves the language with one, its
     * own bundle, else English), with no owner's change.
     */
    String shipped(String key, Locale language) {
        String found = value(shipped.get(language.getLanguage()), key);
        return found != null ? found : value(shipped.get("en"), key);
    }

    private String legacy(String key, Locale language) {
        if (!language.equals(languages.defaultLanguage())) {
            return null;
        }
        return Optional.ofNullable(LegacySettings.PROPERTIES.get(key)).map(settings).filter(s -> !s.isBlank())
                .orElse(null);
    }

    private String raw(String key, Locale language) {
        String tag = language.getLanguage();
        String found = value(owner.get(tag), key);
        if (found == null) {
            found = legacy(key, language);
        }
        if (found == null) {
            found = stored.apply(tag, key);
        }
        if (found == null) {
            found = value(shipped.get(tag), key);
        }
        if (found == null) {
            // a bundle behind (an owner's older file, a key added later) falls back; TextsTest keeps shipped ones whole
            found = value(owner.get(languages.defaultLanguage().getLanguage()), key);
        }
        if (found == null) {
            found = value(shipped.get(languages.defaultLanguage().getLanguage()), key);
        }
        if (found == null) {
            found = value(shipped.get("en"), key);
        }
        if (found == null) {
            throw new IllegalArgumentException("no text for key " + key);
        }
        return found;
    }

    private static String value(Properties bundle, String key) {
        return bundle == null ? null : bundle.getProperty(key);
    }

    static String fileName(String tag) {
        return "en".equals(tag) ? "messages.properties" : "messages_" + tag + ".properties";
    }

    /** A bundle read as UTF-8 (Java's {@code Properties.load(InputStream)} would read ISO-8859-1). */
    static Properties load(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("the bundle " + name + " is missing from the build");
        }
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the texts " + name, e);
        }
        return p;
    }
}
