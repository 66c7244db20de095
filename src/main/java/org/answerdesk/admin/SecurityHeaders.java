package org.answerdesk.admin;

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
 * this origin only (the pages have no inline script or style), and who may put a page in a frame.
 */
final class SecurityHeaders {

    /**
     * Who may frame the web chat and everything else outside the admin page. Only this origin for now; to embed
     * the chat on a customer's site, list that origin here (e.g. {@code "'self' https://shop.example"}) and
     * drop {@code X-Frame-Options} for the chat, which cannot name another origin.
     */
    static final String CHAT_FRAME_ANCESTORS = "'self'";

    /** The admin page is never framed (clickjacking of its buttons). */
    static final String ADMIN_FRAME_ANCESTORS = "'none'";

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors ";

    private SecurityHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers, RequestMatcher adminPage) {
        RequestMatcher elsewhere = new NegatedRequestMatcher(adminPage);
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(adminPage,
                        new ContentSecurityPolicyHeaderWriter(POLICY + ADMIN_FRAME_ANCESTORS)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(adminPage,
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(elsewhere,
                        new ContentSecurityPolicyHeaderWriter(POLICY + CHAT_FRAME_ANCESTORS)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(elsewhere,
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)));
    }
}
