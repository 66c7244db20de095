package org.answerdesk.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the code needs of a language comes from its file, and the shipped languages are the files beside the code. */
class LanguageFileTest {

    @Test
    void theShippedLanguagesAreTheFilesBesideTheCodeInTheirOrder() {
        assertThat(LanguageFile.shipped()).containsExactly("en", "de", "es", "fr", "it", "pt", "nl");
        assertThat(Languages.SHIPPED_TAGS).isEqualTo(LanguageFile.shipped());
        // the test resources' languages are found by their code, but are not shipped
        assertThat(LanguageFile.of("qaa")).isPresent();
        assertThat(LanguageFile.shipped()).doesNotContain("qaa", "every");
    }

    @Test
    void aLanguageIsWhatItsFileSays() {
        assertThat(LanguageFile.of("pt")).contains(new LanguageFile("pt", "Português", "portuguese", false, "pt_BR", 6, true));
        assertThat(LanguageFile.of("de")).contains(new LanguageFile("de", "Deutsch", "german", true, "de", 2, true));
        assertThat(LanguageFile.of("qaa")).contains(new LanguageFile("qaa", "Lingvo", "spanish", true, "eo",
                Integer.MAX_VALUE, true));
        // English says it has no lexical score (measured to cost precision there); every other file keeps the default
        assertThat(LanguageFile.of("en").orElseThrow().lexicalScore()).isFalse();
        // a file that says nothing of it: its code, no stemming, no compounds, listed last
        assertThat(LanguageFile.of("qac").orElseThrow()).extracting(LanguageFile::name, LanguageFile::compounds,
                LanguageFile::whatsApp).containsExactly("qac", false, "qac");
    }

    @Test
    void noFileNoLanguage() {
        assertThat(LanguageFile.of("qab")).isEmpty();
        assertThat(LanguageFile.of("every")).as("not a language code").isEmpty();
        assertThat(LanguageFile.of("../x")).isEmpty();
        assertThat(LanguageFile.of(null)).isEmpty();
    }

    @Test
    void aFileIsKeyTabValueLines() {
        Map<String, java.util.List<String>> keys = LanguageFile.read("/dialogue/lang/qaa.tsv").orElseThrow();
        assertThat(keys.get("closed.yes")).containsExactly("jes");
        assertThat(keys.get("language.name")).containsExactly("Lingvo");
        assertThat(LanguageFile.read("/dialogue/lang/none.tsv")).isEmpty();
        assertThatThrownBy(() -> LanguageFile.read("/language/no-tab.tsv")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2");
    }
}
