package org.answerdesk.channel.setup;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.answerdesk.ClosedPort;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.ReadsTheLog;
import org.answerdesk.channel.email.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The support mailbox connected from the admin API at run time, against GreenMail (IMAP and SMTP on loopback, a
 * login of its own so the cached contexts that read {@code support} do not take its mail). Same context as {@link
 * ChannelsIT}: no mailbox in the environment, a secret key set.
 */
@ReadsTheLog
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ChannelsIT.Settings.class)
@ExtendWith(OutputCaptureExtension.class)
public class MailboxChannelIT {

    public static final String ADDRESS = "shop@channels.test";
    public static final String LOGIN = "channels-login";
    /** With what a property could take for a placeholder. */
    public static final String PASSWORD = "mailbox-${Pa55}-word";
    private static final Pattern LINK = Pattern.compile("Helpful: \\S*?(/feedback/email\\?\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private HttpApi api;

    /** The form's settings for the test mailbox, as an owner fills it in (the password given). */
    static String settings(String password, int imapPort) {
        return json("imap_host", "127.0.0.1", "imap_port", Integer.toString(imapPort), "imap_ssl", "false",
                "imap_username", LOGIN, "imap_password", password, "smtp_host", "127.0.0.1",
                "smtp_port", Integer.toString(TestMailServer.MAIL.getSmtp().getPort()), "smtp_security", "NONE",
                "from", "Shop Support <" + ADDRESS + ">");
    }

    static String settings(String password) {
        return settings(password, TestMailServer.MAIL.getImap().getPort());
    }

    @BeforeEach
    @AfterEach
    void disconnected() {
        api = new HttpApi(port);
        api.delete("/api/channels/email", HttpApi.ADMIN);
        jdbc.sql("delete from channel_setting").update();
        Await.await(this::email, e -> e.get("state").asString().equals("NOT_CONFIGURED"), "email stopped");
    }

    @Test
    void aMailboxConnectedAtRunTimeAnswersACustomerWithoutARestart(CapturedOutput log) throws Exception {
        assertThat(email().get("editable").asBoolean()).isTrue();
        assertThat(email().get("fields").toString()).contains("imap_host", "smtp_security", "STARTTLS");
        var connected = api.put("/api/channels/email", settings(PASSWORD), HttpApi.ADMIN);
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.json().get("state").asString()).isEqualTo("CONNECTED");
        assertThat(connected.json().get("source").asString()).isEqualTo("ADMIN");
        assertThat(connected.json().get("account").asString()).isEqualTo(ADDRESS);

        String customer = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        TestMailServer.deliverTo(LOGIN, TestMailServer.mail(customer, "<" + UUID.randomUUID() + "@customer.example>",
                "Password", "How can I reset my password?"));
        var reply = Await.await(() -> TestMailServer.sentTo(customer), m -> !m.isEmpty(), "the answer by mail").get(0);
        assertThat(reply.getFrom()[0].toString()).contains(ADDRESS);
        String text = TestMailServer.body(reply);
        assertThat(text).containsIgnoringCase("password");

        // the links in the mail open their pages: the run-time channel's controllers answer through the app
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        var page = api.get(link.group(1));
        assertThat(page.status()).as(page.body()).isEqualTo(200);

        assertThat(connected.body() + api.get("/api/channels", HttpApi.ADMIN).body()).doesNotContain(PASSWORD);
        byte[] sealed = jdbc.sql("select sealed from channel_setting where channel = 'EMAIL'").query(byte[].class)
                .single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD, LOGIN);
        var checked = api.post("/api/channels/email/test", "{}", HttpApi.ADMIN);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("account").asString()).isEqualTo(ADDRESS);

        assertThat(api.delete("/api/channels/email", HttpApi.ADMIN).json().get("state").asString())
                .isEqualTo("NOT_CONFIGURED");
        assertThat(api.get(link.group(1)).status()).as("the link once the mailbox is gone").isEqualTo(404);
        assertThat(log.getAll()).contains("Email channel started").doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordOrServerIsRefusedWithItsReasonAndChangesNothing(CapturedOutput log) throws IOException {
        var wrong = api.put("/api/channels/email", settings("a-typo-in-it"), HttpApi.ADMIN);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asString()).contains("IMAP server", "refused the user name or password")
                .doesNotContain("a-typo-in-it");
        HttpApi.Response unreachable;
        try (var closed = new ClosedPort()) {
            unreachable = api.put("/api/channels/email", settings(PASSWORD, closed.port()), HttpApi.ADMIN);
        }
        assertThat(unreachable.status()).isEqualTo(502);
        assertThat(unreachable.json().get("error").asString()).contains("could not be reached");
        var halfFilled = api.put("/api/channels/email", json("imap_host", "127.0.0.1", "imap_username", LOGIN),
                HttpApi.ADMIN);
        assertThat(halfFilled.status()).isEqualTo(400);
        assertThat(halfFilled.json().get("error").asString()).contains("is required");
        var badPort = api.put("/api/channels/email", settings(PASSWORD).replaceFirst(
                "\"imap_port\":\"\\d+\"", "\"imap_port\":\"nine\""), HttpApi.ADMIN);
        assertThat(badPort.status()).as(badPort.body()).isEqualTo(400);
        assertThat(badPort.json().get("error").asString()).contains("imap_port");
        var badSecurity = api.put("/api/channels/email", settings(PASSWORD).replace("\"NONE\"", "\"TLS1.0\""),
                HttpApi.ADMIN);
        assertThat(badSecurity.json().get("error").asString()).contains("smtp_security must be one of");
        var badHost = api.put("/api/channels/email", settings(PASSWORD).replace("\"127.0.0.1\"", "\"x' or '1\""),
                HttpApi.ADMIN);
        assertThat(badHost.status()).isEqualTo(400);

        assertThat(email().get("state").asString()).isEqualTo("NOT_CONFIGURED");
        assertThat(jdbc.sql("select count(*) from channel_setting").query(Long.class).single()).isZero();
        assertThat(log.getAll()).doesNotContain("a-typo-in-it");
    }

    private JsonNode email() {
        for (JsonNode channel : api.get("/api/channels", HttpApi.ADMIN).json()) {
            if (channel.get("channel").asString().equals("EMAIL")) {
                return channel;
            }
        }
        throw new AssertionError("no email channel");
    }
}
