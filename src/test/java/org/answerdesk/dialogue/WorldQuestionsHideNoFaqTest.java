package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Questions about the world outside the shop are small talk by whole-message rules (docs/dialogue.md, "World
 * questions and regional acts"); a shop question must never be read as one. Every FAQ question and phrasing, and
 * every query with an entry for its answer, of the measuring sets ({@code src/test/resources/eval}, seven languages,
 * 2,900 texts) is read by the acts of its language: none is small talk. The out-of-scope queries ({@code oos}, no
 * label) may be.
 */
class WorldQuestionsHideNoFaqTest {

    @Test
    void noShopQuestionOfTheMeasuringSetsIsReadAsSmallTalk() throws IOException {
        List<String> read = new ArrayList<>();
        int texts = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/eval"))) {
            files = walk.filter(p -> p.getFileName().toString().matches("(faq|queries|learning-queries)\\.csv"))
                    .sorted().toList();
        }
        for (Path file : files) {
            String dir = file.getParent().getFileName().toString().replaceAll("[0-9]", "");
            try (Reader in = Files.newBufferedReader(file)) {
                var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
                List<String> header = parser.getHeaderNames();
                for (CSVRecord row : parser) {
                    Locale language = Locale.forLanguageTag(header.contains("language") && row.isSet("language")
                            && !row.get("language").isBlank() ? row.get("language") : dir.length() == 2 ? dir : "en");
                    for (String text : shopQuestions(row, header)) {
                        texts++;
                        Acts.Reading reading = Acts.read(text, language);
                        if (reading.onlyAct() && reading.act().get() == Act.CHITCHAT) {
                            read.add(file + ": " + text);
                        }
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(2_500);
        assertThat(read).isEmpty();
    }

    /** A FAQ's question and phrasings; a query's text when it has an entry for its answer. */
    private static List<String> shopQuestions(CSVRecord row, List<String> header) {
        List<String> texts = new ArrayList<>();
        if (header.contains("question")) {
            texts.add(row.get("question"));
            if (header.contains("phrasings") && row.isSet("phrasings")) {
                texts.addAll(Arrays.asList(row.get("phrasings").split("\\|")));
            }
        } else if (header.contains("text") && header.contains("label") && row.isSet("label")
                && !row.get("label").isBlank() && !row.get("label").equals("oos")) {
            texts.add(row.get("text"));
        }
        return texts.stream().filter(t -> !t.isBlank()).toList();
    }
}
