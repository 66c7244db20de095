package org.answerdesk.admin;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection of the admin page. A state-changing request to an admin route that comes with the session
 * cookie (and no bearer token) must come from this origin: {@code Sec-Fetch-Site: same-origin}, or else an
 * {@code Origin} equal to this server's or to {@code ANSWERDESK_PUBLIC_URL}'s; otherwise 403. Browsers set both
 * headers themselves and pages cannot forge them. SameSite=Strict alone would let a sibling subdomain (same site,
 * other origin) through; a bearer token cannot be sent by another site at all, so bearer calls need no check.
 * The sign-in form is checked the same way whether a cookie comes or not: a cross-site post is refused with 403
 * before its token counts as a failure, so another site cannot lock the owner out.
 * Used instead of Spring Security's token-based CSRF filter, which would make every API client fetch a token.
 */
final class SameOriginFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/admin/login");

    private final RequestMatcher adminRoutes;
    private final String publicOrigin;
    private final AdminErrors errors;

    SameOriginFilter(RequestMatcher adminRoutes, String publicUrl, AdminErrors errors) {
        this.adminRoutes = adminRoutes;
        this.publicOrigin = origin(URI.create(publicUrl));
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (needsCheck(request) && !sameOrigin(request)) {
            errors.write(response, HttpStatus.FORBIDDEN,
                    "cross-site request refused: an admin change with the session cookie must come from the admin page");
            return;
        }
        if (LOGIN.matches(request) && crossSite(request)) {
            // refused before the token is looked at, so another site cannot spend the owner's failed sign-ins
            errors.write(response, HttpStatus.FORBIDDEN,
                    "cross-site sign-in refused: sign in from the admin page of this server");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean needsCheck(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getRequestedSessionId() != null
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && adminRoutes.matches(request);
    }

    /**
     * A sign-in a browser sent for a page of another origin. Browsers name the origin of every cross-origin POST
     * ({@code Origin}, and {@code Sec-Fetch-Site} where supported); a request with neither comes from a program,
     * which no other site can make the owner's browser be, so it may sign in.
     */
    private boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none"); // none: typed or bookmarked
        }
        return request.getHeader(HttpHeaders.ORIGIN) != null && !originMatches(request);
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin");
        }
        return originMatches(request);
    }

    private boolean originMatches(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || origin.equals("null")) {
            return false;
        }
        try {
            String given = origin(URI.create(origin));
            return given.equals(publicOrigin) || given.equals(origin(URI.create(request.getRequestURL().toString())));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** scheme://host:port with the scheme's default port spelled out, lower case. */
    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }
}
