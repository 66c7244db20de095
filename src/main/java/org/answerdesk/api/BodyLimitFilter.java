package org.answerdesk.api;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies over the path's limit with 413: at once when the declared {@code Content-Length} is over
 * it, otherwise (chunked bodies) at the first byte past it while the application reads, so no body is ever held
 * whole before it is judged. A body still arriving after the path's deadline gets 408 and its connection is
 * closed: a client sending a byte now and then holds a request thread that long at most, not for as long as it
 * likes.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    static final int STATUS = 413;

    private final ApiProperties.MaxBody limits;
    private final ApiProperties.BodyDeadline deadlines;

    BodyLimitFilter(ApiProperties.MaxBody limits, ApiProperties.BodyDeadline deadlines) {
        this.limits = limits;
        this.deadlines = deadlines;
    }

    Duration deadline(String path) {
        return isImport(path) || path.equals("/api/knowledge/sources") ? deadlines.upload() : deadlines.standard();
    }

    private static boolean isImport(String path) {
        // the admin page previews the very file it then imports: both take the same size
        return path.equals("/api/faq/import") || path.equals("/api/faq/import/preview");
    }

    /** A staff's file for the customer of a ticket: bounded as a customer's upload. */
    private static final java.util.regex.Pattern STAFF_FILE = java.util.regex.Pattern.compile("/api/tickets/\\d+/files");

    long limit(String path) {
        if (isImport(path)) {
            return limits.faqImport().toBytes();
        }
        if (path.equals("/api/knowledge/sources")) {
            return limits.knowledgeUpload().toBytes();
        }
        if (path.equals("/api/chat/files") || STAFF_FILE.matcher(path).matches()) {
            return limits.chatUpload().toBytes();
        }
        if (path.equals("/slack/events")) {
            return limits.slack().toBytes();
        }
        if (path.equals("/telegram/webhook")) {
            return limits.telegram().toBytes();
        }
        if (path.equals("/whatsapp/webhook")) {
            return limits.whatsapp().toBytes();
        }
        return limits.standard().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        long limit = limit(path);
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close"); // the body is not read: this connection cannot be reused
            ErrorResponses.write(response, STATUS, "request body is larger than " + limit + " bytes");
            return;
        }
        var limited = new LimitedBody(request, limit, deadline(path));
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            var refused = limited.refused;
            if (refused != null && !response.isCommitted()) {
                response.reset();
                response.setHeader("Connection", "close"); // the rest of the body is not read
                ErrorResponses.write(response, refused.status(), refused.getMessage());
                return;
            }
            throw e;
        }
    }
}
