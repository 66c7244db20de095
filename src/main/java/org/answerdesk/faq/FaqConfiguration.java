package org.answerdesk.faq;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqRetriever;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FaqProperties.class)
class FaqConfiguration {

    @Bean
    Embedder embedder(FaqProperties properties) {
        return Embedder.load(properties.model(), properties.tokenizer(), properties.pooling());
    }

    /** Texts run through the model: a start that finds every phrasing embedded adds none. */
    @Bean
    MeterBinder embedderMetrics(Embedder embedder) {
        return registry -> FunctionCounter.builder("answerdesk.faq.embeddings", embedder, Embedder::embeddedTexts)
                .description("texts embedded by the model since start").register(registry);
    }

    @Bean
    FaqRetriever faqRetriever(Embedder embedder, FaqProperties properties) {
        return new FaqRetriever(embedder, properties.threshold(), properties.suggestions(), 1024,
                properties.clarifyThreshold(), properties.maxChoices());
    }
}
