/**
 * Errors, body limits and rate limits shared by every HTTP endpoint.
 */
@ApplicationModule(displayName = "HTTP API plumbing", allowedDependencies = {"conversation"})
package org.answerdesk.api;

import org.springframework.modulith.ApplicationModule;
