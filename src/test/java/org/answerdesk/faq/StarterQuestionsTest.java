package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.answerdesk.language.LanguageDetection;
import org.answerdesk.language.Languages;
import org.junit.jupiter.api.Test;

/** The starter questions of a shop of several languages: those written in the conversation's language. */
class StarterQuestionsTest {

    private static final LanguageDetection DE_EN = new LanguageDetection(Languages.of("de", "en"));
    private static final Function<StarterQuestions.Question, Locale> LANGUAGE_OF = q -> DE_EN.next(null, q.text(), null);

    private static final List<StarterQuestions.Question> RANKED = List.of(
            new StarterQuestions.Question(1, "How do I reset my password?"),
            new StarterQuestions.Question(2, "Wie lange dauert der Versand nach Österreich?"),
            new StarterQuestions.Question(3, "Can I change the delivery address of my order?"),
            new StarterQuestions.Question(4, "Kann ich meine Bestellung noch stornieren?"),
            new StarterQuestions.Question(5, "Do you ship to Switzerland?"),
            new StarterQuestions.Question(6, "Welche Zahlungsarten akzeptieren Sie?"));

    private static List<Long> ids(List<StarterQuestions.Question> questions) {
        return questions.stream().map(StarterQuestions.Question::entryId).toList();
    }

    @Test
    void eachLanguageGetsItsOwnQuestionsInTheirRankedOrder() {
        assertThat(ids(StarterQuestions.inLanguage(RANKED, Locale.GERMAN, LANGUAGE_OF, 2))).containsExactly(2L, 4L);
        assertThat(ids(StarterQuestions.inLanguage(RANKED, Locale.ENGLISH, LANGUAGE_OF, 3))).containsExactly(1L, 3L, 5L);
        assertThat(ids(StarterQuestions.inLanguage(RANKED, Locale.GERMAN, LANGUAGE_OF, 4))).containsExactly(2L, 4L, 6L);
    }

    @Test
    void anFaqWithNoQuestionInTheLanguageOffersItsFirstQuestionsAsToday() {
        LanguageDetection deEs = new LanguageDetection(Languages.of("de", "es"));
        // English questions in a German and Spanish shop read as the default language's (German)
        List<StarterQuestions.Question> english = RANKED.stream().filter(q -> q.entryId() % 2 == 1).toList();
        assertThat(ids(StarterQuestions.inLanguage(english, Locale.forLanguageTag("es"), q -> deEs.next(null, q.text(), null),
                2))).containsExactly(1L, 3L);
        assertThat(StarterQuestions.inLanguage(List.of(), Locale.GERMAN, LANGUAGE_OF, 3)).isEmpty();
    }
}
