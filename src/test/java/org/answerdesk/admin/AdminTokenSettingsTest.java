package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The admin token as an operator sets it: bound from the environment as at start, a stray space around it does not
 * lock everyone out, and a short one starts with a clear warning (and is not printed).
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminTokenSettingsTest {

    @Test
    void aTokenWithSpacesAroundItSignsInWithoutThem(CapturedOutput log) {
        AdminTokens tokens = tokens(" correct-horse-battery-staple \n");
        assertThat(tokens.authenticate(attempt("correct-horse-battery-staple")).isAuthenticated()).isTrue();
        assertThat(tokens.authenticate(attempt("correct-horse-battery-staple ")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> tokens.authenticate(attempt("correct-horse"))).isInstanceOf(BadCredentialsException.class);
        assertThat(log.getAll()).doesNotContain("ANSWERDESK_ADMIN_TOKEN is only");
    }

    @Test
    void aShortTokenIsWarnedAboutWithoutBeingShown(CapturedOutput log) {
        AdminTokens tokens = tokens("a");
        assertThat(log.getAll()).contains("ANSWERDESK_ADMIN_TOKEN is only 1 characters long: use at least 16");
        assertThat(tokens.authenticate(attempt("a")).isAuthenticated()).isTrue(); // warned, not refused
    }

    private static AdminTokens tokens(String configured) {
        var binder = new Binder(new MapConfigurationPropertySource(Map.of("answerdesk.admin.token", configured)));
        AdminProperties properties = binder.bindOrCreate("answerdesk.admin", AdminProperties.class);
        return new AdminTokens(properties,
                new LoginThrottle(properties.maxFailures(), properties.failureWindow(), Clock.systemUTC()));
    }

    private static org.springframework.security.core.Authentication attempt(String token) {
        return AdminTokens.attempt(token, new WebAuthenticationDetails(new MockHttpServletRequest()));
    }
}
