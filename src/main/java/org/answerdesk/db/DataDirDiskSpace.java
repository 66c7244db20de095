package org.answerdesk.db;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * {@code diskSpace} in {@code /actuator/health} measures the disk of the data directory (the database, the adapted
 * models), which is what fills up, rather than Spring Boot's default, the working directory's. Before the data
 * directory exists (an external database, no model stored yet) the nearest existing parent is measured: a missing
 * directory would read as 0 bytes free, DOWN.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class DataDirDiskSpace {

    /** Named as Spring Boot's own indicator, which then steps aside. */
    @Bean
    HealthIndicator diskSpaceHealthIndicator(StorageProperties storage,
            @Value("${management.health.diskspace.threshold:10MB}") DataSize threshold) {
        // looked up at each check: the directory may be created after start
        return () -> new DiskSpaceHealthIndicator(measured(storage.dataDir()), threshold).health(true);
    }

    static File measured(Path dataDir) {
        Path p = dataDir.toAbsolutePath().normalize();
        while (p.getParent() != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return p.toFile();
    }
}
