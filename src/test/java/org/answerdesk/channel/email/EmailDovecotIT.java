package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.body;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Folder;
import jakarta.mail.search.HeaderTerm;

import org.answerdesk.SideLane;
import org.answerdesk.Tools;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mailbox against a real Dovecot (Debian's {@code dovecot-imapd}) instead of GreenMail, which is kinder: a FAQ
 * mail is answered; poisoned ones (broken MIME, a Message-ID the database refuses, a stored mail Dovecot cannot
 * read and answers with a disconnect) are quarantined and moved to the quarantine folder on the server; the mail
 * behind them is answered. Skipped where Dovecot is not installed, failed under {@code CI=true} ({@code .ci/run}
 * installs it; {@link Tools}).
 */
@SideLane
class EmailDovecotIT {

    @Test
    void aRealImapServerAnswersQuarantinesAndGoesOn() throws Exception {
        var binary = Tools.require(DovecotServer.binary(), "dovecot is not installed (apt-get install dovecot-imapd)");
        try (var dovecot = DovecotServer.start(binary)) {
            String ann = customer();
            dovecot.append(mail(ann, id(), "Password", "How can I reset my password?"));
            String broken = id();
            dovecot.append(TestMailServer.fixture("malformed.eml", "<malformed-0001@customer.example>", broken,
                    "carol@customer.example", customer()));
            String refused = EmailHostileInputIT.unstorableMessageId();
            dovecot.append(mail(customer(), refused, "Refunds", "How long do refunds take?"));
            String unreadable = "Order " + UUID.randomUUID();
            dovecot.append(mail(customer(), id(), unreadable, "Where is my order?"));
            dovecot.makeUnreadable(unreadable);
            String bob = customer();
            dovecot.append(mail(bob, id(), "Shipping", "Do you ship to Canada?"));

            List<String> settings = new ArrayList<>(dovecot.appSettings());
            settings.add("answerdesk.mail.poll-interval=1s");
            // replies still go out through GreenMail's SMTP, with its login
            settings.add("answerdesk.mail.smtp-username=" + TestMailServer.LOGIN);
            settings.add("answerdesk.mail.smtp-password=" + TestMailServer.PASSWORD);
            try (var app = TestMailServer.startApp(settings.toArray(String[]::new))) {
                assertThat(body(await(() -> sentTo(ann), l -> !l.isEmpty(), "the answer to ann").get(0)))
                        .contains("reset link");
                assertThat(body(await(() -> sentTo(bob), l -> !l.isEmpty(), "the answer to bob").get(0)))
                        .containsIgnoringCase("ship");
                var conversations = app.getBean(ConversationService.class);
                await(() -> conversations.quarantined(Channel.EMAIL), n -> n >= 3, "the three poisoned mails quarantined");
                var jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select reason from quarantine where event_id like 'uid:%'").query(String.class)
                        .single()).contains("failed to hand it out");
                try (var store = dovecot.open()) {
                    Folder quarantine = store.getFolder("Quarantine");
                    quarantine.open(Folder.READ_ONLY);
                    assertThat(quarantine.search(new HeaderTerm("Message-ID", broken))).hasSize(1);
                    assertThat(quarantine.getMessageCount()).as(dovecot.log()).isEqualTo(3);
                    Folder inbox = store.getFolder("INBOX");
                    inbox.open(Folder.READ_ONLY);
                    assertThat(inbox.getMessageCount()).isEqualTo(2);
                    assertThat(inbox.getUnreadMessageCount()).isZero();
                }
            }
        }
    }

    private static String customer() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private static String id() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }
}
