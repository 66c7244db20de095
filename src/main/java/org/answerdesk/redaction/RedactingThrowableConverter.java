package org.answerdesk.redaction;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * The log pattern's {@code %wEx}: a stack trace, set apart by a line break as Spring Boot's own, with card numbers
 * and IBANs masked in its exception messages (a driver's error may quote the value it refused).
 */
public class RedactingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return CoreConstants.LINE_SEPARATOR + Redactor.payments().mask(super.throwableProxyToString(tp));
    }
}
