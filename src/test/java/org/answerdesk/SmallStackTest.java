package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.answerdesk.dialogue.Acts;
import org.answerdesk.dialogue.Cleanup;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.PersonRequest;
import org.answerdesk.redaction.Redactor;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readings every customer message goes through, and the entry points that run several patterns and loops over
 * them ({@link LinearRegexTest} checks each pattern alone), end on every adversarial message on a thread with half
 * the stack a request thread has by default: the patterns' repeated groups recurse once per repetition, and a
 * 4,000-character message of repeated words overflowed 768 KB before a message no act can be that long was left
 * unread as one. One language per check, English also through the clean-up, the acts, the person's offer and the
 * redaction; the limit only catches a hang.
 */
class SmallStackTest {

    private static final long STACK = 1024 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es", "fr", "it", "pt", "nl"})
    @Execution(ExecutionMode.CONCURRENT) // each language on a thread of its own: they use the second core
    void theReadingsEndOnAHalfSizeStack(String tag) throws InterruptedException {
        Locale language = Locale.forLanguageTag(tag);
        Redactor redactor = Redactor.of(true, true);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                for (String message : Adversarial.messages()) {
                    DialoguePolicy.lookupText(message, language);
                    DialoguePolicy.learnable(message, language);
                    PersonRequest.asksForPerson(message, language);
                    if (tag.equals("en")) {
                        assertThat(Cleanup.forLookup(message, language)).as(Adversarial.describe(message)).isNotNull();
                        assertThat(Cleanup.withoutWrapping(message, language)).isNotNull();
                        assertThat(Acts.read(message, language)).isNotNull();
                        PersonRequest.acceptsOffer(message, language);
                        assertThat(redactor.mask(message)).hasSizeGreaterThan(0);
                    }
                }
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "small-stack", STACK);
        reader.start();
        reader.join(600_000); // a bound that only catches a hang
        assertThat(reader.isAlive()).isFalse();
        assertThat(failed.get()).isNull();
    }
}
