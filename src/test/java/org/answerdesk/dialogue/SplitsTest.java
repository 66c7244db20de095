package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The separators compiled once split as {@code String.split} with the same regex does. */
class SplitsTest {

    /** Words' letters, every kind of space (Unicode's no-break and ideographic ones too), marks and apostrophes. */
    private static final String ALPHABET = "ab Zé1 \t\n\r\u000b\f\u00a0\u2009\u3000\u0085'.,?!";

    @Test
    void splitsAsStringSplitDoes() {
        Random random = new Random(22);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertThat(Splits.SPACES.split(s)).as(s).containsExactly(s.split("\\s+"));
            assertThat(Splits.SPACES.split(s, 2)).as(s).containsExactly(s.split("\\s+", 2));
            assertThat(Splits.BLANKS.split(s)).as(s).containsExactly(s.split(" +"));
        }
        assertThat(Splits.SPACES.split(" two  words ")).containsExactly("", "two", "words");
        assertThat(Splits.SPACES.split("")).containsExactly("");
    }
}
