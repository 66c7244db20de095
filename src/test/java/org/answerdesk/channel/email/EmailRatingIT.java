package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.answerdesk.channel.email.TestMailServer.body;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.part;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * CSAT by mail (GreenMail): an agent resolves an email customer's handoff, the customer gets exactly one mail
 * with five signed score links (text and HTML part); opening a link changes nothing, posting it stores the score;
 * an altered or unsigned link is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class EmailRatingIT {

    private static final Pattern SCORE_LINK = Pattern.compile("(?m)^([1-5]): \\S+(/feedback/email/rating\\?\\S+)$");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aResolvedHandoffMailsSignedScoreLinksAndOnlyAPostRates() throws Exception {
        String customer = "csat-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        var api = new HttpApi(port);
        deliver(mail(customer, "<" + UUID.randomUUID() + "@customer.example>", "Help", "I'd like to talk to a human please"));
        await(() -> sentTo(customer), m -> m.size() == 1, "the handoff notice");
        long ticket = await(() -> ticketOf(api, customer), t -> t != null, "the ticket").get("id").asLong();
        api.post("/api/tickets/" + ticket + "/reply", json("text", "Sure, how can I help?", "agent", "Eve"), HttpApi.ADMIN);
        api.post("/api/tickets/" + ticket + "/resolve", json("agent", "Eve"), HttpApi.ADMIN);

        List<MimeMessage> sent = await(() -> sentTo(customer), m -> m.size() == 4, "closing notice and rating request");
        assertThat(body(sent.get(2))).contains("resolved");
        List<MimeMessage> requests = sent.stream().filter(m -> body(m).contains("/feedback/email/rating")).toList();
        assertThat(requests).hasSize(1);
        MimeMessage request = requests.get(0);
        assertThat(body(request)).startsWith("How did we do?").doesNotContain("Helpful:");
        List<String> links = new ArrayList<>();
        Matcher m = SCORE_LINK.matcher(body(request));
        while (m.find()) {
            assertThat(m.group(1)).isEqualTo(Integer.toString(links.size() + 1));
            links.add(m.group(2));
        }
        assertThat(links).hasSize(5);
        String html = part(request, "text/html");
        links.forEach(l -> assertThat(html).contains(l.replace("&", "&amp;")));

        String four = links.get(3);
        long requestId = Long.parseLong(four.replaceAll(".*[?&]r=(\\d+).*", "$1"));
        var page = api.get(four);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("How did we do?").contains("method=\"post\"");
        assertThat(page.body().split("<form", -1)).hasSize(6);
        assertThat(score(requestId)).as("opening a link rates nothing").isNull();

        // altered (another score under the same signature) or unsigned: refused, nothing stored
        String forged = four.replace("&s=4&", "&s=5&");
        assertThat(api.postAs(forged, "application/x-www-form-urlencoded", "").status()).isEqualTo(400);
        assertThat(api.get(forged).status()).isEqualTo(400);
        String unsigned = four.substring(0, four.indexOf("&sig="));
        assertThat(api.postAs(unsigned, "application/x-www-form-urlencoded", "").status()).isEqualTo(400);
        assertThat(score(requestId)).isNull();

        var posted = api.postAs(four, "application/x-www-form-urlencoded", "");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("Thank you");
        assertThat(score(requestId)).isEqualTo(4);
        assertThat(jdbc.sql("select channel || ' ' || agent from csat where id = :id").param("id", requestId)
                .query(String.class).single()).isEqualTo("EMAIL Eve");
        assertThat(api.postAs(links.get(0), "application/x-www-form-urlencoded", "").status()).isEqualTo(200);
        assertThat(score(requestId)).as("the latest score wins").isEqualTo(1);
    }

    private Integer score(long requestId) {
        return (Integer) jdbc.sql("select score::int as score from csat where id = :id").param("id", requestId).query()
                .singleRow().get("score");
    }

    private static JsonNode ticketOf(HttpApi api, String customer) {
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("customer").asString().contains(customer) && t.get("channel").asString().equals("EMAIL")) {
                return t;
            }
        }
        return null;
    }
}
