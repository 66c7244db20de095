package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitsTest {

    @TempDir
    Path dir;

    @Test
    void foldsDealEveryRowOnceAndSpreadEachLabelEvenly() {
        List<LabeledText> rows = labelled(Map.of("a", 23, "b", 7, "c", 2));
        List<List<LabeledText>> folds = Splits.folds(rows, 5, new Random(1));

        assertThat(folds.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(rows);
        for (String label : List.of("a", "b")) {
            List<Long> perFold = folds.stream().map(f -> f.stream().filter(r -> r.label().equals(label)).count())
                    .toList();
            assertThat(perFold.stream().mapToLong(Long::longValue).max().getAsLong()
                    - perFold.stream().mapToLong(Long::longValue).min().getAsLong()).isLessThanOrEqualTo(1);
        }
        assertThat(folds.stream().mapToInt(List::size).max().getAsInt()
                - folds.stream().mapToInt(List::size).min().getAsInt()).isLessThanOrEqualTo(1);
        assertThat(Splits.folds(rows, 5, new Random(1))).isEqualTo(folds);
    }

    @Test
    void eachCrossValidationFoldJudgesItsQueriesAgainstAnFaqWithoutThem() throws IOException {
        List<LabeledText> banking = labelled(Map.of("card_arrival", 30, "top_up_failed", 25));
        Path train = dir.resolve("train.csv");
        Splits.write(train, banking);
        StringBuilder bitext = new StringBuilder("instruction,category,intent\n");
        for (int i = 0; i < 20; i++) {
            bitext.append("where is my parcel ").append(i).append(",DELIVERY,delivery_period\n");
            bitext.append("refund question ").append(i).append(",REFUND,get_refund\n");
        }
        Path bitextFile = Files.writeString(dir.resolve("bitext.csv"), bitext);
        Path out = dir.resolve("out");

        Splits.run(train, bitextFile, out);

        Set<String> asked = new HashSet<>();
        int outOfScope = 0;
        for (int k = 0; k < Splits.FOLDS; k++) {
            List<LabeledText> faq = LabeledCsv.read(out.resolve("b77-cv" + k + "-faq.csv"));
            List<LabeledText> queries = LabeledCsv.read(out.resolve("b77-cv" + k + "-queries.csv"));
            List<LabeledText> shots = LabeledCsv.read(out.resolve("b77-cv" + k + "-faq-10shot.csv"));
            List<LabeledText> inScope = queries.stream().filter(q -> !q.outOfScope()).toList();

            assertThat(faq).doesNotContainAnyElementsOf(inScope);
            assertThat(faq.size() + inScope.size()).isEqualTo(banking.size());
            assertThat(faq).containsAll(shots);
            assertThat(shots.stream().collect(Collectors.groupingBy(LabeledText::label, Collectors.counting())))
                    .containsOnly(Map.entry("card_arrival", 10L), Map.entry("top_up_failed", 10L));
            assertThat(queries).filteredOn(LabeledText::outOfScope).allMatch(q -> q.text().startsWith("where is"));
            outOfScope += queries.size() - inScope.size();
            inScope.forEach(q -> asked.add(q.text()));
        }
        assertThat(asked).hasSize(banking.size());
        assertThat(outOfScope).as("the refund questions are banking-like and left out").isEqualTo(20);
    }

    private static List<LabeledText> labelled(Map<String, Integer> counts) {
        List<LabeledText> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (int i = 0; i < e.getValue(); i++) {
                rows.add(new LabeledText("question " + i + " about " + e.getKey(), e.getKey()));
            }
        });
        return rows;
    }
}
