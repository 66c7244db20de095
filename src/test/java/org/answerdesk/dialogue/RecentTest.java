package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The rules' readings of recent texts: each text read once per language, as long as it is short and the set not full. */
class RecentTest {

    private final List<String> read = new ArrayList<>();
    private final Recent<Integer> lengths = new Recent<>((text, language) -> {
        read.add(language.getLanguage() + ":" + text);
        return text.length();
    }, 10, 3);

    @Test
    void aTextReadAgainInItsLanguageIsNotReadAgain() {
        assertThat(lengths.get("hi there", Locale.ENGLISH)).isEqualTo(8);
        assertThat(lengths.get("hi there", Locale.forLanguageTag("en-GB"))).isEqualTo(8);
        assertThat(lengths.get("hi there", Locale.GERMAN)).isEqualTo(8);
        assertThat(read).containsExactly("en:hi there", "de:hi there");
    }

    @Test
    void aLongerTextIsReadEveryTime() {
        lengths.get("how do i get a refund", Locale.ENGLISH);
        lengths.get("how do i get a refund", Locale.ENGLISH);
        assertThat(read).hasSize(2);
    }

    @Test
    void theSetStartsOverWhenFull() {
        for (String text : List.of("a", "b", "c", "d", "a")) {
            lengths.get(text, Locale.ENGLISH);
        }
        assertThat(read).as("full at three: emptied before d, so a is read again").containsExactly("en:a", "en:b",
                "en:c", "en:d", "en:a");
    }
}
