package org.answerdesk.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

/**
 * The conversation's language after each customer message: detected among the shop's languages only, helped by the
 * platform's hint, and kept. Pure and thread-safe: no Spring, no state besides the loaded profiles.
 * <ul>
 * <li>A shop of one language never detects anything (the fast path).</li>
 * <li>A message too short to tell (fewer than {@value #MIN_WORDS} words of letters or {@value #MIN_LETTERS} letters:
 *     "ok", "thanks", an emoji, an order number, "asdfgh") never switches a language already set; for the first
 *     message the platform's hint decides, else the default.</li>
 * <li>A clear message (the detector's best language at {@value #CLEAR} or more) decides the first language; one of
 *     {@value #SWITCH_WORDS} words or more in another served language switches. Anything else, another script or a
 *     language the shop does not serve, keeps the current language (the default at the start). Never an exception
 *     for any text.</li>
 * </ul>
 * Optimaize's short-text profiles are loaded: the served languages and the others of {@link #RECOGNISED}, whose
 * only use is to say "not served" (docs/language.md has the measurements).
 */
public final class LanguageDetection {

    static final int MIN_WORDS = 2;
    /** Leaving a language already set takes a little more: "thank you" or "ok merci" never does. */
    static final int SWITCH_WORDS = 3;
    /** The fewest words of a first message that outweigh the platform's language. */
    static final int HINT_WORDS = 4;
    static final int MIN_LETTERS = 8;
    static final double CLEAR = 0.80;
    /** Words of two letters or more; digits, emoji, punctuation and one-letter bits are not words. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}+");

    /**
     * Latin-script languages read besides the shop's own, so that a customer writing one of them (or a shipped
     * language the shop does not serve) is recognised as not served instead of taken for the nearest served one
     * (Turkish read as German in a German and English shop). Every short-text profile Optimaize ships.
     */
    static final List<String> RECOGNISED = List.of("en", "de", "es", "fr", "it", "pt", "nl", "da", "no", "sv", "fi",
            "pl", "cs", "ro", "tr", "id", "vi");

    private final Languages languages;
    private final LanguageDetector detector;

    /**
     * @throws UncheckedIOException when a shipped profile cannot be read (a broken build)
     */
    public LanguageDetection(Languages languages) {
        this.languages = languages;
        if (!languages.several()) {
            this.detector = null;
            return;
        }
        try {
            var profiles = new LanguageProfileReader().read("languages.shorttext", RECOGNISED);
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles could not be read", e);
        }
    }

    /**
     * The conversation's language after this message.
     *
     * @param current      the conversation's language so far; null at the start
     * @param message      the customer's text, any (null, empty, emoji, another script)
     * @param platformHint what the platform tells ({@code language_code} "de", a browser's "pt-BR"), or null
     * @return one of the shop's languages, never null
     */
    public Locale next(Locale current, String message, String platformHint) {
        Locale kept = current == null ? null : languages.match(current.getLanguage()).orElse(null);
        if (detector == null) {
            return languages.defaultLanguage();
        }
        // what the platform says of a first message outweighs a guess from a few words ("¿Eres un bot?")
        Optional<Locale> hint = kept == null ? languages.match(platformHint) : Optional.empty();
        Optional<Locale> clear = detect(message, kept != null ? SWITCH_WORDS : hint.isPresent() ? HINT_WORDS
                : MIN_WORDS);
        if (clear.isPresent()) {
            return clear.get();
        }
        if (kept != null) {
            return kept;
        }
        return hint.orElse(languages.defaultLanguage());
    }

    /**
     * What a message that opens a conversation makes of its language, and whether a conversation already in that
     * language stays in it after the message: {@code next(null, message, platformHint)} and whether
     * {@code next(that, message, platformHint)} is that language, with the detector asked once (only how many words
     * each reading needs differs).
     */
    public Opening opening(String message, String platformHint) {
        if (detector == null) {
            return new Opening(languages.defaultLanguage(), true);
        }
        Optional<Locale> hint = languages.match(platformHint);
        String words = message == null ? null : words(message, MIN_WORDS);
        int count = words == null ? 0 : (int) words.chars().filter(c -> c == ' ').count() + 1;
        Optional<Locale> found = words == null ? Optional.empty() : clear(words);
        Locale language = (count >= (hint.isPresent() ? HINT_WORDS : MIN_WORDS) ? found : Optional.<Locale>empty())
                .orElse(hint.orElse(languages.defaultLanguage()));
        Locale kept = languages.match(language.getLanguage()).orElse(null);
        if (kept == null) {
            return new Opening(language, next(language, message, platformHint).equals(language));
        }
        Locale after = count >= SWITCH_WORDS ? found.orElse(kept) : kept;
        return new Opening(language, after.equals(language));
    }

    /** A first message's language ({@link #opening}), and whether a conversation in it stays in it. */
    public record Opening(Locale language, boolean stays) {
    }

    /** The served language this message is clearly written in; empty when too short, unclear or not served. */
    Optional<Locale> detect(String message) {
        return detect(message, MIN_WORDS);
    }

    private Optional<Locale> detect(String message, int minWords) {
        if (detector == null || message == null) {
            return Optional.empty();
        }
        String words = words(message, minWords);
        return words == null ? Optional.empty() : clear(words);
    }

    /** The served language of {@link #words} at {@value #CLEAR} or more. */
    private Optional<Locale> clear(String words) {
        List<DetectedLanguage> found = detector.getProbabilities(words);
        if (found.isEmpty() || found.get(0).getProbability() < CLEAR) {
            return Optional.empty();
        }
        return languages.match(found.get(0).getLocale().getLanguage());
    }

    /** The shop's languages this detects among. */
    public Languages languages() {
        return languages;
    }

    /** The message's words, space-separated, or null when they are too few to tell or mostly not Latin script. */
    static String words(String message, int minWords) {
        List<String> words = new ArrayList<>();
        int letters = 0;
        int latin = 0;
        Matcher m = WORD.matcher("");
        for (String token : message.split("\\s++")) {
            // links and addresses say nothing of the customer's language
            if (token.contains("://") || token.contains("www.") || token.contains("@")) {
                continue;
            }
            m.reset(token);
            while (m.find()) {
                words.add(m.group());
                letters += m.end() - m.start();
                for (int i = m.start(); i < m.end(); ) { // \p{IsLatin}'s code points, without a matcher per word
                    int c = token.codePointAt(i);
                    latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
                    i += Character.charCount(c);
                }
            }
        }
        // the shipped languages are all written in Latin script: Cyrillic, Arabic or Chinese is none of them
        if (words.size() < minWords || letters < MIN_LETTERS || latin * 2 < letters) {
            return null;
        }
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
