package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The email feedback pages keep their own Content-Security-Policy (styles from this origin only): their style is a
 * served stylesheet, not an inline {@code <style>} the browser would refuse. Same configuration as
 * {@link EmailChannelIT}, so the two share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class FeedbackPageStyleIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void thePageHasNoInlineStyleItsCspForbidsAndItsStylesheetIsServed() throws Exception {
        var page = get("/feedback/email?m=1&v=up&sig=altered");
        assertThat(page.statusCode()).isEqualTo(400);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("Link not valid").doesNotContain("<style", "style=")
                .contains("<link rel=\"stylesheet\" href=\"/feedback.css\">");

        var css = get("/feedback.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains("button");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
