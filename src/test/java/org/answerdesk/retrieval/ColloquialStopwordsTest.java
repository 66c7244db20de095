package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Colloquial and regional function words are no content terms in any shipped language, so they cannot pull a question
 * to an entry whose phrasing happens to hold them; a short content word of the same shape still counts.
 */
class ColloquialStopwordsTest {

    private static void functionWordsOut(String language, String sentence, String... words) {
        Locale locale = Locale.forLanguageTag(language);
        List<String> terms = ContentTerms.of(sentence, locale);
        for (String word : words) {
            assertThat(ContentTerms.of(word, locale)).as(language + " " + word).isEmpty();
            assertThat(terms).as(language + " " + word).doesNotContain(LexicalAnalysis.fold(word));
        }
        assertThat(terms).as(language + " keeps its content words").isNotEmpty();
    }

    private static void contentWordIn(String language, String sentence, String word) {
        Locale locale = Locale.forLanguageTag(language);
        List<String> term = ContentTerms.of(word, locale);
        assertThat(term).as(language + " " + word).hasSize(1);
        assertThat(ContentTerms.of(sentence, locale)).as(language + " " + word).containsAll(term);
    }

    @Test
    void quebecAndFrenchFunctionWords() {
        functionWordsOut("fr", "pis ya tu un rabais si j'achete pour toé pi moé, ça vaut tu la peine", "ya", "si",
                "toé", "pi", "moé");
        contentWordIn("fr", "est-ce que le ski est inclus", "ski");
    }

    @Test
    void flemishFunctionWords() {
        functionWordsOut("nl-BE", "hebt ge da nie in 't wit, wa kost da voor gij", "ge", "da", "wa", "gij");
        contentWordIn("nl-BE", "lekt er water door het dak", "dak");
    }

    @Test
    void spanishColloquialFunctionWords() {
        functionWordsOut("es-CL", "y pue, tienen clases pa niños po, xq q mi hijo tb quiere", "pue", "pa", "po",
                "xq", "q", "tb");
        contentWordIn("es", "venden pan sin gluten", "pan");
    }

    @Test
    void brazilianChatFunctionWords() {
        functionWordsOut("pt-BR", "vc tem horario sabado? pq tb quero marcar pra minha mae, tá?", "vc", "pq", "tb",
                "pra", "tá");
        contentWordIn("pt", "vocês aceitam pix", "pix");
    }

    @Test
    void neapolitanAndChatItalianFunctionWords() {
        functionWordsOut("it", "tenite nu tavolo pe na cena? ce sta o parcheggio, cmq ke ora", "nu", "na", "ce",
                "o", "cmq", "ke");
        contentWordIn("it", "il neo va controllato", "neo");
    }

    @Test
    void southernGermanAndSwissFunctionWords() {
        functionWordsOut("de-AT", "i hab des net gfunden, is des a Termin oder ned", "i", "des", "net", "is", "ned");
        contentWordIn("de", "macht ihr auch die Klasse A", "a");
    }

    /** The word lists as they were written in the code before they moved to the resource files. */
    @Test
    void theFilesHoldTheSameWordsAsTheCodeDid() {
        Map<String, Set<String>> before = Map.of(
                "german", Set.of("i", "net", "ned", "is", "isch", "ne", "nen"),
                "french", Set.of("si", "toé", "moé", "pi", "ya"),
                "dutch", Set.of("gij", "wa", "da"),
                "spanish", Set.of("pa", "pal", "po", "pue", "q", "xq", "pq", "tb", "tmb"),
                "portuguese", Set.of("vc", "vcs", "pq", "tb", "tbm", "q", "pra", "né", "tá", "tô"),
                "italian", Set.of("nu", "na", "ce", "ke", "xke", "xché", "cmq", "nn"));
        for (String analyzer : LexicalAnalysis.NAMES) {
            assertThat(Stopwords.colloquial(analyzer)).as(analyzer)
                    .isEqualTo(before.getOrDefault(analyzer, Set.of()));
        }
    }

    @Test
    void englishChatFunctionWords() {
        functionWordsOut("en", "r u open sunday n wat ur prices", "r", "u", "n", "wat", "ur");
        contentWordIn("en", "do you fix the urn lid", "urn");
    }
}
