package org.answerdesk.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The texts an owner most often changes, per language the shop serves (admin role; every change is in the audit
 * trail by the admin API's filter): {@code GET /api/settings/texts}; {@code PUT /api/settings/texts/{language}/{key}}
 * with {@code {"text": "..."}} (its placeholders checked: a 400 with the reason); {@code DELETE} resets it to the
 * shipped text. A text the server's configuration sets (the owner's bundle files, a legacy setting) wins and is
 * read-only here (409).
 */
@RestController
@RequestMapping("/api/settings/texts")
class OwnerTextsController {

    /** The owner's text as sent. */
    record Change(String text) {
    }

    /**
     * One text in one language.
     *
     * @param text     what customers read now
     * @param shipped  the text shipped with the app (what a reset brings back)
     * @param source   FILE, ENVIRONMENT, ADMIN or SHIPPED: where {@code text} comes from
     * @param editable false when the server's configuration sets it
     * @param variable the environment variable that sets it (source ENVIRONMENT), else null
     */
    record OwnerText(String language, String key, String text, String shipped, Texts.Origin source,
                     boolean editable, Set<String> placeholders, String variable) {
    }

    /** The languages the shop serves, its first the default, and their texts. */
    record OwnerTexts(List<String> languages, List<OwnerText> texts) {
    }

    private final Texts texts;
    private final Languages languages;
    private final StoredTexts stored;

    OwnerTextsController(Texts texts, Languages languages, StoredTexts stored) {
        this.texts = texts;
        this.languages = languages;
        this.stored = stored;
    }

    @GetMapping
    OwnerTexts list() {
        return new OwnerTexts(languages.served().stream().map(Locale::getLanguage).toList(),
                languages.served().stream().flatMap(l -> OwnerTextRules.EDITABLE.stream().map(k -> view(l, k)))
                        .toList());
    }

    @PutMapping(path = "/{language}/{key}", consumes = "application/json")
    OwnerText set(@PathVariable String language, @PathVariable String key, @RequestBody Change change) {
        Locale served = editable(language, key);
        stored.put(served.getLanguage(), key, OwnerTextRules.check(key, change.text(), texts.shipped(key, served)));
        return view(served, key);
    }

    @DeleteMapping("/{language}/{key}")
    OwnerText reset(@PathVariable String language, @PathVariable String key) {
        Locale served = editable(language, key);
        stored.remove(served.getLanguage(), key);
        return view(served, key);
    }

    private Locale editable(String language, String key) {
        Locale served = languages.match(language).filter(l -> l.getLanguage().equals(language))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "the shop does not serve "
                        + "the language " + language + "; it serves " + list().languages()));
        if (!OwnerTextRules.EDITABLE.contains(key)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no text " + key + " here; the page changes "
                    + String.join(", ", OwnerTextRules.EDITABLE));
        }
        Texts.Origin origin = texts.origin(key, served);
        if (origin == Texts.Origin.FILE || origin == Texts.Origin.ENVIRONMENT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, key + " in " + language + " is set in the "
                    + (origin == Texts.Origin.FILE ? "owner's bundle files (answerdesk.texts-directory)"
                    : "environment (" + LegacySettings.variable(key) + ")") + ", which wins: change it there");
        }
        return served;
    }

    private OwnerText view(Locale language, String key) {
        Texts.Origin origin = texts.origin(key, language);
        String shipped = texts.shipped(key, language);
        return new OwnerText(language.getLanguage(), key, texts.text(key, language), shipped, origin,
                origin == Texts.Origin.ADMIN || origin == Texts.Origin.SHIPPED, OwnerTextRules.placeholders(shipped),
                origin == Texts.Origin.ENVIRONMENT ? LegacySettings.variable(key) : null);
    }
}
