package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MetricsTokenFilterTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockFilterChain chain = new MockFilterChain();

    @Test
    void scrapesWithTheAdminTokenReachTheMetrics() throws Exception {
        request.addHeader("Authorization", "Bearer s3cret");
        new MetricsTokenFilter(new AdminProperties("s3cret")).doFilter(request, response, chain);
        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongOrMissingTokenGets401() throws Exception {
        request.addHeader("Authorization", "Bearer guess");
        new MetricsTokenFilter(new AdminProperties("s3cret")).doFilter(request, response, chain);
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void withoutAConfiguredTokenNobodyReadsTheMetrics() throws Exception {
        request.addHeader("Authorization", "Bearer ");
        new MetricsTokenFilter(new AdminProperties("")).doFilter(request, response, chain);
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getErrorMessage()).contains("ANSWERDESK_ADMIN_TOKEN");
    }
}
