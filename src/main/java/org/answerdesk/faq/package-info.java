/**
 * The FAQ catalogue: entries and phrasings in PostgreSQL, the admin API, import, candidates from the desk, the health report, starter questions, and adaptation of the model to the FAQ; the engine itself is {@code retrieval}.
 */
@ApplicationModule(displayName = "FAQ", allowedDependencies = {"language", "retrieval", "retrieval :: adapt", "richtext"})
package org.answerdesk.faq;

import org.springframework.modulith.ApplicationModule;
