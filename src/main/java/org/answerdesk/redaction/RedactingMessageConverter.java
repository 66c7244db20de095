package org.answerdesk.redaction;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log pattern's {@code %m}: the formatted message with card numbers and IBANs masked, and e-mail addresses and
 * phone numbers when the logback context property {@code redactEmails} / {@code redactPhones} is true (set from
 * {@link RedactionProperties} in logback-spring.xml). Registered for {@code m}, {@code msg} and {@code message}, so
 * every appender of the default patterns uses it.
 */
public class RedactingMessageConverter extends MessageConverter {

    private Redactor redactor = Redactor.payments();

    @Override
    public void start() {
        if (getContext() != null) {
            redactor = Redactor.of(Boolean.parseBoolean(getContext().getProperty("redactEmails")),
                    Boolean.parseBoolean(getContext().getProperty("redactPhones")));
        }
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        return redactor.mask(super.convert(event));
    }
}
