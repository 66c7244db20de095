package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.answerdesk.WaitLane;
import org.answerdesk.retrieval.FaqRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * Every channel's intake (mailbox reader, Telegram poller, Slack socket) is a {@link SmartLifecycle} in the
 * default phase, and the web server starts in a phase before it: whatever starts there must find the FAQ index
 * already built, or the mail that piled up during a restart is all handed off to a person.
 */
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexBeforeIntakeIT {

    /** Stands where the intakes and the web server stand, and looks at the index the moment it is started. */
    @TestConfiguration
    static class EarlyIntake {
        static final AtomicInteger phrasingsSeenByIntake = new AtomicInteger(-1);
        static final AtomicInteger phrasingsSeenBeforeWebServer = new AtomicInteger(-1);

        @Bean
        SmartLifecycle intakeProbe(FaqRetriever retriever) {
            return probe(retriever, phrasingsSeenByIntake, SmartLifecycle.DEFAULT_PHASE);
        }

        @Bean
        SmartLifecycle webServerProbe(FaqRetriever retriever) {
            // the web server starts at DEFAULT_PHASE - 2048; this probe starts just before it
            return probe(retriever, phrasingsSeenBeforeWebServer, SmartLifecycle.DEFAULT_PHASE - 4096);
        }

        private static SmartLifecycle probe(FaqRetriever retriever, AtomicInteger seen, int phase) {
            return new SmartLifecycle() {
                private volatile boolean running;

                @Override
                public void start() {
                    seen.set(retriever.index().phrasingCount());
                    running = true;
                }

                @Override
                public void stop() {
                    running = false;
                }

                @Override
                public boolean isRunning() {
                    return running;
                }

                @Override
                public int getPhase() {
                    return phase;
                }
            };
        }
    }

    @Autowired
    FaqRetriever retriever;

    @Test
    void theSampleFaqIsIndexedBeforeAnyIntakeOrTheWebServerStarts() {
        assertThat(retriever.index().phrasingCount()).isGreaterThan(100);
        assertThat(EarlyIntake.phrasingsSeenBeforeWebServer.get()).isEqualTo(retriever.index().phrasingCount());
        assertThat(EarlyIntake.phrasingsSeenByIntake.get()).isEqualTo(retriever.index().phrasingCount());
        assertThat(retriever.retrieve("How can I reset my password?").confident()).isTrue();
    }
}
