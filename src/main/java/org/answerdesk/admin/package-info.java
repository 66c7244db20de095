/**
 * Admin sign-in, sessions, throttling and the security of the web pages.
 */
@ApplicationModule(displayName = "Admin", allowedDependencies = {"api", "audit", "brand", "language"})
package org.answerdesk.admin;

import org.springframework.modulith.ApplicationModule;
