package org.answerdesk.hours;

import java.util.stream.Stream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HoursProperties.class)
class HoursConfiguration {

    @Bean
    BusinessHours businessHours(HoursProperties properties) {
        return BusinessHours.of(properties);
    }

    /** The hours are the environment's when it sets any of them: they belong together (times in a zone). */
    @Bean
    HoursSettings hoursSettings(JdbcClient jdbc, BusinessHours hours, HoursProperties properties,
                                Environment environment) {
        boolean inEnvironment = Stream.of("weekly", "zone", "closed")
                .map(name -> environment.getProperty("answerdesk.hours." + name))
                .anyMatch(value -> value != null && !value.isBlank());
        return new HoursSettings(jdbc, hours, properties, inEnvironment);
    }
}
