package org.answerdesk.api;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import org.answerdesk.conversation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns every failure into a JSON {@link ApiError}: bad input is a 4xx with a reason, never a 500. A refusal as bad
 * input is counted in {@code answerdesk.api.refused{kind}} (the kind: the class and method that threw it) and logged
 * the first time of its kind only, so that a sender cannot fill the log with refusals.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MeterRegistry meters;
    /** The kinds of refusal logged so far: as many as places in the code that throw one. */
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /** The app's meters; a web slice that has none (the controllers' tests) counts in a registry of its own. */
    @Autowired
    ApiExceptionHandler(ObjectProvider<MeterRegistry> meters) {
        this(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    ApiExceptionHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        var refused = BodyRefusedException.in(e);
        if (refused.isPresent()) {
            return refusal(refused.get());
        }
        // a record constructor that rejected a value (e.g. an empty FAQ answer) gives the better reason
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException bad && bad.getMessage() != null) {
                return error(HttpStatus.BAD_REQUEST, bad.getMessage());
            }
        }
        return error(HttpStatus.BAD_REQUEST, "malformed JSON request body");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badInput(IllegalArgumentException e) {
        // a body refused by a limit keeps its status
        var refused = BodyRefusedException.in(e);
        if (refused.isPresent()) {
            return refusal(refused.get());
        }
        // where it was thrown, so that a refusal from deep inside (a library's check) shows as the bug it may be
        StackTraceElement[] at = e.getStackTrace();
        Object where = at.length > 0 ? at[0] : "?";
        String kind = at.length > 0 ? kind(at[0]) : "unknown";
        meters.counter("answerdesk.api.refused", "kind", kind).increment();
        if (logged.add(kind)) {
            log.warn("Request refused as bad input: {} (at {}); further refusals of this kind are counted in "
                    + "answerdesk.api.refused{kind={}}, not logged", e.getMessage(), where, kind);
        } else {
            log.debug("Request refused as bad input: {} (at {})", e.getMessage(), where);
        }
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ApiError> notFound(NoSuchElementException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * {@link ResponseStatusException}s and Spring MVC's own client errors (wrong method, media type, missing
     * parameter, unknown path) keep their status and reason. A failure after the response was committed (a
     * streamed body under way) is left to the container, which cuts the connection: JSON appended to a half-sent
     * body would end it as if whole.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> other(Exception e, jakarta.servlet.http.HttpServletResponse response) throws Exception {
        if (response.isCommitted()) {
            throw e;
        }
        return other(e);
    }

    ResponseEntity<ApiError> other(Exception e) {
        if (e instanceof ErrorResponse response) {
            String detail = response.getBody().getDetail();
            return error(response.getStatusCode(), detail != null ? detail : e.getMessage());
        }
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch) {
            return error(HttpStatus.BAD_REQUEST, "invalid value for " + mismatch.getName());
        }
        var refused = BodyRefusedException.in(e);
        if (refused.isPresent()) {
            return refusal(refused.get());
        }
        if (e instanceof org.springframework.web.multipart.MultipartException && unparsable(e)) {
            // a multipart body Tomcat's parser refused (e.g. a file name with a NUL): the sender's to mend
            String why = rootCause(e).getMessage();
            return error(HttpStatus.BAD_REQUEST, "malformed multipart request"
                    + (why == null ? "" : ": " + why.replaceAll("\\p{Cntrl}", "?")));
        }
        if (Failures.isTransient(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(new ApiError(503, "the database is unavailable; try again in a few seconds"));
        }
        log.error("Unexpected error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    }

    /** A refusal's kind: the class (without its package) and method that threw it, e.g. {@code WebInput.session}. */
    static String kind(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }

    /** Refused by the multipart parser itself, not a failure of this server (a full disk stays a 500). */
    private static boolean unparsable(Exception e) {
        return rootCause(e).getClass().getName().startsWith("org.apache.tomcat.util.http.fileupload.");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ResponseEntity<ApiError> refusal(BodyRefusedException e) {
        return error(HttpStatusCode.valueOf(e.status()), e.getMessage());
    }

    private static ResponseEntity<ApiError> error(HttpStatusCode status, String reason) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), reason));
    }
}
