package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cv --write-folds}: a fold written as files is the same FAQ and questions when {@code eval} reads them. */
class FoldFilesTest {

    @Test
    void aWrittenFoldReadsBackAsTheSameFaqAndQuestions(@TempDir Path dir) throws Exception {
        List<LabeledText> far = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            far.add(new LabeledText("far, \"quoted\" question " + i, ""));
        }
        List<LabeledText> banking = new ArrayList<>(IntentGroupsTest.banking());
        banking.add(new LabeledText("why, was my cash withdrawal \"declined\"?", "atm_support"));
        Regimes.Regime regime = new Regimes.Regime("groups", "test",
                IntentGroups.folds(banking, List.of(far), false, 2));

        FoldFiles.write(regime, dir);

        for (int k = 0; k < 2; k++) {
            Regimes.Fold fold = regime.folds().get(k);
            FaqFile read = FaqFile.read(dir.resolve("groups-" + k).resolve("faq.csv"));
            assertThat(read.entries()).hasSameSizeAs(fold.faq().entries());
            Map<String, String> questionOf = new java.util.HashMap<>();
            for (int e = 0; e < read.entries().size(); e++) {
                FaqEntry written = fold.faq().entries().get(e);
                assertThat(read.entries().get(e).phrasings()).as("entry %s", written.question())
                        .containsExactlyElementsOf(written.phrasings());
                questionOf.put(written.question(), read.entries().get(e).question());
            }
            List<LabeledText> queries = LabeledCsv.read(dir.resolve("groups-" + k).resolve("queries.csv"));
            assertThat(queries.stream().map(LabeledText::text)).containsExactlyElementsOf(
                    fold.queries().stream().map(LabeledText::text).toList());
            for (int i = 0; i < queries.size(); i++) {
                LabeledText q = fold.queries().get(i);
                assertThat(queries.get(i).outOfScope()).isEqualTo(q.outOfScope());
                assertThat(queries.get(i).near()).isEqualTo(q.near());
                if (!q.outOfScope()) {
                    assertThat(queries.get(i).label()).isEqualTo(questionOf.get(q.label()));
                }
            }
            assertThat(queries.stream().filter(LabeledText::near).count()).isPositive();
            assertThat(read.entries().stream().map(FaqEntry::question).collect(Collectors.toSet()))
                    .as("each entry's question is one of its phrasings, so eval and the bot index the same texts")
                    .allMatch(question -> read.entries().stream().anyMatch(e -> e.phrasings().contains(question)));
        }
    }
}
