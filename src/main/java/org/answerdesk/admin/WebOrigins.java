package org.answerdesk.admin;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The other sites that may embed the chat ({@code ANSWERDESK_WEB_ALLOWED_ORIGINS}, comma-separated origins such
 * as {@code https://shop.example}): their pages may call the web chat API (CORS) and frame the chat pages. Any
 * other origin's cross-origin call gets 403 before it reaches the API, preflight or not; with none configured
 * the chat works on this origin only.
 */
record WebOrigins(List<String> origins) {

    /** The web chat API, the only routes another site's page may call. */
    static final String[] CHAT_API = {"/api/chat", "/api/chat/**", "/api/feedback", "/api/reset"};

    WebOrigins {
        origins = List.copyOf(origins);
    }

    /** Parses the setting; a value that is not a plain http(s) origin stops the start with a clear message. */
    static WebOrigins parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return new WebOrigins(List.of());
        }
        return new WebOrigins(Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(WebOrigins::origin).distinct().toList());
    }

    private static String origin(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw invalid(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid(value);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException("answerdesk.web.allowed-origins: \"" + value
                + "\" is not an origin such as https://shop.example or http://localhost:3000 (no path, no *)");
    }

    /** CORS of the chat API: the listed origins, no cookies (the session id travels in the request). */
    CorsConfigurationSource corsSource() {
        var config = new CorsConfiguration();
        config.setAllowedOrigins(origins); // empty: every cross-origin request is refused
        config.setAllowedMethods(List.of("GET", "POST"));
        config.setAllowedHeaders(List.of("Content-Type"));
        config.setAllowCredentials(false);
        config.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        for (String path : CHAT_API) {
            source.registerCorsConfiguration(path, config);
        }
        return source;
    }

    /** The CSP frame-ancestors of the chat pages: this origin and the listed ones. */
    String frameAncestors() {
        return origins.isEmpty() ? "'self'" : "'self' " + String.join(" ", origins);
    }

    boolean any() {
        return !origins.isEmpty();
    }
}
