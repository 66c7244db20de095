package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The second held-out act sets ({@code <language>-heldout2.tsv}, regional variants marked), written by a tester who
 * had read neither the lexicons nor the code: printed per language for docs/dialogue.md, measured once, never tuned
 * on. The rules alone (without the embedded phrasings) read 268 of 490 right when first measured and 273 after issue
 * 61's act classes (docs/dialogue.md), and "am I talking to a real person?"-type questions read as a request for one
 * (they open a ticket) went from three to one; this holds the later figures per language as a floor and the one as a
 * ceiling: both may get better, never worse.
 */
class ActsHeldOut2Test {

    @Test
    void theSecondHeldOutSetsReadNoWorseThanWhenFirstMeasured() throws IOException {
        List<String> ticketed = new ArrayList<>();
        var measured = java.util.Map.of("en", 33, "de", 40, "es", 37, "fr", 37, "it", 47, "pt", 36, "nl", 43);
        for (String language : List.of("en", "de", "es", "fr", "it", "pt", "nl")) {
            Locale lang = Locale.forLanguageTag(language);
            var rows = LanguageActsTest.rows(language, "heldout2");
            List<String> wrong = new ArrayList<>();
            for (var row : rows) {
                String read = LanguageActsTest.reading(row.text(), lang);
                if (!read.equals(row.expected())) {
                    wrong.add(row.language() + " " + row.text() + " -> " + read + " (not " + row.expected() + ")");
                    if (read.equals("person")) {
                        ticketed.add(row.text());
                    }
                }
            }
            System.out.printf("%s heldout2 %d/%d %s%n", language, rows.size() - wrong.size(), rows.size(), wrong);
            assertThat(rows.size() - wrong.size()).as(language + " " + wrong).isGreaterThanOrEqualTo(measured.get(language));
        }
        assertThat(ticketed).hasSizeLessThanOrEqualTo(1);
    }
}
