package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class AdminTokensTest {

    private final AdminTokens tokens = tokens("s3cret-token");

    private static AdminTokens tokens(String token) {
        return new AdminTokens(AdminProperties.withToken(token),
                new LoginThrottle(5, Duration.ofMinutes(15), new LoginThrottleTest.Hand()));
    }

    private static Authentication attempt(String token, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return AdminTokens.attempt(token, new WebAuthenticationDetails(request));
    }

    @Test
    void theConfiguredTokenGivesTheAdminRole() {
        Authentication admin = tokens.authenticate(attempt(" s3cret-token ", "10.0.0.1"));
        assertThat(admin.isAuthenticated()).isTrue();
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
        assertThat(admin.getCredentials()).isNull();
    }

    @Test
    void prefixesExtensionsAndEmptyTokensAreRefused() {
        for (String wrong : new String[] {"s3cret-toke", "s3cret-token2", "", "S3CRET-TOKEN"}) {
            assertThatThrownBy(() -> tokens.authenticate(attempt(wrong, "10.0.0." + wrong.length())))
                    .as(wrong).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void theSixthTryOfAClientIsRefusedEvenWithTheRightTokenOthersAreNot() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> tokens.authenticate(attempt("guess", "10.0.0.9")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> tokens.authenticate(attempt("s3cret-token", "10.0.0.9")))
                .isInstanceOfSatisfying(AdminTokens.Throttled.class,
                        t -> assertThat(t.retryAfterSeconds()).isEqualTo(15 * 60));
        assertThat(tokens.authenticate(attempt("s3cret-token", "10.0.0.10")).isAuthenticated()).isTrue();
    }

    @Test
    void withoutAConfiguredTokenNothingIsAccepted() {
        for (String configured : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> tokens(configured).authenticate(attempt(configured == null ? "" : configured, "10.0.0.1")))
                    .isInstanceOf(DisabledException.class).hasMessageContaining("ANSWERDESK_ADMIN_TOKEN");
        }
    }
}
