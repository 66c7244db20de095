package org.answerdesk.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where answerdesk keeps its files ({@code ANSWERDESK_DATA_DIR}): the embedded PostgreSQL's data directory is
 * {@code <dataDir>/postgres}, its password {@code <dataDir>/postgres-password} (owner-only), its programs
 * {@code <dataDir>/pg-binaries} (owner-only), and
 * {@code <dataDir>/postgres.lock} keeps a second app off the same directory.
 */
@ConfigurationProperties("answerdesk")
public record StorageProperties(@DefaultValue("./data") Path dataDir) {
}
