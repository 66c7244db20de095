package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The words an unsure question is quoted by lose their punctuation and spaces at either end as the regular expression
 * {@code ^[\p{Punct}\s¿¡]+|[\p{Punct}\s?？]+$} would remove them, in one pass (that expression scans a run of "!!!"
 * once per character of it: a hostile message of 4,000 of them cost tens of milliseconds).
 */
class UnsurePartsTrimTest {

    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\s¿¡]+|[\\p{Punct}\\s?？]+$");

    @Test
    void trimsAsTheExpressionWould() {
        String alphabet = "ab é!?.,;'\"-¿¡？\t\n\u00A0\u2003";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(UnsureParts.trimmed(s)).as("[%s]", s).isEqualTo(EDGES.matcher(s).replaceAll(""));
        }
    }

    @Test
    void aLongRunOfPunctuationBetweenWordsStays() {
        String hostile = "how long" + "!".repeat(4_000) + "to leeds?!";
        assertThat(UnsureParts.trimmed("¿¡ " + hostile + " ？")).isEqualTo("how long" + "!".repeat(4_000) + "to leeds");
        assertThat(UnsureParts.trimmed("!".repeat(4_000))).isEmpty();
    }
}
