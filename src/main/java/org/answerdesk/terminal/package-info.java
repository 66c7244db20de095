/**
 * The {@code chat} command: the local pipeline in a terminal.
 */
@ApplicationModule(displayName = "Terminal chat", allowedDependencies = {"conversation", "faq", "retrieval"})
package org.answerdesk.terminal;

import org.springframework.modulith.ApplicationModule;
