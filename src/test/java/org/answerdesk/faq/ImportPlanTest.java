package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    static FaqEntry entry(long id, String question, String answer) {
        return new FaqEntry(id, question, answer, null, List.of(), List.of(question));
    }

    static FaqDraft draft(String question, String answer) {
        return new FaqDraft(question, answer, null, List.of(), List.of());
    }

    final List<FaqEntry> faq = List.of(entry(1, "How do I pay?", "By card."), entry(2, "Where are you?", "Here."),
            entry(3, "where are you? ", "A duplicate."));

    @Test
    void aMergingImportKeepsWhatTheFileDoesNotHave() {
        var plan = ImportPlan.of(faq, List.of(draft("How do I pay?", "By card or invoice."), draft("New?", "Yes.")));
        assertThat(plan.updated()).containsOnlyKeys(1L);
        assertThat(plan.added()).extracting(FaqDraft::question).containsExactly("New?");
        assertThat(plan.removed()).isEmpty();
    }

    @Test
    void aReplacingImportRemovesEveryEntryTheFileDoesNotHaveAndKeepsTheIdsOfThoseItHas() {
        var plan = ImportPlan.of(faq, List.of(draft("how do i pay?", "By card."), draft("New?", "Yes.")), true);
        assertThat(plan.updated()).as("the question's case differs: an update of entry 1").containsOnlyKeys(1L);
        assertThat(plan.removed()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(plan.changesNothing()).isFalse();

        var same = ImportPlan.of(List.of(entry(1, "How do I pay?", "By card.")), List.of(draft("How do I pay?",
                "By card.")), true);
        assertThat(same.changesNothing()).isTrue();
        assertThat(same.unchanged()).isEqualTo(1);
    }

    @Test
    void aRowThatChangesOnlyTheLanguageUpdatesTheEntryAndTheSameLanguageChangesNothing() {
        var german = new FaqEntry(1, "Wie zahle ich?", "Mit Karte.", null, List.of(), List.of("Wie zahle ich?"), "de");
        var row = new FaqDraft("Wie zahle ich?", "Mit Karte.", null, List.of(), List.of(), "de");
        assertThat(ImportPlan.of(List.of(german), List.of(row)).changesNothing()).isTrue();
        assertThat(ImportPlan.of(List.of(german), List.of(row.inLanguage(null))).updated()).containsOnlyKeys(1L);
    }
}
