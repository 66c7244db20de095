package org.answerdesk.redaction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What is masked besides card numbers and IBANs, which are always masked before text goes to the LLM and in log
 * lines ({@code answerdesk.redaction.*}, e.g. {@code ANSWERDESK_REDACTION_EMAILS}).
 *
 * @param emails     mask e-mail addresses too (in what goes to the LLM, log lines and, with {@code storedText},
 *                   stored messages); the e-mail channel still knows whom to answer
 * @param phones     mask phone numbers (8 or more digits) too
 * @param storedText also mask customers' messages before they are stored (text and raw payload): exports, the
 *                   agents' desk and the admin page then show the masked text; the customer's own chat still shows
 *                   what they wrote
 */
@ConfigurationProperties("answerdesk.redaction")
public record RedactionProperties(
        @DefaultValue("false") boolean emails,
        @DefaultValue("false") boolean phones,
        @DefaultValue("false") boolean storedText) {

    /** The redactor these settings ask for. */
    public Redactor redactor() {
        return Redactor.of(emails, phones);
    }
}
