package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPairsLearnerTest {

    @TempDir
    Path dir;

    /** A shop of its own trade: a price entry, one of its trade, two more, and customers asking in their words. */
    private Path shop(String name, String priceQuestion, String other, List<String[]> messages) throws IOException {
        Path set = Files.createDirectories(dir.resolve(name));
        Files.writeString(set.resolve("de-faq.csv"), "question,answer,category,keywords,phrasings\n"
                + priceQuestion + ",Das steht in der Preisliste.,,Preis,\n"
                + other + ",Ja.,,,\n"
                + "Gibt es Gutscheine?,Ja.,,,\nWie kann ich bezahlen?,Bar oder mit Karte.,,,\n",
                StandardCharsets.UTF_8);
        List<String> plan = new ArrayList<>(List.of("conversation\tturn\tmessage\tright\twrong"));
        for (int i = 0; i < messages.size(); i++) {
            plan.add("1\t" + (i + 1) + "\t" + messages.get(i)[0] + "\tFAQ: \"" + messages.get(i)[1] + "\"\tx");
        }
        Files.write(set.resolve("de-plan.tsv"), plan, StandardCharsets.UTF_8);
        return set;
    }

    @Test
    void aCustomersWordForAnEntrysWordInThreeShopsIsPairedAndOneOfOneShopsEntryEachIsNot() throws IOException {
        List<Path> sets = List.of(
                shop("set1", "Was kostet ein Haarschnitt?", "Habt ihr Parkplätze?", List.of(
                        new String[] {"wie teuer wird das bei euch", "Was kostet ein Haarschnitt?"},
                        new String[] {"gibts eigentlich parkplätze", "Habt ihr Parkplätze?"})),
                shop("set2", "Was kostet ein Zimmer?", "Darf mein Hund mit?", List.of(
                        new String[] {"ist das sehr teuer", "Was kostet ein Zimmer?"},
                        new String[] {"darf eigentlich mein kleiner Dackel mit", "Darf mein Hund mit?"})),
                shop("set3", "Was kostet eine Reparatur?", "Wann habt ihr offen?", List.of(
                        new String[] {"teuer oder nicht", "Was kostet eine Reparatur?"},
                        new String[] {"eigentlich seid ihr morgens schon da", "Wann habt ihr offen?"})));

        Map<String, WordPairsLearner.Evidence> pairs = WordPairsLearner.learn(sets, "de");

        WordPairsLearner.Evidence cost = pairs.get("teu\tpreis");
        assertThat(cost).isNotNull();
        assertThat(cost.shops).containsExactly("set1", "set2", "set3");
        assertThat(cost.kept()).isTrue();
        // "eigentlich" comes with each shop's own entry of its trade, never with the same entry word: none is kept
        String word = LexicalAnalysis.forLanguage("de").apply("eigentlich").get(0) + "\t";
        assertThat(pairs.keySet()).filteredOn(k -> k.startsWith(word)).isNotEmpty();
        assertThat(pairs.entrySet()).filteredOn(e -> e.getKey().startsWith(word))
                .allSatisfy(e -> assertThat(e.getValue().kept()).isFalse());
    }
}
