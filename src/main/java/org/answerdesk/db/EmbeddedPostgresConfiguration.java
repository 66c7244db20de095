package org.answerdesk.db;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} ({@code SPRING_DATASOURCE_URL}) configured, runs PostgreSQL inside the
 * app, with its data under {@code ANSWERDESK_DATA_DIR}, so that a restart keeps everything.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(StorageProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(StorageProperties properties) throws IOException {
        return EmbeddedPostgresServer.start(properties.dataDir());
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings (timeouts) as an external server's. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setPassword(postgres.password());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("answerdesk");
        return dataSource;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
