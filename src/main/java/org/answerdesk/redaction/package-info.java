/**
 * Masks payment card numbers, IBANs and, where configured, e-mail addresses and phone numbers in text that leaves
 * the customer's own channel: what goes to the LLM, every log line, and (with a setting) stored text.
 */
@ApplicationModule(displayName = "Redaction", allowedDependencies = {})
package org.answerdesk.redaction;

import org.springframework.modulith.ApplicationModule;
