package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What an FAQ entry must be before anything stores it: from the admin API and from every import alike. */
class FaqDraftTest {

    @Test
    void aQuestionAndAnAnswerAreRequired() {
        for (String missing : new String[] {null, "", " \n\t"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> draft(missing, "Yes."))
                    .withMessage("question must not be empty");
            assertThatIllegalArgumentException().isThrownBy(() -> draft("Do you ship to Iceland?", missing))
                    .withMessage("answer must not be empty");
        }
    }

    @Test
    void aNulIsRefusedWithItsFieldAndPosition() {
        assertThatIllegalArgumentException().isThrownBy(() -> draft("Do you ship to Iceland?\u0000", "Yes."))
                .withMessage("question contains the control character U+0000 at position 24");
        assertThatIllegalArgumentException().isThrownBy(() -> draft("Do you ship?", "Ye\u0000s."))
                .withMessage("answer contains the control character U+0000 at position 3");
    }

    @Test
    void otherControlCharactersAreRefusedInEveryField() {
        assertThatIllegalArgumentException().isThrownBy(() -> draft("Do you\u0007 ship?", "Yes."))
                .withMessage("question contains the control character U+0007 at position 7");
        assertThatIllegalArgumentException().isThrownBy(() -> draft("Do you ship?", "Yes\u007f"))
                .withMessage("answer contains the control character U+007F at position 4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FaqDraft("Do you ship?", "Yes.", "Ship\u001bping", null, null))
                .withMessage("category contains the control character U+001B at position 5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FaqDraft("Do you ship?", "Yes.", null, List.of("ok", "ship\u0000"), null))
                .withMessage("a keyword contains the control character U+0000 at position 5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FaqDraft("Do you ship?", "Yes.", null, null, List.of("ship\u0000 to iceland")))
                .withMessage("a phrasing contains the control character U+0000 at position 5");
    }

    @Test
    void tabsAndLineBreaksAreTextAndEverythingIsStripped() {
        var draft = new FaqDraft("  Do you ship?\t", "Yes.\r\n\nIn five days.\n", "  ", List.of(" a ", "  "),
                List.of("ship to iceland?"));
        assertThat(draft.question()).isEqualTo("Do you ship?");
        assertThat(draft.answer()).isEqualTo("Yes.\r\n\nIn five days.");
        assertThat(draft.category()).isNull();
        assertThat(draft.keywords()).containsExactly("a");
        assertThat(draft.allPhrasings()).containsExactly("Do you ship?", "ship to iceland?");
    }

    @Test
    void missingListsAreEmpty() {
        var draft = draft("Do you ship?", "Yes.");
        assertThat(draft.keywords()).isEmpty();
        assertThat(draft.phrasings()).isEmpty();
    }

    private static FaqDraft draft(String question, String answer) {
        return new FaqDraft(question, answer, null, null, null);
    }
}
