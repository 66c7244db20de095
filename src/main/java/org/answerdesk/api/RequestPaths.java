package org.answerdesk.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path a request is judged by: decoded ({@code /api/%63hat} is {@code /api/chat}), without {@code ;} parameters
 * and with doubled slashes merged, within the context path. That is the path the handler mapping resolves, so a
 * limit keyed on it cannot be stepped around by spelling the same route another way; the raw
 * {@link HttpServletRequest#getRequestURI()} can.
 */
final class RequestPaths {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private RequestPaths() {
    }

    static String of(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }
}
