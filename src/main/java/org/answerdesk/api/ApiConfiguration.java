package org.answerdesk.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The request limits, as servlet filters ahead of everything but Spring's own forwarded-header handling: a client
 * over its rate gets 429 before its body is read, and an over-large body 413 before anything buffers it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    @Bean
    SharedBudgets sharedBudgets(JdbcClient jdbc, ApiProperties properties) {
        return new SharedBudgets(jdbc, properties.rateLimit());
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(SharedBudgets budgets, ApiProperties properties) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(budgets));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setEnabled(properties.rateLimit().enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(ApiProperties properties) {
        var filter = new BodyLimitFilter(properties.maxBody(), properties.bodyDeadline());
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}
