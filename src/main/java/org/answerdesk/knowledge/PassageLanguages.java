package org.answerdesk.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.answerdesk.language.LanguageDetection;
import org.answerdesk.language.Languages;
import org.answerdesk.retrieval.Passage;
import org.springframework.stereotype.Component;

/**
 * The language each passage is read in by the lexical search ({@link org.answerdesk.retrieval.PassageIndex}): the
 * shipped language its text is clearly written in, else the shop's default language. A shop of English alone reads
 * every passage in English, as before languages; a German shop's English page is still read in English.
 */
@Component
class PassageLanguages {

    private final String defaultLanguage;
    /** Among every shipped language, the shop's default first; null for a shop of English alone. */
    private final LanguageDetection detection;

    PassageLanguages(Languages languages) {
        this.defaultLanguage = languages.defaultLanguage().getLanguage();
        if (defaultLanguage.equals("en") && !languages.several()) {
            this.detection = null;
            return;
        }
        List<String> tags = new ArrayList<>(List.of(defaultLanguage));
        Languages.SHIPPED_TAGS.stream().filter(t -> !t.equals(defaultLanguage)).forEach(tags::add);
        this.detection = new LanguageDetection(Languages.of(tags.toArray(String[]::new)));
    }

    /** Each passage's language tag, in order. */
    List<String> of(List<Passage> passages) {
        if (detection == null) {
            return Collections.nCopies(passages.size(), defaultLanguage);
        }
        return passages.stream().map(p -> detection.next(null, p.searchable(), null).getLanguage()).toList();
    }
}
