package org.answerdesk.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where answerdesk keeps its files ({@code ANSWERDESK_DATA_DIR}): the embedded PostgreSQL's data directory is
 * {@code <dataDir>/postgres}, its password {@code <dataDir>/postgres-password} (owner-only), its programs
 * {@code <dataDir>/pg-binaries} (owner-only), and
 * {@code <dataDir>/postgres.lock} keeps a second app off the same directory.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data ({@code <dir>/postgres}) and its password
 *                ({@code <dir>/postgres-password}), and where adapted models are stored
 *                ({@code <dir>/adapted-models}); unused for the database when {@code SPRING_DATASOURCE_URL} is set
 */
@ConfigurationProperties("answerdesk")
public record StorageProperties(@DefaultValue("./data") Path dataDir) {
}
