package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every regular expression kept in the code reads customer text in one pass: on each adversarial message its
 * matcher, asked for every match as {@code replaceAll} does, reads at most {@link #READS_PER_CHAR} characters per
 * character of input, and on the same message twice as long at most {@link #GROWTH} times as many. Reads are counted,
 * not timed, so the check is the same on a busy machine. A pattern whose quantifiers can share a run of spaces or
 * digits reads quadratically or never ends, and is cut off at the budget; a quadratic one over a longer run (reading
 * n²/2k for a run of k characters) stays within a per-character budget on short messages, but its reads grow four
 * times when the message doubles. Checking that growth on messages of {@value #SHORT} and twice {@value #SHORT}
 * characters holds for any length, up to the longest message the bot reads ({@value Adversarial#LENGTH}), for
 * 40 % of the reading a check at that length costs: each pattern reads every message, so that cost grows with the
 * number of patterns. The patterns are checked two at a time (surefire's second thread, pom.xml): each check is its
 * own pattern's and messages', and counts, so the threads change no result. The entry points that run several
 * patterns are checked on the longest messages, on a small stack, by {@link SmallStackTest}.
 */
class LinearRegexTest {

    /** The most any pattern reads today is about 120 per character (lookbehinds and long alternations). */
    private static final long READS_PER_CHAR = 250;
    /**
     * A linear pattern's reads grow at most 2.07 times when the message doubles (the words around the run are read
     * once at either length); a quadratic one's by 2.3 or more while the run it reads again is up to 11 characters
     * and it reads 120 per character besides, and by nearly 4 when it reads little besides.
     */
    private static final double GROWTH = 2.3;
    /** Reads that do not grow with the message (a pattern anchored at its start reads a handful at any length). */
    private static final long GROWTH_SLACK = 16;
    static final int SHORT = 500;
    /** How many of a pattern's own words start the messages of the own-word check. */
    static final int OWN_WORDS = 8;
    private static final List<String> SHORTER = Adversarial.messages(SHORT);
    private static final List<String> LONGER = Adversarial.messages(2 * SHORT);
    /** Read from the compiled classes once, for both tests that need them. */
    private static final List<Regexes.Named> PATTERNS = Regexes.all();

    /**
     * Each distinct pattern once: patterns of one source and the same flags read every text alike, read for read, so
     * the fields that keep the same expression ({@code SPACES} in four classes, a detail both masked and required)
     * are checked together, under all their names.
     */
    static Stream<Regexes.Named> patterns() {
        return distinct(PATTERNS).stream();
    }

    static List<Regexes.Named> distinct(List<Regexes.Named> patterns) {
        Map<String, List<Regexes.Named>> bySource = new LinkedHashMap<>();
        for (Regexes.Named named : patterns) {
            bySource.computeIfAbsent(named.pattern().flags() + "/" + named.pattern().pattern(), k -> new ArrayList<>())
                    .add(named);
        }
        return bySource.values().stream().map(same -> new Regexes.Named(
                same.stream().map(Regexes.Named::name).collect(Collectors.joining(" = ")), same.get(0).pattern()))
                .toList();
    }

    /** Every pattern found is checked, each expression once, under the names of all the fields that keep it. */
    @Test
    void everyPatternIsCheckedOnceUnderAllItsNames() {
        List<Regexes.Named> checked = patterns().toList();
        assertThat(checked).extracting(n -> n.pattern().flags() + "/" + n.pattern().pattern()).doesNotHaveDuplicates();
        Map<String, Pattern> byName = new LinkedHashMap<>();
        checked.forEach(n -> List.of(n.name().split(" = ")).forEach(name -> byName.put(name, n.pattern())));
        assertThat(byName).hasSameSizeAs(PATTERNS);
        for (Regexes.Named found : PATTERNS) {
            assertThat(byName.get(found.name())).as(found.name()).isNotNull()
                    .satisfies(p -> assertThat(p.pattern()).isEqualTo(found.pattern().pattern()))
                    .satisfies(p -> assertThat(p.flags()).isEqualTo(found.pattern().flags()));
        }
    }

    /** A quadratic expression kept in two fields fails once, under both names; one of other flags is its own. */
    @Test
    void aQuadraticPatternKeptTwiceFailsUnderBothNames() {
        List<Regexes.Named> distinct = distinct(List.of(new Regexes.Named("first", Pattern.compile("\\s+x")),
                new Regexes.Named("other flags", Pattern.compile("\\s+x", Pattern.CASE_INSENSITIVE)),
                new Regexes.Named("second", Pattern.compile("\\s+x"))));
        assertThat(distinct).extracting(Regexes.Named::name).containsExactly("first = second", "other flags");
        for (Regexes.Named named : distinct) {
            assertThatThrownBy(() -> readsAdversarialTextInOnePass(named)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining(named.name());
        }
    }

    @Test
    void thePatternsAreFoundInTheCompiledClasses() {
        List<String> names = PATTERNS.stream().map(Regexes.Named::name).toList();
        assertThat(names).hasSizeGreaterThan(80).contains("dialogue.Lexicon.COMPILED[en.wrap.closing]", "dialogue.Lexicon.COMPILED[en.wait.ok]",
                "dialogue.Cleanup.DETAILS[1]", "dialogue.Lexicon.COMPILED[en.person.ask.written]",
                "dialogue.Lexicon.COMPILED[de.phrase.bot]", "redaction.Redactor.EMAIL_LIKE",
                "channel.email.MailText.ATTRIBUTION_END", "retrieval.ServiceQuestions.LOADED[pt][0]",
                "retrieval.ServiceQuestions.LOADED[pt service.know][0]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    @Execution(ExecutionMode.CONCURRENT)
    void readsAdversarialTextInOnePass(Regexes.Named named) {
        readsInOnePass(named);
    }

    /**
     * Each pattern after a word it names itself: the generic messages never reach the quantifiers that follow such a
     * word ({@code jusqu[\s,]*(a|au)?[\s,]*} read a run of spaces after "jusqu" quadratically, within the generic
     * check). Up to {@value #OWN_WORDS} words a pattern, each before every run of {@link Adversarial#RUNS_AFTER_A_WORD}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    @Execution(ExecutionMode.CONCURRENT)
    void readsARunAfterItsOwnWordsInOnePass(Regexes.Named named) {
        for (String word : OwnWords.of(named.pattern(), OWN_WORDS)) {
            for (String run : Adversarial.RUNS_AFTER_A_WORD) {
                readsInOnePass(named, Adversarial.afterWord(word, run, SHORT), Adversarial.afterWord(word, run, 2 * SHORT));
            }
        }
    }

    /** The fr pattern of the thirty-ninth session's review, quadratic after its own word, is caught; its mend is not. */
    @Test
    void theOwnWordCheckCatchesAQuadraticRunAfterAWord() {
        Regexes.Named quadratic = new Regexes.Named("quadratic", Pattern.compile("(?i)\\bjusqu[\\s,]*(a|au)?[\\s,]*quand"));
        Regexes.Named linear = new Regexes.Named("linear", Pattern.compile("(?i)\\bjusqu(?:[\\s,]*(?:a|au)\\b)?[\\s,]*quand"));
        assertThatThrownBy(() -> readsARunAfterItsOwnWordsInOnePass(quadratic)).isInstanceOf(AssertionError.class);
        readsARunAfterItsOwnWordsInOnePass(linear);
        readsAdversarialTextInOnePass(quadratic);
    }

    /**
     * The check fails a pattern that never ends ({@code (a+)+b}), one that reads a run of one character
     * quadratically (over the budget), and one that reads a run of seven quadratically: within the budget at these
     * lengths (at most 213 per character), caught by its growth alone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"(a+)+b", "\\s+x", "(?i)thanks .*@"})
    void theCheckFailsAPatternThatBacktracks(String regex) {
        Regexes.Named named = new Regexes.Named("a backtracking " + regex, Pattern.compile(regex));
        assertThatThrownBy(() -> readsInOnePass(named)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(regex.startsWith("(?i)") ? "twice as long" : "reads per character");
    }

    private static void readsInOnePass(Regexes.Named named) {
        for (int i = 0; i < SHORTER.size(); i++) {
            readsInOnePass(named, SHORTER.get(i), LONGER.get(i));
        }
    }

    private static void readsInOnePass(Regexes.Named named, String shorter, String longer) {
        long few = reads(named, shorter);
        long more = reads(named, longer);
        assertThat(more).as("%s on %s twice as long: %d reads, then %d", named.name(),
                Adversarial.describe(shorter), few, more).isLessThanOrEqualTo((long) (GROWTH * few) + GROWTH_SLACK);
    }

    /** The characters the pattern reads on the message, asked for every match; fails past the budget. */
    private static long reads(Regexes.Named named, String message) {
        long budget = READS_PER_CHAR * message.length();
        CountedText text = new CountedText(message, budget);
        Matcher m = named.pattern().matcher(text);
        try {
            while (m.find() && m.end() < message.length()) {
                // every match, as replaceAll and results() ask for them
            }
        } catch (CountedText.OverBudget e) {
            // reported below with the count
        }
        assertThat(text.reads).as("%s on %s: reads per character at most %d", named.name(),
                Adversarial.describe(message), READS_PER_CHAR).isLessThanOrEqualTo(budget);
        return text.reads;
    }

    /**
     * A text that counts how often the matcher reads it, and stops the matcher past a budget. It reads its own
     * characters' array: the matcher's reads are this check's work, and {@code String.charAt}'s checks were a fifth of
     * it (a profile of the test, C1 as in surefire's forks).
     */
    private static final class CountedText implements CharSequence {

        private final String text;
        private final char[] chars;
        private final long budget;
        private long reads;

        CountedText(String text, long budget) {
            this.text = text;
            this.chars = text.toCharArray();
            this.budget = budget;
        }

        @Override
        public int length() {
            return chars.length;
        }

        @Override
        public char charAt(int index) {
            if (++reads > budget) {
                throw new OverBudget();
            }
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        private static final class OverBudget extends RuntimeException {
            OverBudget() {
                super(null, null, false, false);
            }
        }
    }
}
