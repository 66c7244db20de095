package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.answerdesk.language.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The model is adapted to a shop's FAQ only in the languages where adapting was measured to help. */
class FaqAdaptationLanguageTest {

    private static FaqProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("answerdesk.faq",
                FaqProperties.class);
    }

    @Test
    void anEnglishShopsFaqIsAdaptedAGermanOneServesTheShippedModel() {
        assertThat(new FaqAdaptation(properties(Map.of()), null, null, Languages.of("en")).adapts()).isTrue();
        assertThat(new FaqAdaptation(properties(Map.of()), null, null, Languages.of("de", "en")).adapts()).isFalse();
        // nothing is scheduled: the adapter is never asked
        new FaqAdaptation(properties(Map.of()), null, null, Languages.of("de")).request(1);
    }

    @Test
    void anOwnerMayAdaptInAnotherLanguageOrNotAtAll() {
        assertThat(new FaqAdaptation(properties(Map.of("answerdesk.faq.adapt-languages", "en,de")), null, null,
                Languages.of("de")).adapts()).isTrue();
        assertThat(new FaqAdaptation(properties(Map.of("answerdesk.faq.adapt", "false")), null, null,
                Languages.of("en")).adapts()).isFalse();
    }
}
