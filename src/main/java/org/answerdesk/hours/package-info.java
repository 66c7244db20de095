/**
 * The team's opening hours and the away notice added to a handoff outside them.
 */
@ApplicationModule(displayName = "Business hours", allowedDependencies = {})
package org.answerdesk.hours;

import org.springframework.modulith.ApplicationModule;
