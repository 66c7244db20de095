package org.answerdesk.admin;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sites allowed to embed the chat, from the setting and the database ({@link SiteOrigins}). */
@Configuration(proxyBeanMethods = false)
class WebOriginsConfiguration {

    @Bean
    SiteOrigins siteOrigins(WebOriginStore store, MeterRegistry meters,
                            @Value("${answerdesk.web.allowed-origins:}") String allowedOrigins,
                            @Value("${answerdesk.web.refused-origins-kept:50}") int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("answerdesk.web.refused-origins-kept must be at least 1");
        }
        return new SiteOrigins(WebOrigins.parse(allowedOrigins), store, kept, meters);
    }
}
