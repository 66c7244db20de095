package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.language.LanguageFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each shipped language asks whether a business does something (its file's {@code service.question} lines). */
class ServiceQuestionsTest {

    @Test
    void everyShippedLanguageHasItsForms() {
        assertThat(LanguageFile.shipped()).allSatisfy(code -> assertThat(ServiceQuestions.of(code)).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|do u guys do gift wrapping",
        "en|you also sell spare lids?",
        "de|macht ihr auch Änderungen an Jacken?",
        "de-AT|kann ma bei eich Ski ausleihn",
        "fr|vous faites la teinture ?",
        "fr-CA|Est-ce que vous livrez à Laval?",
        "it|fate pure le pizze senza glutine?",
        "es|¿venden fundas para celulares?",
        "nl|doen jullie ook tuinonderhoud?",
        "nl-BE|verhuurt ge ook fietsen?",
        "pt|vcs fazem limpeza pós obra?",
        "pt-PT|Têm piscina?"})
    void aQuestionWhetherTheShopDoesSomethingHasAForm(String language, String question) {
        assertThat(ServiceQuestions.asks(ServiceQuestions.of(language), question)).isTrue();
    }

    /**
     * The forms of set 14's dialects (en 4.1 "do yous do …", de 4.3 "kennts ihr …", nl 5.2 "kunde … ook …"), in
     * sentences of their own: a "can you" becomes a service form in Flemish only with "ook" (also), so that a request
     * such as "kunnen jullie vandaag nog komen?" stays none.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|do yous sell garden sheds as well",
        "en|youse do key cutting?",
        "de|kennts ihr mia de schuah a doppeln?",
        "de|konnts ihr des a liefern",
        "nl|kunde gij ook mijn oude zetel meenemen?",
        "nl-BE|kunt ge ook de vloer leggen",
        "nl|kun je ook een aanhangwagen verhuren?"})
    void theDialectsOfSet14AskWhetherTheShopDoesSomething(String language, String question) {
        assertThat(ServiceQuestions.asks(ServiceQuestions.of(language), question)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|kunde gij morgen al komen?",
        "en|how much is shipping to canada",
        "en|can you resend my receipt",
        "de|was kostet ein Zimmer im August?",
        "fr|c'est combien la vidange",
        "it|quanto costa una margherita?",
        "es|a qué hora abren el sábado",
        "nl|kunnen jullie vandaag nog komen?",
        "pt|quanto custa a limpeza?"})
    void otherQuestionsHaveNone(String language, String question) {
        assertThat(ServiceQuestions.asks(ServiceQuestions.of(language), question)).isFalse();
    }

    /**
     * A message read by several lists of forms in a row, then another message, then the first again (as the gates
     * read them, the thread's last text folded once): each reading is the one the message has on its own.
     */
    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "en|do you also fix bike brakes?|what time does the counter close",
        "de|verleiht ihr auch Zelte?|wie lange dauert der Versand nach Graz",
        "fr|vous réparez les montres anciennes ?|où se trouve le parking",
        "pt|vocês alugam bicicletas elétricas?|qual é o prazo de entrega",
        "nl|repareren jullie ook scooters?|hoe laat gaat de winkel dicht"})
    void eachMessageIsReadAsOnItsOwnWhateverWasReadBefore(String language, String asking, String other) {
        var forms = ServiceQuestions.of(language);
        for (int round = 0; round < 3; round++) {
            assertThat(ServiceQuestions.asks(ServiceQuestions.know(language), asking)).isFalse();
            assertThat(ServiceQuestions.asks(forms, asking)).isTrue();
            assertThat(ServiceQuestions.asks(forms, other)).isFalse();
            assertThat(ServiceQuestions.asks(forms, other.toUpperCase(java.util.Locale.ROOT) + "?")).isFalse();
            assertThat(ServiceQuestions.asks(forms, asking.toUpperCase(java.util.Locale.ROOT))).isTrue();
        }
    }

    @Test
    void anUnknownLanguageHasNoForms() {
        assertThat(ServiceQuestions.of("qqq")).isEmpty();
        assertThat(ServiceQuestions.asks(ServiceQuestions.of("qqq"), "do you sell sofas?")).isFalse();
    }
}
