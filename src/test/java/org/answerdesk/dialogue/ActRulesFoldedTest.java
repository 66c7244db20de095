package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link ActRules#folded}: an ASCII text read in its one pass, any other through the kept readings, both the same as
 * the text {@link ActRules#normalize}d and then {@link Lexicon#fold}ed.
 */
class ActRulesFoldedTest {

    @Test
    void everyTextIsNormalizedThenFoldedWhicheverWayItIsRead() {
        for (String text : List.of("Hi THERE,, can I   return a lamp?! (42)", "  --  ", "", "it's\tOK\n\nthanks",
                "Grüße, ÇA VA très bien?", "Straße – 12 € ’n so", "ＦＵＬＬ width 😀 smile")) {
            assertThat(ActRules.folded(text)).as(text).isEqualTo(Lexicon.fold(ActRules.normalize(text)));
            assertThat(ActRules.folded(text)).as(text + ", again").isEqualTo(Lexicon.fold(ActRules.normalizeAny(text)));
        }
    }

    @Test
    void anAsciiTextIsLowerCaseWordsSingleSpaced() {
        assertThat(ActRules.folded("Hi THERE,, can I   return a lamp?! (42)"))
                .isEqualTo("hi there can i return a lamp 42");
    }
}
