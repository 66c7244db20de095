package org.answerdesk.conversation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.conversation.Suggestion;
import org.junit.jupiter.api.Test;

class SuggestionCodecTest {

    /** Scores and questions whose column text is read back with something to get wrong. */
    private static final List<Suggestion> AWKWARD = List.of(
            new Suggestion(7, "Do you deliver on Sundays?", 0.8123456789012345),
            new Suggestion(-3, "two\tcolumns\nand two\r\nlines", 1e-300),
            new Suggestion(Long.MAX_VALUE, "", -0.0),
            new Suggestion(0, "Livrez-vous le dimanche ?", Double.NaN),
            new Suggestion(12, "¿Abren los domingos?", Double.POSITIVE_INFINITY),
            new Suggestion(13, "\t", 0.1 + 0.2));

    @Test
    void theListHandedOverIsWhatTheColumnReadsBack() {
        for (int i = 0; i <= AWKWARD.size(); i++) {
            List<Suggestion> some = AWKWARD.subList(0, i);
            assertThat(SuggestionCodec.asStored(some))
                    .isEqualTo(SuggestionCodec.decode(SuggestionCodec.encode(some)));
        }
    }

    @Test
    void aQuestionOfSeveralLinesIsHandedOverOnOne() {
        assertThat(SuggestionCodec.asStored(List.of(new Suggestion(4, "a\tb\nc", 0.5))))
                .containsExactly(new Suggestion(4, "a b c", 0.5));
    }
}
