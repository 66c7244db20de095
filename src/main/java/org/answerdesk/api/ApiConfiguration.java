package org.answerdesk.api;

import java.nio.file.Path;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Lifecycle;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The request limits, as servlet filters ahead of everything but Spring's own forwarded-header handling: a client
 * over its rate gets 429 before its body is read, and an over-large body 413 before anything buffers it. Bodies
 * are received whole, without a request thread, before anything else runs (security and sessions included).
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

    /**
     * A received body is handed on by an async dispatch ({@link BodyLimitFilter}): every filter must run on it as
     * on the request's first dispatch. Spring Boot maps a plain filter bean (Spring Session's, say) for REQUEST
     * only, so each mapping gets ASYNC too; the spring-web filters already ask for it and skip a dispatch they
     * have seen.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> filtersOnReceivedBodies() {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
                for (FilterMap map : context.findFilterMaps()) {
                    map.setDispatcher(DispatcherType.ASYNC.name());
                }
            }
        }));
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(ApiProperties properties) {
        var filter = new BodyLimitFilter(properties.maxBody(), properties.bodyDeadline(),
                Path.of(System.getProperty("java.io.tmpdir")));
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}
