package org.answerdesk.redaction;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedactionProperties.class)
class RedactionConfiguration {

    @Bean
    Redactor redactor(RedactionProperties properties) {
        return properties.redactor();
    }
}
