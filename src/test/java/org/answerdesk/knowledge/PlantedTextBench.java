package org.answerdesk.knowledge;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How often {@link PlantedText} holds text that is not planted: reads the Bitext retail-support answers (refunds,
 * payments, accounts, password resets, in a shop's voice) and the COVID-QA articles cut into passages as a sync cuts
 * them, and prints how many passages it names, with each one. Run from the project's root:
 * {@code java -cp target/test-classes:target/classes:<deps> org.answerdesk.knowledge.PlantedTextBench [data dir]}
 * (the data dir defaults to {@code ../shared/data}).
 */
final class PlantedTextBench {

    private PlantedTextBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<String> answers = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(
                data.resolve("bitext/Bitext_Sample_Customer_Support_Training_Dataset_v1_2023-08.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                answers.add(r.get("response"));
            }
        }
        report("bitext responses", answers);

        List<String> passages = new ArrayList<>();
        JsonNode covid = JsonMapper.builder().build().readTree(
                Files.readString(data.resolve("covid-qa/covid-qa.json"), StandardCharsets.UTF_8));
        for (JsonNode article : covid.get("data")) {
            String text = article.get("paragraphs").get(0).get("context").asString();
            var page = new Extracted("", List.of(new Extracted.Section("", "", text)), List.of());
            page.pieces("").forEach(p -> passages.add(p.text()));
        }
        report("covid-qa passages", passages);
    }

    private static void report(String name, List<String> texts) {
        int held = 0;
        for (String t : texts) {
            var found = PlantedText.find(t);
            if (found.isPresent()) {
                held++;
                System.out.println("  held: " + found.get().reason());
            }
        }
        System.out.printf("%s: %d of %d held (%.2f%%)%n", name, held, texts.size(), 100.0 * held / texts.size());
    }
}
