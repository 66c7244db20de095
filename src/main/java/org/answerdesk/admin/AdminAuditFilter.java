package org.answerdesk.admin;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.answerdesk.audit.Audit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every change an admin makes through the admin API (any method but GET, HEAD and OPTIONS, on a route that
 * needs the admin role) in the audit trail once it has been answered: "POST /api/faq/import", with the response's
 * status. It runs after authorization, so refused requests are not recorded here (failed sign-ins are, by
 * {@link SecurityConfiguration}). Routes that record their own, more exact, event are left to them.
 */
class AdminAuditFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final RequestMatcher adminApi;
    private final RequestMatcher recordsItself;
    private final ObjectProvider<Audit> audit;

    AdminAuditFilter(RequestMatcher adminApi, RequestMatcher recordsItself, ObjectProvider<Audit> audit) {
        this.adminApi = adminApi;
        this.recordsItself = recordsItself;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || !adminApi.matches(request) || recordsItself.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            String what = request.getMethod() + " " + request.getRequestURI()
                    // a replacing FAQ import removes entries: the trail tells it from a merging one
                    + ("replace".equals(request.getParameter("mode")) ? "?mode=replace" : "");
            audit.ifAvailable(a -> a.record(request, what, "status " + response.getStatus()));
        }
    }
}
