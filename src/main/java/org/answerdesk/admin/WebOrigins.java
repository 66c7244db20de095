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

    /** The longest origin kept or allowed (a host name is at most 253 characters; real shops' are far shorter). */
    static final int MAX_LENGTH = 200;

    /** The origin in its normal form (lower-case scheme and host, no default path), or empty if it is not one. */
    static java.util.Optional<String> normalize(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(origin(value.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
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

    /** These origins and {@code more}, each once. */
    WebOrigins with(List<String> more) {
        var all = new java.util.LinkedHashSet<>(origins);
        all.addAll(more);
        return new WebOrigins(List.copyOf(all));
    }

    /** CORS of the chat API: the listed origins, no cookies (the session id travels in the request). */
    UrlBasedCorsConfigurationSource corsSource() {
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
