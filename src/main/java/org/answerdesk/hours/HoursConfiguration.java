package org.answerdesk.hours;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HoursProperties.class)
class HoursConfiguration {

    @Bean
    BusinessHours businessHours(HoursProperties properties) {
        return BusinessHours.of(properties);
    }
}
