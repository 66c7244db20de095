package org.answerdesk.faq;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.answerdesk.language.Languages;
import org.answerdesk.language.Texts;
import org.answerdesk.retrieval.FaqEntry;
import org.springframework.stereotype.Component;

/**
 * The languages FAQ entries may carry: those the shop serves ({@code ANSWERDESK_LANGUAGES}). An entry written without
 * one is in the shop's default language, so every FAQ written before entries had languages keeps its meaning.
 */
@Component
public class EntryLanguages {

    /** A language tag as people write one: {@code de}, {@code DE}, {@code de-AT}, {@code pt_BR}. */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private final Languages languages;

    public EntryLanguages(Languages languages) {
        this.languages = languages;
    }

    /**
     * The language code an entry is stored with: null for none (the default language), the served language a tag
     * names ({@code "DE"} and {@code "de-AT"} are {@code "de"}).
     *
     * @throws IllegalArgumentException for a language the shop does not serve, saying which it serves
     */
    public String check(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String tag = written.strip();
        return languages.match(tag).filter(l -> TAG.matcher(tag).matches()).map(Locale::getLanguage)
                .orElseThrow(() -> new IllegalArgumentException("language \"" + shown(tag) + "\" is not one the shop "
                        + "serves (" + String.join(", ", served()) + "; ANSWERDESK_LANGUAGES)"));
    }

    /**
     * How an import reads each row's language: the row's own, else the import's ({@code ?language=}), else the
     * default; checked as {@link #check} does.
     *
     * @throws IllegalArgumentException when the import's own language is not served
     */
    UnaryOperator<String> forImport(String importLanguage) {
        String whole = check(importLanguage);
        return written -> written == null || written.isBlank() ? whole : check(written);
    }

    /** The draft with its language checked and normalised. */
    FaqDraft checked(FaqDraft draft) {
        return draft.inLanguage(check(draft.language()));
    }

    /** The entry's language: its own, or the shop's default. */
    public String of(FaqEntry entry) {
        return entry.language() == null ? languages.defaultLanguage().getLanguage() : entry.language();
    }

    /** Whether the shop serves more than one language (only then are entries matched per language). */
    public boolean several() {
        return languages.several();
    }

    /** The served language codes, the default first. */
    public List<String> served() {
        return languages.served().stream().map(Locale::getLanguage).toList();
    }

    /**
     * What the admin page's FAQ form offers: the served languages, named in the owner's language, and the form's
     * words from the language bundles.
     *
     * @param served       the shop's languages, the default first: code and name
     * @param label        the field's label
     * @param defaultLabel the choice of no language (the shop's default)
     */
    public record Form(List<Map<String, String>> served, String label, String defaultLabel) {
    }

    /** {@link Form} in {@code owner}'s language. */
    Form form(Locale owner, Texts texts) {
        List<Map<String, String>> served = languages.served().stream()
                .map(l -> Map.of("code", l.getLanguage(), "name", l.getDisplayLanguage(owner))).toList();
        return new Form(served, texts.text("admin.faq.language", owner), texts.text("admin.faq.language.default",
                owner, Map.of("language", languages.defaultLanguage().getDisplayLanguage(owner))));
    }

    /** The served language the owner's browser names ({@code lang}), else the shop's default. */
    Locale owner(String lang) {
        return languages.resolve(lang);
    }

    private static String shown(String tag) {
        return tag.length() > 20 ? tag.substring(0, 20) + "..." : tag.replaceAll("\\p{Cntrl}", "?");
    }
}
