/**
 * Admin sign-in, sessions, throttling and the security of the web pages.
 */
@ApplicationModule(displayName = "Admin", allowedDependencies = {"api", "audit", "brand"})
package org.answerdesk.admin;

import org.springframework.modulith.ApplicationModule;
