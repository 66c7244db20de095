package org.answerdesk.admin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class AdminWebConfiguration implements WebMvcConfigurer {

    /** Every admin route; the public chat, feedback and platform webhooks are not among them. */
    static final String[] ADMIN_PATHS = {"/api/faq", "/api/faq/**", "/api/tickets", "/api/tickets/**",
            "/api/analytics", "/api/analytics/**"};

    private final AdminProperties properties;
    private final AdminSessions sessions;

    AdminWebConfiguration(AdminProperties properties, AdminSessions sessions) {
        this.properties = properties;
        this.sessions = sessions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminTokenInterceptor(properties, sessions)).addPathPatterns(ADMIN_PATHS);
    }

    @Bean
    FilterRegistrationBean<MetricsTokenFilter> metricsTokenFilter() {
        var registration = new FilterRegistrationBean<>(new MetricsTokenFilter(properties));
        registration.addUrlPatterns("/actuator/prometheus");
        return registration;
    }
}
