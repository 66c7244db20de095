package org.answerdesk.channel.telegram;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.email.TestMailServer;
import org.answerdesk.handoff.HandoffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The words the channels add around the dialogue's replies come in the conversation's language (issue 51): an
 * English and German shop (English the default), Telegram (WireMock as the Bot API) and email (GreenMail). A German
 * Telegram conversation gets its choice buttons, the handoff's closing and the rating request in German; a German
 * mail gets the words around the answer in German, and the page its link opens too (with {@code lang="de"}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "answerdesk.languages=en,de")
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, ConversationLanguageIT.Mail.class})
class ConversationLanguageIT {

    /** The email channel on the shared test mail server. */
    static final class Mail implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(TestMailServer.properties()).applyTo(context);
        }
    }

    private static final Pattern GERMAN_LINK = Pattern.compile("(?m)^(Hilfreich|Nicht hilfreich): \\S+?(/feedback/email\\?\\S+)$");

    private final FakeTelegram telegram = FakeTelegram.INSTANCE;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HandoffService handoffs;

    @Test
    void aGermanTelegramConversationGetsGermanButtonsTheClosingAndTheRatingRequest() {
        long chat = telegram.nextChatId();
        say(chat, "/start");
        await(() -> telegram.acceptedTo(chat), s -> !s.isEmpty(), "the greeting");
        FakeTelegram.awaitSettled(jdbc, chat);
        assertThat(jdbc.sql("update conversation set language = 'de' where channel = 'TELEGRAM' and external_key = :k")
                .param("k", Long.toString(chat)).update()).isEqualTo(1);

        say(chat, "money back"); // two words never switch a conversation's language
        JsonNode offer = await(() -> telegram.messagesTo(chat).stream()
                .filter(m -> m.path("reply_markup").toString().contains("pick:")).toList(), l -> l.size() == 1,
                "the clarify reply with buttons").get(0);
        List<String> labels = new ArrayList<>();
        offer.get("reply_markup").get("inline_keyboard").forEach(row -> row.forEach(b -> labels.add(b.get("text").asString())));
        assertThat(labels).contains("Etwas anderes", "🙋 Mit einem Menschen sprechen")
                .doesNotContain("Something else", "🙋 Talk to a person");

        int offerId = await(() -> telegram.acceptedTo(chat).stream().filter(s -> s.text().contains("Meinten Sie"))
                .findFirst(), o -> o.isPresent(), "the offer sent").get().messageId();
        ObjectNode press = telegram.fixture("callback-vote.json", 5550001, chat);
        ((ObjectNode) press.get("callback_query")).put("data", TelegramFormat.HUMAN);
        ((ObjectNode) press.get("callback_query")).put("id", "cb-" + press.get("update_id").asInt());
        ((ObjectNode) press.get("callback_query").get("message")).put("message_id", offerId);
        telegram.push(press);
        long handoff = await(() -> jdbc.sql("""
                select h.id from handoff h join conversation c on c.id = h.conversation_id
                where c.channel = 'TELEGRAM' and c.external_key = :k and h.resolved_at is null
                """).param("k", Long.toString(chat)).query(Long.class).optional(), o -> o.isPresent(),
                "the handoff").get();

        handoffs.resolve(handoff, "agent@answerdesk.test");
        List<String> texts = await(() -> telegram.acceptedTo(chat).stream().map(FakeTelegram.Sent::text).toList(),
                t -> t.stream().anyMatch(s -> s.contains("Wie zufrieden waren Sie?")), "the rating request");
        assertThat(texts).anyMatch(s -> s.startsWith("Unser Team hat dieses Gespräch als erledigt markiert."))
                .noneMatch(s -> s.contains("marked this conversation as resolved"));
    }

    @Test
    void aGermanMailGetsTheWordsAroundItsAnswerAndTheLinksPageInGerman() throws Exception {
        String customer = "de-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        TestMailServer.deliverTo("support", TestMailServer.mail(customer, "<" + UUID.randomUUID() + "@customer.example>",
                "Passwort", "Guten Tag, wie kann ich mein Passwort zurücksetzen? Ich komme nicht mehr in mein Konto."));
        MimeMessage reply = await(() -> TestMailServer.sentTo(customer), m -> m.size() == 1, "the reply").get(0);
        assertThat(jdbc.sql("""
                select c.language from conversation c join participant p on p.id = c.participant_id
                where c.channel = 'EMAIL' and p.address = :a""").param("a", customer).query(String.class).single())
                .isEqualTo("de");
        String text = part(reply, "text/plain");
        assertThat(text).contains("War diese Antwort hilfreich?").doesNotContain("Was this answer helpful?");
        assertThat(part(reply, "text/html")).contains("War diese Antwort hilfreich?");

        Matcher link = GERMAN_LINK.matcher(text);
        assertThat(link.find()).as("the German feedback links in " + text).isTrue();
        var page = new HttpApi(port).get(link.group(2));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"de\">").contains("<title>War diese Antwort hilfreich?</title>")
                .contains("Bitte bestätigen Sie Ihre Wahl");
    }

    private static String part(MimeMessage mail, String type) throws MessagingException, IOException {
        if (mail.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType(type)) {
                    return ((String) parts.getBodyPart(i).getContent()).replace("\r\n", "\n");
                }
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private void say(long chat, String text) {
        ObjectNode update = telegram.fixture("private-text.json", 5550001, chat);
        ((ObjectNode) update.get("message")).put("text", text);
        telegram.push(update);
        await(() -> telegram.acknowledged(update.get("update_id").asInt()), a -> a, "the update acknowledged");
    }
}
