package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.answerdesk.retrieval.BaseModel;
import org.junit.jupiter.api.Test;

/** Adapting needs gigabytes beside the bot: a small machine keeps the configured model instead of being killed. */
class AdaptationMemoryTest {

    @Test
    void aMachineUnderFourGigabytesDoesNotAdapt() {
        var adaptation = new AdaptationMemory();
        long minilm = AdaptationMemory.MIN_MACHINE_MEMORY;
        assertThat(adaptation.enough(2L << 30, minilm)).isFalse();
        assertThat(adaptation.enough(2L << 30, minilm)).isFalse(); // warned once, still refused
        assertThat(adaptation.enough(minilm, minilm)).isTrue();
        assertThat(adaptation.enough(24L << 30, minilm)).isTrue();
        assertThat(adaptation.enough(-1, minilm)).isTrue(); // unknown size: adapt, as configured
    }

    @Test
    void anOperatorsModelNeedsMoreThanTheShippedOne() {
        var adaptation = new AdaptationMemory();
        assertThat(AdaptationMemory.MIN_MACHINE_MEMORY_CUSTOM).isGreaterThan(AdaptationMemory.MIN_MACHINE_MEMORY);
        BaseModel shipped = BaseModel.shipped();
        BaseModel custom = new BaseModel("onnx:bge.onnx:cls:abc", shipped.model(), shipped.tokenizer(),
                org.answerdesk.retrieval.adapt.EncoderTraining.Pooling.CLS);
        assertThat(AdaptationMemory.memoryNeeded(shipped)).isEqualTo(AdaptationMemory.MIN_MACHINE_MEMORY);
        assertThat(AdaptationMemory.memoryNeeded(custom)).isEqualTo(AdaptationMemory.MIN_MACHINE_MEMORY_CUSTOM);
        assertThat(adaptation.enough(6L << 30, AdaptationMemory.MIN_MACHINE_MEMORY_CUSTOM)).isFalse();
        assertThat(adaptation.enough(6L << 30, AdaptationMemory.MIN_MACHINE_MEMORY)).isTrue();
    }
}
