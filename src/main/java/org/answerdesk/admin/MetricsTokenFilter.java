package org.answerdesk.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps {@code /actuator/prometheus} behind the admin token: the metrics tell how busy the business is and how
 * its customers rate it. Prometheus sends the token with {@code authorization: {credentials: ...}} in its scrape
 * config. A filter, not the admin interceptor: actuator endpoints have their own handler mapping.
 */
class MetricsTokenFilter extends OncePerRequestFilter {

    private final AdminProperties properties;

    MetricsTokenFilter(AdminProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (AdminAccess.of(request, properties, null)) {
            case GRANTED -> chain.doFilter(request, response);
            case DISABLED -> response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "metrics are disabled: set ANSWERDESK_ADMIN_TOKEN and scrape with it as a bearer token");
            default -> {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "missing or wrong admin token");
            }
        }
    }
}
