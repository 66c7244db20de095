/**
 * Figures for the admin dashboard and the API.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = {"conversation", "dialogue", "retrieval", "richtext"})
package org.answerdesk.analytics;

import org.springframework.modulith.ApplicationModule;
