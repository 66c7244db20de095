package org.answerdesk.admin;

import java.util.function.Supplier;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every response, besides Spring Security's defaults ({@code X-Content-Type-Options:
 * nosniff}, no caching, HSTS over https): a Content-Security-Policy that allows scripts, styles and requests from
 * this origin only (the pages have no inline script or style), and who may put a page in a frame: the admin page
 * never; the web chat this origin and the {@link WebOrigins} (then without {@code X-Frame-Options}, which cannot
 * name another origin; browsers that know CSP use frame-ancestors anyway).
 */
final class SecurityHeaders {

    /** The admin page is never framed (clickjacking of its buttons). */
    static final String ADMIN_FRAME_ANCESTORS = "'none'";

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors ";

    private SecurityHeaders() {
    }

    /** The chat pages' headers follow the sites allowed at the time of the request ({@link SiteOrigins}). */
    /** @param logo the origin of the shop's logo (https://host), shown on the chat page; null for none */
    static void apply(HeadersConfigurer<HttpSecurity> headers, RequestMatcher adminPage, SiteOrigins origins,
                      Supplier<String> logo) {
        RequestMatcher elsewhere = new NegatedRequestMatcher(adminPage);
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(adminPage,
                        new ContentSecurityPolicyHeaderWriter(POLICY + ADMIN_FRAME_ANCESTORS)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(adminPage,
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(elsewhere, (request, response) -> {
                    WebOrigins now = origins.current();
                    if (!response.containsHeader("Content-Security-Policy")) {
                        String logoOrigin = logo.get();
                        String policy = logoOrigin == null ? POLICY
                                : POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + logoOrigin);
                        response.setHeader("Content-Security-Policy", policy + now.frameAncestors());
                    }
                    if (!now.any() && !response.containsHeader("X-Frame-Options")) {
                        response.setHeader("X-Frame-Options", "SAMEORIGIN");
                    }
                }));
    }
}
