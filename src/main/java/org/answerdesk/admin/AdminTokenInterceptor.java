package org.answerdesk.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets a request through to the admin API only with {@link AdminAccess#GRANTED}; 403 when disabled, else 401. */
class AdminTokenInterceptor implements HandlerInterceptor {

    private final AdminProperties properties;
    private final AdminSessions sessions;

    AdminTokenInterceptor(AdminProperties properties, AdminSessions sessions) {
        this.properties = properties;
        this.sessions = sessions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        switch (AdminAccess.of(request, properties, sessions)) {
            case GRANTED -> {
                return true;
            }
            case DISABLED -> throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the admin API is disabled: set ANSWERDESK_ADMIN_TOKEN to enable it");
            default -> {
                response.setHeader("WWW-Authenticate", "Bearer");
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong admin token");
            }
        }
    }
}
