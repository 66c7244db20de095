package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.answerdesk.retrieval.BaseModel;
import org.junit.jupiter.api.Test;

/** Adapting needs gigabytes beside the bot: a small machine keeps the configured model instead of being killed. */
class FaqAdaptationMemoryTest {

    @Test
    void aMachineUnderFourGigabytesDoesNotAdapt() {
        var adaptation = new FaqAdaptation(null, null, null, null, null, null, Path.of("data"), new SimpleMeterRegistry());
        long minilm = FaqAdaptation.MIN_MACHINE_MEMORY;
        assertThat(adaptation.enoughMemory(2L << 30, minilm)).isFalse();
        assertThat(adaptation.enoughMemory(2L << 30, minilm)).isFalse(); // warned once, still refused
        assertThat(adaptation.enoughMemory(minilm, minilm)).isTrue();
        assertThat(adaptation.enoughMemory(24L << 30, minilm)).isTrue();
        assertThat(adaptation.enoughMemory(-1, minilm)).isTrue(); // unknown size: adapt, as configured
    }

    @Test
    void anOperatorsModelNeedsMoreThanTheShippedOne() {
        var adaptation = new FaqAdaptation(null, null, null, null, null, null, Path.of("data"), new SimpleMeterRegistry());
        assertThat(FaqAdaptation.MIN_MACHINE_MEMORY_CUSTOM).isGreaterThan(FaqAdaptation.MIN_MACHINE_MEMORY);
        BaseModel shipped = BaseModel.shipped();
        BaseModel custom = new BaseModel("onnx:bge.onnx:cls:abc", shipped.model(), shipped.tokenizer(),
                org.answerdesk.retrieval.adapt.EncoderAdapter.Pooling.CLS);
        assertThat(FaqAdaptation.memoryNeeded(shipped)).isEqualTo(FaqAdaptation.MIN_MACHINE_MEMORY);
        assertThat(FaqAdaptation.memoryNeeded(custom)).isEqualTo(FaqAdaptation.MIN_MACHINE_MEMORY_CUSTOM);
        assertThat(adaptation.enoughMemory(6L << 30, FaqAdaptation.MIN_MACHINE_MEMORY_CUSTOM)).isFalse();
        assertThat(adaptation.enoughMemory(6L << 30, FaqAdaptation.MIN_MACHINE_MEMORY)).isTrue();
    }
}
