package org.answerdesk.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.answerdesk.Await;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * With a late-reply template configured, a reply after the customer's 24-hour window goes out as that template
 * with the reply's text as its parameter: when the app knows the window has closed, and when Meta refuses the
 * text with 131047.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "answerdesk.whatsapp.template=late_reply", "answerdesk.whatsapp.template-language=en_US"})
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppTemplateIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReplyToAMessageOlderThanTheWindowGoesOutAsTheTemplate() {
        String from = FakeGraphApi.nextNumber();
        ObjectNode old = FakeGraphApi.textMessage(from, "How can I reset my password?");
        FakeGraphApi.message(old).put("timestamp",
                Long.toString(Instant.now().minus(Duration.ofHours(30)).getEpochSecond()));

        assertThat(FakeGraphApi.deliver(port, old).status()).isEqualTo(200);

        var sent = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the template").get(0);
        assertTemplate(sent);
        Await.await(() -> storedRefs(from), r -> r.equals(List.of(sent.wamid())), "the template's wamid stored");
        assertThat(FakeGraphApi.callsTo(from)).as("no text tried first").hasSize(1);
    }

    @Test
    void aTextMetaRefusesForTheWindowGoesOutAsTheTemplate() {
        String from = FakeGraphApi.nextNumber();
        FakeGraphApi.API.stubFor(post(urlPathEqualTo(FakeGraphApi.MESSAGES)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo(from)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("text")))
                .willReturn(FakeGraphApi.json(400, FakeGraphApi.text("error-131047.json"))));

        assertThat(FakeGraphApi.deliver(port, FakeGraphApi.textMessage(from, "How can I reset my password?")).status())
                .isEqualTo(200);

        var sent = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the template").get(0);
        assertTemplate(sent);
        assertThat(FakeGraphApi.callsTo(from)).extracting(FakeGraphApi.Sent::type).containsExactly("text", "template");
        Await.await(() -> storedRefs(from), r -> r.equals(List.of(sent.wamid())), "the template's wamid stored");
    }

    private static void assertTemplate(FakeGraphApi.Sent sent) {
        assertThat(sent.type()).isEqualTo("template");
        assertThat(sent.request().at("/template/name").asString()).isEqualTo("late_reply");
        assertThat(sent.request().at("/template/language/code").asString()).isEqualTo("en_US");
        assertThat(sent.text()).containsIgnoringCase("password").doesNotContain("\n");
    }

    private List<String> storedRefs(String from) {
        return jdbc.sql("""
                select m.external_message_id from message m join conversation c on c.id = m.conversation_id
                where c.external_key = :k and m.direction = 'OUT' and m.delivery_status = 'SENT'""")
                .param("k", from).query(String.class).list();
    }
}
