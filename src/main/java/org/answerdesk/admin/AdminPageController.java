package org.answerdesk.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin page: a login form until the admin token was given, then the dashboard. The page itself reads
 * everything through the admin API, which accepts the session cookie in place of the bearer token.
 */
@Controller
class AdminPageController {

    private final AdminSessions sessions;
    private final AdminProperties properties;

    AdminPageController(AdminSessions sessions, AdminProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    @GetMapping("/admin")
    ResponseEntity<String> page(HttpServletRequest request) throws IOException {
        if (!sessions.valid(request)) {
            return html(HttpStatus.UNAUTHORIZED, loginPage(properties.enabled() ? "" : "The admin page is disabled: set ANSWERDESK_ADMIN_TOKEN."));
        }
        return html(HttpStatus.OK, resource("admin/admin.html"));
    }

    @PostMapping(path = "/admin/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> login(@RequestParam(defaultValue = "") String token) throws IOException {
        if (!AdminAccess.matches(properties, token.strip())) {
            return html(HttpStatus.UNAUTHORIZED, loginPage("Wrong admin token."));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, sessions.cookieHeader(sessions.open(), sessions.ttl()))
                .header(HttpHeaders.LOCATION, "/admin").build();
    }

    @PostMapping("/admin/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        sessions.close(request);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, sessions.cookieHeader("", Duration.ZERO))
                .header(HttpHeaders.LOCATION, "/admin").build();
    }

    private static String loginPage(String error) throws IOException {
        return resource("admin/login.html").replace("{{error}}", error);
    }

    private static String resource(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
