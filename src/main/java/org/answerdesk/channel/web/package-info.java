/**
 * The web chat and its widget: the public chat API, sessions, the page and the embeddable widget.
 */
@ApplicationModule(displayName = "Web chat", allowedDependencies = {"attachment", "conversation", "dialogue", "faq", "feedback", "language", "richtext", "satisfaction"})
package org.answerdesk.channel.web;

import org.springframework.modulith.ApplicationModule;
