package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The rules' readings of recent texts: each text read once per language while it is short and in use, the same
 * answers as the rule's own, never more texts than the bound, and none kept after a while unused or after
 * {@link RecentTexts#forget()}.
 */
class RecentTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> read = new ArrayList<>();
    private final Recent<Integer> lengths = new Recent<>((text, language) -> {
        read.add(language.getLanguage() + ":" + text);
        return text.length();
    }, 10, 3, nanos::get);

    @Test
    void aTextReadAgainInItsLanguageIsNotReadAgain() {
        assertThat(lengths.get("hi there", Locale.ENGLISH)).isEqualTo(8);
        assertThat(lengths.get("hi there", Locale.forLanguageTag("en-GB"))).isEqualTo(8);
        assertThat(lengths.get("hi there", Locale.GERMAN)).isEqualTo(8);
        assertThat(read).containsExactly("en:hi there", "de:hi there");
    }

    @Test
    void aTextIsFoundByItsWordsNotByTheStringThatHoldsThem() {
        String typed = "where's it";
        lengths.get(typed, Locale.ENGLISH);
        assertThat(lengths.get(new String(typed.toCharArray()), Locale.ENGLISH)).isEqualTo(10);
        assertThat(lengths.get("where's i", Locale.ENGLISH)).isEqualTo(9);
        assertThat(read).containsExactly("en:where's it", "en:where's i");
    }

    @Test
    void aLongerTextIsReadEveryTime() {
        lengths.get("how do i get a refund", Locale.ENGLISH);
        lengths.get("how do i get a refund", Locale.ENGLISH);
        assertThat(read).hasSize(2);
    }

    @Test
    void neverMoreTextsThanTheBoundAndTheRulesOwnAnswers() {
        Recent<String> folded = new Recent<>((text, none) -> Lexicon.fold(text), 100, 5, nanos::get);
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            String text = "Grüße " + random.nextInt(20) + (random.nextBoolean() ? " ÇA VA" : " ça va");
            assertThat(folded.get(text, Locale.ROOT)).isEqualTo(Lexicon.fold(text));
            assertThat(folded.size()).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void aTextUnusedForAWhileIsReadAgain() {
        lengths.get("hi", Locale.ENGLISH);
        nanos.addAndGet(Recent.UNUSED.minusSeconds(1).toNanos());
        lengths.get("hi", Locale.ENGLISH);
        assertThat(read).as("still in use").containsExactly("en:hi");
        nanos.addAndGet(Recent.UNUSED.plus(Duration.ofSeconds(1)).toNanos());
        assertThat(lengths.size()).as("gone once unused for " + Recent.UNUSED).isZero();
        lengths.get("hi", Locale.ENGLISH);
        assertThat(read).containsExactly("en:hi", "en:hi");
    }

    @Test
    void forgettingEmptiesEveryRulesSet() {
        Recent<String> other = new Recent<>((text, language) -> text.toUpperCase(Locale.ROOT), 10, 3, nanos::get);
        lengths.get("my order", Locale.ENGLISH);
        other.get("my order", Locale.ENGLISH);

        RecentTexts.forget();

        assertThat(lengths.size()).isZero();
        assertThat(other.size()).isZero();
        lengths.get("my order", Locale.ENGLISH);
        assertThat(read).containsExactly("en:my order", "en:my order");
    }
}
