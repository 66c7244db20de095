package org.answerdesk.faq;

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

    @Bean
    FaqRetriever faqRetriever(Embedder embedder, FaqProperties properties) {
        return new FaqRetriever(embedder, properties.threshold(), properties.suggestions());
    }
}
