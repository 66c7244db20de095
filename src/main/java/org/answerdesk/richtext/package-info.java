/**
 * The Markdown subset of answers as a neutral tree every channel renders, and text made safe to show staff.
 */
@ApplicationModule(displayName = "Rich text", allowedDependencies = {})
package org.answerdesk.richtext;

import org.springframework.modulith.ApplicationModule;
