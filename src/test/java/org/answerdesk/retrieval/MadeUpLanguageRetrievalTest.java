package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.answerdesk.language.LanguageFile;
import org.junit.jupiter.api.Test;

/**
 * Retrieval reads a language from its files alone: the made-up {@code qaa} of the test resources names its analyzer
 * and says it has compounds in {@code dialogue/lang/qaa.tsv}, and has concepts in {@code retrieval/concepts/qaa.txt};
 * no line of code names it. Every shipped language's file names an analyzer there is.
 */
class MadeUpLanguageRetrievalTest {

    @Test
    void aLanguageWordsAreAnalysedByTheAnalyzerItsFileNames() {
        String text = "Kiom kostas la sendadoj al Berlino?";
        assertThat(LexicalAnalysis.analyzer("qaa")).isEqualTo("spanish");
        assertThat(LexicalAnalysis.forLanguage("qaa").apply(text))
                .isEqualTo(LexicalAnalysis.forLanguage("es").apply(text))
                .isNotEqualTo(LexicalAnalysis.forLanguage("qab").apply(text));
        assertThat(LexicalAnalysis.analyzer("qab")).as("a language with no file").isEqualTo("plain");
    }

    @Test
    void aLanguageOfCompoundsFindsItsConceptsInsideItsWords() {
        ConceptLexicon qaa = ConceptLexicon.forLanguage("qaa");
        assertThat(qaa.concepts("sendkostoj")).containsExactlyInAnyOrder("shipping", "cost");
        assertThat(qaa.concepts("liverado")).containsExactly("shipping");
    }

    @Test
    void everyShippedLanguageNamesAnAnalyzerThereIs() {
        assertThat(LanguageFile.shipped()).isNotEmpty().allSatisfy(code -> assertThat(LexicalAnalysis.NAMES)
                .as("dialogue/lang/%s.tsv language.analyzer", code).contains(LanguageFile.of(code).orElseThrow()
                        .analyzer()));
        // the seven as before: English its own stemmer, the others Lucene's, German and Dutch of compounds
        assertThat(LanguageFile.shipped().stream().map(LexicalAnalysis::analyzer).toList()).containsExactly(
                "english", "german", "spanish", "french", "italian", "portuguese", "dutch");
        assertThat(LanguageFile.shipped().stream().filter(c -> LanguageFile.of(c).orElseThrow().compounds()))
                .containsExactly("de", "nl");
    }

    @Test
    void aFileNamingAnAnalyzerThereIsNotIsRefusedWithTheNames() {
        assertThatThrownBy(() -> LexicalAnalysis.analyzer("qac")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("qac.tsv").hasMessageContaining("klingon").hasMessageContaining("german");
    }
}
