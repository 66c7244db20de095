package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Adapting needs gigabytes beside the bot: a small machine keeps the configured model instead of being killed. */
class FaqAdaptationMemoryTest {

    @Test
    void aMachineUnderFourGigabytesDoesNotAdapt() {
        var adaptation = new FaqAdaptation(null, null, null, null, null, null, Path.of("data"), new SimpleMeterRegistry());
        assertThat(adaptation.enoughMemory(2L << 30)).isFalse();
        assertThat(adaptation.enoughMemory(2L << 30)).isFalse(); // warned once, still refused
        assertThat(adaptation.enoughMemory(FaqAdaptation.MIN_MACHINE_MEMORY)).isTrue();
        assertThat(adaptation.enoughMemory(24L << 30)).isTrue();
        assertThat(adaptation.enoughMemory(-1)).isTrue(); // unknown size: adapt, as configured
    }
}
