package org.answerdesk.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.answerdesk.audit.Audit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin page: a login form until the admin token was given, then the dashboard. The page itself reads
 * everything through the admin API, which accepts the session cookie in place of the bearer token. Sign-out is
 * Spring Security's logout at {@code POST /admin/logout} (see {@link SecurityConfiguration}). Both pages are in the
 * owner's language ({@link AdminTexts}): {@code ?lang=de} chooses one for this browser, kept in a cookie.
 */
@Controller
class AdminPageController {

    private final AdminTokens tokens;
    private final AdminProperties properties;
    private final SecurityContextRepository sessions;
    private final SessionBinding binding;
    private final ObjectProvider<Audit> audit;
    private final AdminTexts texts;

    /** The browser's choice of the page's language. */
    static final String LANGUAGE_COOKIE = "answerdesk_admin_lang";

    AdminPageController(AdminTokens tokens, AdminProperties properties, SecurityContextRepository sessions,
                        SessionBinding binding, ObjectProvider<Audit> audit, AdminTexts texts) {
        this.texts = texts;
        this.binding = binding;
        this.audit = audit;
        this.tokens = tokens;
        this.properties = properties;
        this.sessions = sessions;
    }

    @GetMapping("/admin")
    ResponseEntity<String> page(@RequestParam(name = "lang", required = false) String lang,
                                HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = language(lang, request, response);
        if (!request.isUserInRole(AdminTokens.ROLE)) {
            return html(HttpStatus.UNAUTHORIZED, loginPage(language,
                    properties.enabled() ? "" : texts.text("login.disabled", language, Map.of())));
        }
        return html(HttpStatus.OK, texts.render(resource("admin/admin.html"), language, null));
    }

    /** {@code ?lang=} when it names a shipped language (then kept in a cookie), else the cookie's, else the setting. */
    private Locale language(String lang, HttpServletRequest request, HttpServletResponse response) {
        if (AdminTexts.shipped(lang)) {
            Locale chosen = texts.language(lang);
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LANGUAGE_COOKIE, chosen.getLanguage())
                    .path("/admin").maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true)
                    .secure(request.isSecure()).build().toString());
            return chosen;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(c.getName()) && AdminTexts.shipped(c.getValue())) {
                    return texts.language(c.getValue());
                }
            }
        }
        return texts.language(null);
    }

    @PostMapping(path = "/admin/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> login(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
                                 HttpServletResponse response) throws IOException {
        Locale language = language(null, request, response);
        Authentication admin;
        try {
            admin = tokens.authenticate(AdminTokens.attempt(token, new WebAuthenticationDetails(request)));
        } catch (AdminTokens.Throttled e) {
            long minutes = (e.retryAfterSeconds() + 59) / 60;
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .contentType(MediaType.TEXT_HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(loginPage(language, texts.text("login.throttled", language, Map.of("minutes", minutes))));
        } catch (DisabledException e) {
            return html(HttpStatus.FORBIDDEN, loginPage(language, texts.text("login.disabled", language, Map.of())));
        } catch (AuthenticationException e) {
            audit.ifAvailable(a -> a.record(request, "SIGN_IN_FAILED", "wrong token on the sign-in page"));
            return html(HttpStatus.UNAUTHORIZED, loginPage(language, texts.text("login.wrong", language, Map.of())));
        }
        openSession(admin, request, response);
        audit.ifAvailable(a -> a.record(request, "SIGN_IN", "sign-in page"));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/admin").build();
    }

    /**
     * Stores the admin in a fresh servlet session (a new id, so a planted session id is worth nothing), bound to
     * the token ({@link SessionBinding}).
     */
    private void openSession(Authentication admin, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(admin);
        strategy.setContext(context);
        sessions.saveContext(context, request, response);
        binding.bind(request);
    }

    private String loginPage(Locale language, String error) throws IOException {
        return texts.render(resource("admin/login.html"), language, error);
    }

    private static String resource(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
