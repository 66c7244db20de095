package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The FAQ settings' defaults that must agree with the retrieval engine's own, and the bounds they are held to. */
class FaqPropertiesTest {

    @Test
    void theBotsDefaultPairBoundIsTheAdaptersDefault() throws Exception {
        // FaqProperties' default must be a literal: without this a changed adapter default would not reach the bot
        var components = List.of(FaqProperties.class.getRecordComponents());
        var canonical = FaqProperties.class.getDeclaredConstructor(
                components.stream().map(java.lang.reflect.RecordComponent::getType).toArray(Class[]::new));
        int at = components.stream().map(java.lang.reflect.RecordComponent::getName).toList().indexOf("adaptMaxPairs");
        var annotation = canonical.getParameters()[at]
                .getAnnotation(org.springframework.boot.context.properties.bind.DefaultValue.class);
        assertThat(annotation.value()).containsExactly(Integer.toString(
                org.answerdesk.retrieval.adapt.EncoderTraining.Options.defaults().maxPairs()));
    }

    @Test
    void theTrainingsNiceLevelIsANiceLevel() {
        assertThat(bind(java.util.Map.of()).adaptNiceness()).isEqualTo(10);
        assertThat(bind(java.util.Map.of("answerdesk.faq.adapt-niceness", "0")).adaptNiceness()).isZero();
        for (String bad : List.of("-1", "20")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> bind(java.util.Map.of(
                    "answerdesk.faq.adapt-niceness", bad))).hasStackTraceContaining("must be 0-19");
        }
    }

    private static FaqProperties bind(java.util.Map<String, String> settings) {
        return new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(settings))
                .bindOrCreate("answerdesk.faq", FaqProperties.class);
    }
}
