package org.answerdesk.dialogue;

import java.util.Set;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqMatch;

/**
 * A message typed while choices show that is a question of its own, told as a statement ("dropped it in the sink this
 * morning, already put it in rice but it won't turn on" after choices about screens and data): it names a content word
 * that neither the choices shown nor the question they were offered for named, and the FAQ's choices for it hold an
 * entry not shown yet. Its choices are offered once (issue 61: a new question may get its own "did you mean"); an
 * objection with nothing new ("i sent back everything tho"), whose choices are the ones shown, is not one.
 */
final class OwnChoices {

    private OwnChoices() {
    }

    /** Whether {@code choices}, found for {@code message} typed while choices show, are a new question's own. */
    static boolean of(Action.Clarify choices, DialogueState state, String message) {
        return ChoicesShowing.showing(state).filter(shown -> {
            Set<Long> before = shown.offered().stream().map(FaqMatch::entryId).collect(Collectors.toSet());
            return choices.choices().stream().anyMatch(m -> !before.contains(m.entryId()))
                    && ChoicesShowing.newQuestion(Cleanup.forLookup(message, state.language()), shown,
                            state.language());
        }).isPresent();
    }
}
