package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Another website cannot lock the owner out: a page on another origin that makes the owner's browser post wrong
 * tokens to the login form (no cookie goes with it) gets 403 with the reason, and those posts do not count as
 * failed sign-ins of the owner's address. A same-origin form and a program (no browser headers) still sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteLoginIT {

    static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Test
    void crossSiteSignInsAreRefusedAndDoNotCountAgainstTheOwnersAddress() {
        HttpApi api = new HttpApi(port);
        String self = "http://localhost:" + port;
        List<String[]> crossSite = List.of(
                new String[] {"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"},
                new String[] {"Origin", "https://evil.example"},
                new String[] {"Origin", "null"},
                new String[] {"Origin", "https://sibling.localhost", "Sec-Fetch-Site", "same-site"});
        for (int round = 0; round < 3; round++) { // 12 wrong tokens: more than the 5 failures that lock out
            for (String[] headers : crossSite) {
                var r = api.postAs("/admin/login", FORM, "token=guess-" + round, headers);
                assertThat(r.status()).as(String.join(" ", headers)).isEqualTo(403);
                assertThat(r.body()).contains("cross-site sign-in refused");
            }
        }
        // even the right token: a cross-site form must not sign the owner's browser in (login CSRF)
        assertThat(api.postAs("/admin/login", FORM, "token=test-admin-token",
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);

        var fromThePage = api.postAs("/admin/login", FORM, "token=test-admin-token",
                "Origin", self, "Sec-Fetch-Site", "same-origin");
        assertThat(fromThePage.status()).as(fromThePage.body()).isEqualTo(303);
        assertThat(api.postAs("/admin/login", FORM, "token=test-admin-token").status()).isEqualTo(303);
        assertThat(api.get("/api/tickets", HttpApi.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void wrongTokensFromTheAdminPageItselfStillCount() {
        HttpApi api = new HttpApi(port);
        String self = "http://localhost:" + port;
        var wrong = api.postAs("/admin/login", FORM, "token=not-it", "Origin", self, "Sec-Fetch-Site", "same-origin");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong admin token");
        assertThat(api.postAs("/admin/login", FORM, "token=test-admin-token", "Origin", self).status())
                .isEqualTo(303); // a success clears the failure again
    }
}
