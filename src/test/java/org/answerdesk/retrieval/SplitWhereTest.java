package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A where-word that begins a split pronominal adverb (nl "waar … mee", de "wo … da … an") asks "with what" or "at
 * which point" of the shop's own matter, not "where is best" in the world (docs/retrieval.md, "where47"); a
 * where-word that asks for a place stays the world's, in every language.
 */
class SplitWhereTest {

    private static final List<String> CLIMBING_GYM = List.of("Do you offer beginner courses? Kletterkurs cursus curso cours corso",
            "Yes, every Saturday. Samstag zaterdag sabado samedi sabato", "price Preis prijs precio prix prezzo preco");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|mijn dochter is negen en wil graag klimmen, waar kan ze het beste mee beginnen?",
        "nl|ik ben compleet nieuw, waar let ik het beste op?",
        "de|ich war noch nie klettern, wo fang ich da am besten an?",
        "de|mein Bub ist zehn, wo soll er am besten mit anfangen?"})
    void aSplitPronominalAdverbIsNoQuestionOfWhere(String language, String question) {
        assertThat(FarGate.of(CLIMBING_GYM, language).worldQuestion(question)).as(question).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|waar kan ik hier in de buurt het beste eten?",
        "nl|waar gaan we morgen het beste heen met de kinderen?",
        "de|wo isst man hier in der Nähe am besten?",
        "de|wo geht man abends am besten hin zum Tanzen?",
        "en|where's the best spot to catch a taxi from?",
        "fr|où est le meilleur boulanger du coin ?",
        "it|dove si mangia meglio qui vicino?",
        "pt|onde fica o melhor restaurante aqui perto?"})
    void aWhereThatAsksForAPlaceStaysTheWorlds(String language, String question) {
        assertThat(FarGate.of(CLIMBING_GYM, language).worldQuestion(question)).as(question).isTrue();
    }
}
