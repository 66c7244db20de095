package org.answerdesk.language;

import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LanguageProperties.class)
class LanguageConfiguration {

    @Bean
    Languages languages(LanguageProperties properties) {
        return new Languages(properties.locales());
    }

    /** Today's text settings are read by their property name; Spring maps the environment variables to it. */
    @Bean
    Texts texts(Languages languages, LanguageProperties properties, Environment environment, StoredTexts stored) {
        return new Texts(languages, environment::getProperty,
                properties.textsDirectory().isEmpty() ? null : Path.of(properties.textsDirectory()), stored::get);
    }

    /** The texts the owner set on the admin page. */
    @Bean
    StoredTexts storedTexts(JdbcClient jdbc) {
        return new StoredTexts(jdbc);
    }

    @Bean
    LanguageDetection languageDetection(Languages languages) {
        return new LanguageDetection(languages);
    }
}
