package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.answerdesk.Await;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * An image, document or video with a caption is a question: the caption is answered from the FAQ like a text
 * message, and stored as the message's text. Recorded-style deliveries from {@code channels/whatsapp/fixtures}
 * through the signed webhook, the real pipeline with MiniLM, embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppCaptionIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaptionedImageDocumentOrVideoGetsTheAnswerOfTheFaqEntryItAsks() {
        // fixture -> (its caption, words of that FAQ entry's answer)
        var cases = Map.of(
                "image-caption.json", new String[] {"My item arrived damaged. What should I do?", "free replacement"},
                "document-caption.json", new String[] {"How do I get an invoice with VAT?", "Download invoice"},
                "video-caption.json", new String[] {"How do I reset my password?", "reset link"});
        for (var c : cases.entrySet()) {
            String from = FakeGraphApi.nextNumber();
            assertThat(FakeGraphApi.deliver(port, FakeGraphApi.delivery(c.getKey(), from)).status()).isEqualTo(200);
            var reply = Await.await(() -> FakeGraphApi.sentTo(from), s -> !s.isEmpty(), "the answer").get(0);
            assertThat(reply.text()).as(c.getKey()).contains(c.getValue()[1]).doesNotContain("only read text");
            assertThat(jdbc.sql("""
                    select m.text from message m join conversation c on c.id = m.conversation_id
                    where c.channel = 'WHATSAPP' and c.external_key = :k and m.direction = 'IN'""")
                    .param("k", from).query(String.class).single()).as(c.getKey()).isEqualTo(c.getValue()[0]);
        }
    }
}
