package org.answerdesk.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The bundles {@link Texts} reads, one merged bundle per language: a language served with its region has the region's
 * file laid over the language's, the region's keys winning ({@code messages_pt_PT.properties} over
 * {@code messages_pt.properties}). A region's shipped file holds only the keys whose wording differs there.
 */
final class TextBundles {

    private TextBundles() {
    }

    /**
     * The shipped bundles by language code, every shipped language; a served language with its region has the
     * shipped file of the region, when there is one, laid over it.
     */
    static Map<String, Properties> shipped(Languages languages) {
        Map<String, Properties> shipped = new HashMap<>();
        for (String tag : Languages.SHIPPED_TAGS) {
            shipped.put(tag, Texts.load(resource(Texts.fileName(tag)), tag));
        }
        for (Locale language : languages.served()) {
            Locale region = languages.regional(language);
            if (region.equals(language)) {
                continue;
            }
            Properties merged = new Properties();
            merged.putAll(shipped.get(language.getLanguage()));
            boolean overlaid = false;
            for (String file : shippedRegionFiles(region)) {
                InputStream overlay = resource(file);
                if (overlay != null) {
                    merged.putAll(Texts.load(overlay, file));
                    overlaid = true;
                }
            }
            if (overlaid) {
                shipped.put(language.getLanguage(), merged);
            }
        }
        return shipped;
    }

    /**
     * The shipped files a region reads over its language, later ones winning: a Spanish-speaking country of the
     * Americas ({@code es-MX}, {@code es-AR}) reads Latin America's ({@code messages_es_419.properties}) first, then
     * its own when the build has one; any other region only its own.
     */
    static List<String> shippedRegionFiles(Locale region) {
        String country = region.getCountry();
        boolean americas = "es".equals(region.getLanguage()) && !country.isEmpty()
                && !SPAIN_AND_AFRICA.contains(country) && !LATIN_AMERICA.equals(country);
        return americas ? List.of("messages_es_" + LATIN_AMERICA + ".properties", regionFileName(region))
                : List.of(regionFileName(region));
    }

    /** UN M.49's Latin America and the Caribbean, a region code Java's locales take. */
    private static final String LATIN_AMERICA = "419";
    /** The Spanish-speaking countries outside the Americas: Spain and Equatorial Guinea. */
    private static final Set<String> SPAIN_AND_AFRICA = Set.of("ES", "GQ");

    /**
     * The owner's bundles by served language code, from a directory: for the default language
     * {@code messages.properties}, then the language's file, then its region's, each later one winning.
     *
     * @throws UncheckedIOException when a file there cannot be read
     * @throws IllegalArgumentException when the path is not a directory
     */
    static Map<String, Properties> owner(Languages languages, Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("answerdesk.texts-directory " + directory + " is not a directory");
        }
        Map<String, Properties> owner = new HashMap<>();
        for (Locale language : languages.served()) {
            Properties own = new Properties();
            if (language.equals(languages.defaultLanguage())) {
                own.putAll(read(directory.resolve("messages.properties")));
            }
            own.putAll(read(directory.resolve("messages_" + language.getLanguage() + ".properties")));
            Locale region = languages.regional(language);
            if (!region.equals(language)) {
                own.putAll(read(directory.resolve(regionFileName(region))));
            }
            owner.put(language.getLanguage(), own);
        }
        return owner;
    }

    /** A region's file name, Java's resource bundle naming: {@code messages_pt_PT.properties}, {@code messages_es_419}. */
    static String regionFileName(Locale region) {
        return "messages_" + region.getLanguage() + "_" + region.getCountry() + ".properties";
    }

    private static InputStream resource(String fileName) {
        return TextBundles.class.getClassLoader().getResourceAsStream(Texts.SHIPPED + fileName);
    }

    private static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Properties();
        }
        try {
            return Texts.load(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the texts in " + file, e);
        }
    }
}
