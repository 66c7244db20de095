package org.answerdesk.backup;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.answerdesk.audit.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.async.AsyncWebRequest;
import org.springframework.web.context.request.async.CallableProcessingInterceptor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/backup}: the whole database as a backup file (see {@link Backup}). Admin only; audited.
 *
 * <p>The zip is streamed after the 200 is sent, with no time limit: Spring MVC's async request time-out
 * ({@code spring.mvc.async.request-timeout}, else the container's 30 s), which still applies to every other async
 * route, ended a long backup's response cleanly in the middle of the zip (issue 53, item 8).
 *
 * <p>A backup that fails before its first bytes went out is answered by the API's error handler (503 when the
 * database is unavailable). One that fails once the 200 is sent (the database connection lost, a table's read cancelled) must not
 * end as if whole: the failure is logged here and rethrown to the servlet container without its cause, which
 * closes the connection before the chunked body's last chunk, so {@code curl -f} and every HTTP client report an
 * error. Two things used to end it cleanly instead: Spring MVC took a lost connection to the database (an
 * {@code EOFException} in the cause) for the client gone away and ended the response quietly, and the API's JSON
 * error handler answered the rest.
 */
@RestController
class BackupController {

    /** The request attribute that exempts a request's async handling from the time-out. */
    static final String UNTIMED = BackupController.class.getName() + ".untimed";

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final Backup backup;
    private final Audit audit;

    BackupController(Backup backup, Audit audit) {
        this.backup = backup;
        this.audit = audit;
    }

    @GetMapping("/api/backup")
    ResponseEntity<StreamingResponseBody> backup(HttpServletRequest request, HttpServletResponse response) {
        audit.record(request, "BACKUP", "started");
        request.setAttribute(UNTIMED, Boolean.TRUE);
        StreamingResponseBody body = out -> {
            try {
                backup.write(out);
            } catch (SQLException | RuntimeException e) {
                if (!response.isCommitted()) {
                    // nothing of the zip went out yet: the API's error handler answers with a status and a reason
                    response.reset();
                    throw new IOException("backup failed: " + e.getMessage(), e);
                }
                log.error("Backup failed after its first bytes were sent; the connection is cut", e);
                throw new BackupFailedException(e.getMessage());
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"answerdesk-" + LocalDate.now() + ".zip\"")
                .body(body);
    }

    /** Not answered as JSON (the zip is under way): the container cuts the connection. */
    @ExceptionHandler(BackupFailedException.class)
    void failed(BackupFailedException e) {
        throw e;
    }

    /**
     * A backup that failed after its response was committed. It has no cause: Spring MVC reads some causes (an
     * {@code EOFException}) as a client that went away and would end the response quietly.
     */
    static final class BackupFailedException extends RuntimeException {

        BackupFailedException(String reason) {
            super("backup failed: " + reason, null, false, false);
        }
    }

    /** Lifts the async time-out (set per request by Spring MVC) for the requests marked {@link #UNTIMED}. */
    @Configuration(proxyBeanMethods = false)
    static class Untimed implements WebMvcConfigurer {

        @Override
        public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
            configurer.registerCallableInterceptors(new CallableProcessingInterceptor() {
                @Override
                public <T> void beforeConcurrentHandling(NativeWebRequest request, Callable<T> task) {
                    // called before the async start, which applies the time-out; -1: none (Servlet's AsyncContext)
                    if (request.getAttribute(UNTIMED, RequestAttributes.SCOPE_REQUEST) != null
                            && request instanceof AsyncWebRequest async) {
                        async.setTimeout(-1L);
                    }
                }
            });
        }
    }
}
