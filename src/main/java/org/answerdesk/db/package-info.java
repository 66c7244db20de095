/**
 * The embedded PostgreSQL (or the configured server), its data directory and the storage settings.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {})
package org.answerdesk.db;

import org.springframework.modulith.ApplicationModule;
