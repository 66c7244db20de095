package org.answerdesk.channel.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.answerdesk.conversation.SpokenMessages;
import org.answerdesk.faq.StarterQuestions;
import org.answerdesk.language.Languages;
import org.answerdesk.language.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat page's and the widget's words in the visitor's language: the browser's language ({@code lang}, e.g.
 * {@code de-AT}) if the shop serves it, else the shop's default. The greeting comes in the same language.
 */
@RestController
class WebTextsController {

    /** The bundle keys a page reads: its own labels and those of the choices it shows. */
    private static final String[] PAGE_KEYS = {"web.", "widget.", "choices."};

    private final Languages languages;
    private final Texts texts;
    private final StarterQuestions starters;
    private final ObjectProvider<SpokenMessages> spoken;

    WebTextsController(Languages languages, Texts texts, StarterQuestions starters,
                       ObjectProvider<SpokenMessages> spoken) {
        this.spoken = spoken;
        this.languages = languages;
        this.texts = texts;
        this.starters = starters;
    }

    /**
     * The page's texts: {@code {"language": "de", "texts": {"web.send": "Senden", ...}, "voice": {...}}}; {@code voice}
     * is there only when a transcriber hears recordings, so the page shows its microphone only then.
     */
    record PageTexts(String language, Map<String, String> texts, Voice voice) {
    }

    /** Recordings are heard up to {@code maxSeconds} long: the page's recorder stops there. */
    record Voice(long maxSeconds) {
    }

    @GetMapping("/api/chat/texts")
    PageTexts texts(@RequestParam(name = "lang", required = false) String lang) {
        Locale language = languages.resolve(lang);
        Map<String, String> page = new TreeMap<>();
        for (String key : texts.keys()) {
            for (String prefix : PAGE_KEYS) {
                if (key.startsWith(prefix)) {
                    page.put(key, texts.text(key, language));
                }
            }
        }
        SpokenMessages ears = spoken.getIfAvailable();
        return new PageTexts(language.toLanguageTag(), page,
                ears == null ? null : new Voice(ears.longest().toSeconds()));
    }

    /** The greeting of a new chat: text to show first, then the most asked questions as chips. */
    record Greeting(String text, List<StarterQuestions.Question> questions) {
    }

    /** The greeting of a new chat and the most asked questions in the visitor's language, for the page to show. */
    @GetMapping("/api/chat/greeting")
    Greeting greeting(@RequestParam(name = "lang", required = false) String lang) {
        Locale language = languages.resolve(lang);
        return new Greeting(texts.text("greeting", language), starters.questions(language));
    }
}
