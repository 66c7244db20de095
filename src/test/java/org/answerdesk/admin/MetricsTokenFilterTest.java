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
        scrape("s3cret", "Bearer s3cret");
        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongTokenGets401() throws Exception {
        scrape("s3cret", "Bearer guess");
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aMissingTokenGets401() throws Exception {
        scrape("s3cret", null);
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void withoutAConfiguredTokenNobodyReadsTheMetrics() throws Exception {
        scrape("", "Bearer ");
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getErrorMessage()).contains("ANSWERDESK_ADMIN_TOKEN");
    }

    private void scrape(String configuredToken, String authorization) throws Exception {
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        new MetricsTokenFilter(new AdminProperties(configuredToken)).doFilter(request, response, chain);
    }
}
