package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ThreadMatchersTest {

    private static final List<Pattern> PATTERNS = List.of(Pattern.compile("(no+)( way)?"),
            Pattern.compile("n\\w*"), Pattern.compile("(?<![a-z])(?:bo|ro)t(?![a-z])"));

    @Test
    void theFirstPatternThatMatchesTheWholeTextInOrder() {
        ThreadMatchers matchers = new ThreadMatchers(PATTERNS);
        assertThat(matchers.firstWhole("nooo way")).isZero();
        assertThat(matchers.firstWhole("nein")).isEqualTo(1);
        assertThat(matchers.firstWhole("bot")).isEqualTo(2);
        assertThat(matchers.firstWhole("a bot")).isEqualTo(-1);
        assertThat(matchers.firstWhole("")).isEqualTo(-1);
        assertThat(matchers.firstWhole("no")).isZero(); // the same matcher on a shorter text than the last
    }

    @Test
    void coversWhatEveryPatternFindsAsFreshMatchersDo() {
        ThreadMatchers matchers = new ThreadMatchers(PATTERNS);
        for (String text : List.of("robot or bot, no way", "nothing", "", "bot bot ro rot", "no no no")) {
            boolean[] covered = new boolean[text.length()];
            boolean[] fresh = new boolean[text.length()];
            boolean any = false;
            for (Pattern p : PATTERNS) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    any |= m.end() > m.start();
                    java.util.Arrays.fill(fresh, m.start(), m.end(), true);
                }
            }
            assertThat(matchers.cover(text, covered)).as(text).isEqualTo(any);
            assertThat(covered).as(text).isEqualTo(fresh);
        }
    }

    @Test
    void threadsReadingAtOnceEachGetTheirOwnText() throws Exception {
        ThreadMatchers matchers = new ThreadMatchers(PATTERNS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String text = t % 2 == 0 ? "nooooo way" : "a bot";
                int expected = t % 2 == 0 ? 0 : -1;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        if (matchers.firstWhole(text) != expected) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
