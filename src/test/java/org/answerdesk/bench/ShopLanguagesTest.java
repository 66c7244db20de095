package org.answerdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.answerdesk.faq.FaqDraft;
import org.answerdesk.faq.FaqImporter;
import org.answerdesk.retrieval.Csv;
import org.junit.jupiter.api.Test;

class ShopLanguagesTest {

    @Test
    void readsTheOptionsLanguagesInTheirOrder() {
        assertThat(ShopLanguages.parse("de,en").languages()).containsExactly("de", "en");
        assertThat(ShopLanguages.parse(" EN , De ").languages()).containsExactly("en", "de");
        assertThatThrownBy(() -> ShopLanguages.parse("de,fr")).hasMessageContaining("no benchmark FAQ for \"fr\"");
        assertThatThrownBy(() -> ShopLanguages.parse("de,de")).hasMessageContaining("twice");
        assertThatThrownBy(() -> ShopLanguages.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsAlternateHalfEachWithDistinctTextsFromTheirLanguagesQuestions() {
        var shop = ShopLanguages.parse("de,en");
        Map<String, List<String>> questions = Map.of("de", List.of("Wo ist mein Paket?", "Was kostet der Versand?"),
                "en", List.of("Where is my parcel?", "How much is shipping?", "Can I pay by card?"));
        Set<String> texts = new HashSet<>();
        long german = IntStream.range(200, 400).filter(i -> shop.language(i).equals("de")).count();
        for (int i = 200; i < 400; i++) {
            String language = shop.language(i);
            String text = ShopLanguages.text(i, language, questions, 2, true);
            assertThat(text).endsWith(" (" + i + ")");
            assertThat(questions.get(language)).contains(text.substring(0, text.lastIndexOf(" (")));
            texts.add(text);
        }
        assertThat(german).isEqualTo(100);
        assertThat(texts).hasSize(200);
        // each language's questions all asked, in turn
        assertThat(IntStream.range(0, 6).mapToObj(i -> ShopLanguages.text(i, shop.language(i), questions, 2, false)))
                .containsExactly("Wo ist mein Paket?", "Where is my parcel?", "Was kostet der Versand?",
                        "How much is shipping?", "Wo ist mein Paket?", "Can I pay by card?");
    }

    @Test
    void aSessionIdNamesItsLanguage() {
        assertThat(ShopLanguages.languageOf("bench-" + ShopLanguages.session("conc", "de", 1017))).isEqualTo("de");
        assertThat(ShopLanguages.languageOf("bench-" + ShopLanguages.session("select", "en", 5))).isEqualTo("en");
        assertThat(ShopLanguages.languageOf("bench-conc-17")).isNull();
        assertThat(ShopLanguages.languageOf("bench-warm-c-3")).isNull();
        assertThat(ShopLanguages.unnumbered("Wo ist mein Paket? (217)")).isEqualTo("Wo ist mein Paket?");
        assertThat(ShopLanguages.unnumbered("Order 217 (late)")).isEqualTo("Order 217 (late)");
    }

    @Test
    void theGermanFaqIsGermanAndEveryQuestionNamesOneOfItsEntries() throws Exception {
        List<FaqDraft> entries;
        try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/bench/de-faq.csv"), StandardCharsets.UTF_8)) {
            entries = FaqImporter.csv(in);
        }
        assertThat(entries).hasSizeGreaterThanOrEqualTo(8).allSatisfy(e -> {
            assertThat(e.language()).isEqualTo("de");
            assertThat(e.phrasings()).isNotEmpty();
        });
        Set<String> asked = entries.stream().map(FaqDraft::question).collect(java.util.stream.Collectors.toSet());
        List<List<String>> rows;
        try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/bench/de-questions.csv"),
                StandardCharsets.UTF_8)) {
            rows = Csv.read(in);
        }
        assertThat(rows.subList(1, rows.size())).hasSizeGreaterThanOrEqualTo(2 * entries.size())
                .allSatisfy(r -> assertThat(asked).contains(r.get(1)));
        var questions = ShopLanguages.parse("de,en").questions();
        assertThat(questions.get("de")).hasSize(rows.size() - 1);
        assertThat(questions.get("en")).isEqualTo(ChatBenchmark.inScopeParaphrases());
    }
}
