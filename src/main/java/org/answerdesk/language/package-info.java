/**
 * The conversation's language: the shop's languages, the texts in each of them (per-language bundles, the owner's
 * overrides, today's settings as the default language's override) and detecting a customer's language from short
 * messages; what the code needs of each language, from its file ({@link org.answerdesk.language.LanguageFile}).
 * Depends on no other module: the conversation, the channels, the dialogue and retrieval read it.
 */
@ApplicationModule(displayName = "Languages and texts", allowedDependencies = {})
package org.answerdesk.language;

import org.springframework.modulith.ApplicationModule;
