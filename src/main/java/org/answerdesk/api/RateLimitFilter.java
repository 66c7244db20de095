package org.answerdesk.api;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits on the public endpoints: the web chat API and the email feedback pages. Over the budget
 * a request gets 429 with {@code Retry-After}. The client is {@link HttpServletRequest#getRemoteAddr()}: behind
 * a reverse proxy that is the proxy, unless {@code server.forward-headers-strategy} makes Spring read
 * {@code X-Forwarded-For}; a client cannot pick its address by sending that header otherwise. The budgets are
 * shared by every instance on the database ({@link SharedBudgets}).
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final int STATUS = 429;

    private final SharedBudgets budgets;

    RateLimitFilter(SharedBudgets budgets) {
        this.budgets = budgets;
    }

    /** The budget a request spends, or null for paths that are not limited here. */
    static ClientBudgets.Kind kind(String path) {
        if (path.startsWith("/api/chat/") && path.contains("/files/")) {
            return ClientBudgets.Kind.DOWNLOAD; // a session's files: each read is a whole file from the database
        }
        if (path.startsWith("/api/chat/") && (path.endsWith("/messages") || path.endsWith("/history"))
                || path.equals("/api/chat/greeting") || path.equals("/api/chat/texts")) {
            return ClientBudgets.Kind.POLL;
        }
        if (path.equals("/api/chat") || path.equals("/api/chat/files") || path.equals("/api/feedback") || path.equals("/api/reset")
                || path.equals("/api/chat/rating") || path.startsWith("/feedback/")) {
            return ClientBudgets.Kind.SEND;
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // a CORS preflight (OPTIONS, answered by the security filters) costs nothing: only its request counts
        var kind = "OPTIONS".equals(request.getMethod()) ? null
                : kind(RequestPaths.of(request));
        if (kind != null) {
            var wait = budgets.tryTake(request.getRemoteAddr(), kind);
            if (wait.isPresent()) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait.getAsLong() + 999_999_999L));
                response.setHeader("Retry-After", Long.toString(seconds));
                ErrorResponses.write(response, STATUS,
                        "too many requests from this address; retry in " + seconds + " s");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
