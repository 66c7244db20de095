package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.Test;

/** The small FAQs of the {@code b77-18-*} and {@code b77-38-*} regimes, on a made-up bank of 40 intents. */
class SmallFaqsTest {

    private static List<LabeledText> bank() {
        List<LabeledText> rows = new ArrayList<>();
        for (int intent = 0; intent < 40; intent++) {
            for (int i = 0; i < 30; i++) {
                rows.add(new LabeledText("intent" + intent + " question " + "x".repeat(i), "intent" + intent));
            }
        }
        return rows;
    }

    @Test
    void theFaqHasItsEntriesTheNextIntentsAreTheNeighbourAndEachFoldDrawsItsOwn() {
        List<LabeledText> far = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            far.add(new LabeledText("far " + i, ""));
        }
        List<Regimes.Fold> folds = SmallFaqs.folds(bank(), List.of(far), 18, true, 3);
        assertThat(folds).hasSize(3);
        Regimes.Fold fold = folds.get(0);
        Set<String> entries = fold.faq().entries().stream().map(FaqEntry::question).collect(Collectors.toSet());
        assertThat(entries).hasSize(18);
        assertThat(fold.faq().entries()).allMatch(e -> e.phrasings().size() == SmallFaqs.SHOTS
                && e.phrasings().stream().noneMatch(p -> p.contains("xxxxx")));
        List<LabeledText> inScope = fold.queries().stream().filter(q -> !q.outOfScope()).toList();
        assertThat(inScope).hasSize(18 * SmallFaqs.IN_SCOPE_PER_INTENT).allMatch(q -> entries.contains(q.label()));
        List<LabeledText> near = fold.queries().stream().filter(LabeledText::near).toList();
        assertThat(near).as("the bank's other intents, none of the FAQ's")
                .hasSize(SmallFaqs.NEAR_INTENTS * SmallFaqs.NEAR_PER_INTENT)
                .noneMatch(q -> entries.contains(q.text().substring(0, q.text().indexOf(' '))));
        assertThat(fold.queries().stream().filter(q -> q.text().startsWith("far "))).hasSize(SmallFaqs.FAR_PER_SET);
        Set<String> phrasings = fold.faq().entries().stream().flatMap(e -> e.phrasings().stream())
                .collect(Collectors.toSet());
        assertThat(fold.queries()).noneMatch(q -> phrasings.contains(q.text()));
        Set<String> next = folds.get(1).faq().entries().stream().map(FaqEntry::question).collect(Collectors.toSet());
        assertThat(next).hasSize(18).isNotEqualTo(entries);
    }
}
