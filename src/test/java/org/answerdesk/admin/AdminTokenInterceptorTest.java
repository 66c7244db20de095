package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;

class AdminTokenInterceptorTest {

    @Test
    void withoutAConfiguredTokenTheAdminApiIsOff() {
        var interceptor = new AdminTokenInterceptor(new AdminProperties(null), new AdminSessions());
        var request = new MockHttpServletRequest();
        request.addHeader("Authorization", "Bearer anything");
        assertThatThrownBy(() -> interceptor.preHandle(request, new MockHttpServletResponse(), null))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("403");
    }

    @Test
    void acceptsOnlyTheConfiguredBearerToken() {
        var interceptor = new AdminTokenInterceptor(new AdminProperties("s3cret"), new AdminSessions());
        var good = new MockHttpServletRequest();
        good.addHeader("Authorization", "Bearer s3cret");
        assertThat(interceptor.preHandle(good, new MockHttpServletResponse(), null)).isTrue();
        var bad = new MockHttpServletRequest();
        bad.addHeader("Authorization", "Bearer s3cre");
        var response = new MockHttpServletResponse();
        assertThatThrownBy(() -> interceptor.preHandle(bad, response, null)).hasMessageContaining("401");
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
