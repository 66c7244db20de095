package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.answerdesk.dialogue.Acts;
import org.answerdesk.dialogue.Cleanup;
import org.answerdesk.dialogue.PersonRequest;
import org.answerdesk.redaction.Redactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every regular expression kept in the code reads customer text in one pass: on each adversarial message its
 * matcher, asked for every match as {@code replaceAll} does, reads at most {@link #READS_PER_CHAR} characters per
 * character of input. Reads are counted, not timed, so the check is the same on a busy machine; a pattern whose
 * quantifiers can share a run of spaces or digits reads millions (quadratic) or never ends (cubic), and is cut off at
 * the budget. The patterns are checked two at a time, beside the entry points (surefire's second thread, pom.xml):
 * each check is its own pattern's and messages', and counts, so the threads change no result.
 */
class LinearRegexTest {

    /** The most any pattern reads today is about 120 per character (lookbehinds over alternatives). */
    private static final long READS_PER_CHAR = 250;
    private static final List<String> MESSAGES = Adversarial.messages();
    /** Read from the compiled classes once, for both tests that need them. */
    private static final List<Regexes.Named> PATTERNS = Regexes.all();

    static Stream<Regexes.Named> patterns() {
        return PATTERNS.stream();
    }

    @Test
    void thePatternsAreFoundInTheCompiledClasses() {
        List<String> names = PATTERNS.stream().map(Regexes.Named::name).toList();
        assertThat(names).hasSizeGreaterThan(80).contains("dialogue.Lexicon.COMPILED[en.wrap.closing]",
                "dialogue.Cleanup.DETAILS[1]", "dialogue.Lexicon.COMPILED[en.person.ask.written]",
                "dialogue.Lexicon.COMPILED[de.phrase.bot]", "redaction.Redactor.EMAIL_LIKE",
                "channel.email.MailText.ATTRIBUTION_END");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    @Execution(ExecutionMode.CONCURRENT)
    void readsAdversarialTextInOnePass(Regexes.Named named) {
        for (String message : MESSAGES) {
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
            assertThat(text.reads).as("%s on %s", named.name(), Adversarial.describe(message))
                    .isLessThanOrEqualTo(budget);
        }
    }

    /** The entry points that run several patterns and loops over them; the limit only catches a hang. */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theCleanUpAndTheRecognisersEndOnEveryAdversarialMessage() {
        Redactor redactor = Redactor.of(true, true);
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (String message : MESSAGES) {
                assertThat(Cleanup.forLookup(message, Locale.ENGLISH)).as(Adversarial.describe(message)).isNotNull();
                assertThat(Cleanup.withoutWrapping(message, Locale.ENGLISH)).isNotNull();
                assertThat(Acts.read(message, Locale.ENGLISH)).isNotNull();
                PersonRequest.asksForPerson(message, Locale.ENGLISH);
                PersonRequest.acceptsOffer(message, Locale.ENGLISH);
                for (String language : List.of("de", "es", "fr", "it", "pt", "nl")) {
                    PersonRequest.asksForPerson(message, java.util.Locale.forLanguageTag(language));
                }
                assertThat(redactor.mask(message)).hasSizeGreaterThan(0);
            }
        });
    }

    /** A text that counts how often the matcher reads it, and stops the matcher past a budget. */
    private static final class CountedText implements CharSequence {

        private final String text;
        private final long budget;
        private long reads;

        CountedText(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads > budget) {
                throw new OverBudget();
            }
            return text.charAt(index);
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
