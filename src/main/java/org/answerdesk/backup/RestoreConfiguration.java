package org.answerdesk.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Migrates the schema as always, then restores {@code ANSWERDESK_BACKUP_RESTORE_FROM} before anything reads it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackupProperties.class)
class RestoreConfiguration {

    @Bean
    FlywayMigrationStrategy restoringMigration(BackupProperties properties) {
        return flyway -> {
            flyway.migrate();
            String file = properties.restoreFrom();
            if (file != null && !file.isBlank()) {
                try {
                    new Restore(flyway.getConfiguration().getDataSource(), properties.signature())
                            .from(Path.of(file));
                } catch (IOException | SQLException e) {
                    throw new IllegalStateException("restoring " + file + " failed: " + e.getMessage(), e);
                }
            }
        };
    }
}
