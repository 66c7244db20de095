package org.answerdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartException;

/**
 * The statuses of multipart failures: what the parser refuses is the sender's (400), the rest this server's. A
 * refusal as bad input is counted by its kind and logged once per kind: a sender cannot fill the log with them.
 */
class ApiExceptionHandlerTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ApiExceptionHandler handler = new ApiExceptionHandler(meters);
    private final Logger log = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    ApiExceptionHandlerTest() {
        logged.start();
        log.setLevel(Level.ALL);
        log.addAppender(logged);
    }

    @AfterEach
    void detach() {
        log.detachAppender(logged);
        log.setLevel(null);
    }

    @Test
    void refusalsAreCountedByKindAndEachKindIsLoggedOnce() {
        for (int i = 0; i < 1000; i++) {
            assertThat(handler.badInput(refusedByText("bad text " + i)).getStatusCode().value()).isEqualTo(400);
        }
        assertThat(handler.badInput(refusedByNumber()).getBody().error()).isEqualTo("not a number");

        assertThat(meters.counter("answerdesk.api.refused", "kind", "ApiExceptionHandlerTest.refusedByText")
                .count()).isEqualTo(1000);
        assertThat(meters.counter("answerdesk.api.refused", "kind", "ApiExceptionHandlerTest.refusedByNumber")
                .count()).isEqualTo(1);
        List<String> warnings = logged.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("bad text 0", "ApiExceptionHandlerTest.refusedByText(",
                "answerdesk.api.refused{kind=ApiExceptionHandlerTest.refusedByText}");
        assertThat(warnings.get(1)).contains("not a number");
    }

    /** Thrown by one place in the code, with the sender's text in its message. */
    private static IllegalArgumentException refusedByText(String text) {
        return new IllegalArgumentException(text);
    }

    private static IllegalArgumentException refusedByNumber() {
        return new IllegalArgumentException("not a number");
    }

    @Test
    void aPartTheParserRefusesIsA400WithAReadableReason() {
        var e = new MultipartException("Failed to parse multipart servlet request",
                new IllegalStateException(new InvalidFileNameException("pho\u0000to.png",
                        "Invalid file name: pho\u0000to.png")));

        var response = handler.other(e);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().error()).isEqualTo("malformed multipart request: Invalid file name: pho?to.png");
    }

    @Test
    void aMultipartFailureOfThisServerStaysA500WithoutItsDetail() {
        var e = new MultipartException("Failed to parse multipart servlet request",
                new IOException("/var/tmp/tomcat-upload/upload_1.tmp (No space left on device)"));

        var response = handler.other(e);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().error()).isEqualTo("internal error");
    }
}
