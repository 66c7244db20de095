/**
 * The conversation's language: the shop's languages, the texts in each of them (per-language bundles, the owner's
 * overrides, today's settings as the default language's override) and detecting a customer's language from short
 * messages. Depends on no other module: the conversation and the channels read it.
 */
@ApplicationModule(displayName = "Languages and texts", allowedDependencies = {})
package org.answerdesk.language;

import org.springframework.modulith.ApplicationModule;
