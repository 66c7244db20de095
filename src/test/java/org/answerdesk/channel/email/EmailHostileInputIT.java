package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.fixture;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import jakarta.mail.Folder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import jakarta.mail.search.SubjectTerm;

import org.answerdesk.channel.ChannelHealth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Mail a hostile or broken sender can put in the support mailbox. Each one is either answered sensibly or
 * quarantined (kept with its reason, counted, moved to the quarantine folder); none stalls the mailbox: the good
 * mail behind it is always answered. The size limit (256KB) and the shop's form sender ({@code form@shop-site.test})
 * are set by {@link TestMailServer.Settings} for every mail class, which send nothing near either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class EmailHostileInputIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("emailHealthIndicator")
    ChannelHealth health;

    /** A Message-ID far over PostgreSQL's btree row limit, of characters that do not compress: stored it fails. */
    static String unstorableMessageId() {
        var random = new Random(7);
        var id = new StringBuilder("<");
        for (int i = 0; i < 4000; i++) {
            id.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        return id.append("@customer.example>").toString();
    }

    @Test
    void emptyMailAndMailWithoutSenderAreHandledAndTheNextIsAnswered() throws Exception {
        String noFrom = id();
        deliver(("To: support@answerdesk.test\r\nSubject: Password\r\nMessage-ID: " + noFrom
                + "\r\n\r\nHow can I reset my password?\r\n").getBytes(StandardCharsets.US_ASCII));
        String emptyId = id();
        String empty = customer();
        deliver(("From: " + empty + "\r\nMessage-ID: " + emptyId + "\r\nSubject: \r\n\r\n").getBytes(StandardCharsets.US_ASCII));

        awaitAnswerToNextMail();
        assertThat(quarantineReason(noFrom)).hasValueSatisfying(r -> assertThat(r).contains("no sender"));
        assertThat(inQuarantineFolder(noFrom)).isTrue();
        assertThat(sentTo(empty)).isEmpty();
        assertThat(skipReason(emptyId)).isEqualTo("empty mail");
    }

    @Test
    void aMailWhoseBodyIsOnlyInvisibleCharactersGetsTheNotTextAnswerAndTheNextIsAnswered() throws Exception {
        String zed = customer();
        String id = id();
        deliver(mail(zed, id, "Hello", "\u200b\u200d\u2060\ufeff\r\n\u202e\udb40\udc41\ufe0f"));

        MimeMessage answer = await(() -> sentTo(zed), l -> !l.isEmpty(), "the not-text answer").get(0);
        assertThat(TestMailServer.body(answer)).contains("I've received it. What do you need help with?");
        assertThat(jdbc.sql("select intent from message where external_message_id = :id and direction = 'IN'")
                .param("id", id).query(String.class).single()).isEqualTo("NOT_TEXT");
        awaitAnswerToNextMail();
    }

    @Test
    void mailOverTheSizeLimitIsQuarantinedUnread() throws Exception {
        String huge = id();
        deliver(mail(customer(), huge, "Logs", "How can I reset my password?\n" + "x".repeat(100) + "\n".repeat(1)
                + ("log line " + "y".repeat(90) + "\n").repeat(3000)));

        awaitAnswerToNextMail();
        assertThat(quarantineReason(huge)).hasValueSatisfying(r -> assertThat(r).contains("larger than"));
        assertThat(inQuarantineFolder(huge)).isTrue();
    }

    @Test
    void nulAndControlCharactersAreCleanedAndTheMailIsAnswered() throws Exception {
        String ann = customer();
        String id = id();
        deliver(("From: =?UTF-8?Q?Ann=00=07_Example?= <" + ann + ">\r\nTo: support@answerdesk.test\r\n"
                + "Subject: Pass\u0001word=?UTF-8?Q?=00?=\r\nMessage-ID: " + id + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "How can I reset=00 my pass=1Bword?\r\n").getBytes(StandardCharsets.ISO_8859_1));

        await(() -> sentTo(ann), l -> !l.isEmpty(), "the answer to ann");
        assertThat(storedText(id)).isEqualTo("How can I reset my password?");
        assertThat(jdbc.sql("select display_name from participant where external_user_id = :a").param("a", ann)
                .query(String.class).single()).isEqualTo("Ann Example");
    }

    @Test
    void invalidUtf8InHeadersAndBodyIsReadAndAnswered() throws Exception {
        String bob = customer();
        String declared = id();
        String undeclared = id();
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
        deliver(concat("From: Bob ", bad, " <" + bob + ">\r\nSubject: Refund ", bad, "\r\nMessage-ID: " + declared
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit"
                + "\r\n\r\nHow long do refunds take? ", bad, "\r\n"));
        deliver(concat("From: " + bob + "\r\nSubject: Shipping\r\nMessage-ID: " + undeclared
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit"
                + "\r\n\r\nDo you ship to Canada? ", bad, "\r\n"));

        try {
            await(() -> sentTo(bob), l -> l.size() == 2, "both mails answered");
        } catch (AssertionError e) {
            // seen twice in one afternoon and not since: say what the database holds, for whoever meets it next
            throw new AssertionError(e.getMessage() + "; stored: " + jdbc.sql("""
                    select m.id, m.direction, m.skip_reason, m.handled_at, m.delivery_status, m.last_error, p.address
                    from message m left join participant p on p.id = m.participant_id
                    where m.conversation_id in (select conversation_id from message
                                                where external_message_id in (:a, :b))""")
                    .param("a", declared).param("b", undeclared).query().listOfRows(), e);
        }
        assertThat(jdbc.sql("select display_name from participant where external_user_id = :a").param("a", bob)
                .query(String.class).single()).startsWith("Bob ");
        assertThat(storedText(declared)).startsWith("How long do refunds take? ").doesNotContain("\u0000");
        assertThat(storedText(undeclared)).startsWith("Do you ship to Canada? ");
    }

    @Test
    void malformedMimeIsQuarantinedOrAnsweredAndNeverStalls() throws Exception {
        String noBoundary = id();
        String ann = customer();
        deliver(("From: " + ann + "\r\nSubject: Order\r\nMessage-ID: " + noBoundary
                + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n"
                + "Where is my order?\r\n--x--\r\n").getBytes(StandardCharsets.US_ASCII));
        String carol = customer();
        String brokenBase64 = id();
        String missingParts = id();
        deliver(fixture("malformed.eml", "carol@customer.example", customer(), "<malformed-0001@customer.example>",
                missingParts));
        deliver(("From: " + carol + "\r\nSubject: Order\r\nMessage-ID: " + brokenBase64
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nSG93IGxvbmcgZG8gcmVmdW5kcyB0YWtlPw=!!*&^%$\r\n===\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        awaitAnswerToNextMail();
        // a multipart without boundary parameter is read the way mail clients read it: by its first "--" line
        await(() -> sentTo(ann), l -> !l.isEmpty(), "the answer to the mail without boundary");
        assertThat(storedText(noBoundary)).isEqualTo("Where is my order?");
        assertThat(quarantineReason(brokenBase64)).hasValueSatisfying(r -> assertThat(r).contains("BASE64"));
        assertThat(inQuarantineFolder(brokenBase64)).isTrue();
        assertThat(sentTo(carol)).isEmpty();
        assertThat(quarantineReason(missingParts)).hasValueSatisfying(r -> assertThat(r).startsWith("unreadable"));
        assertThat(inQuarantineFolder(missingParts)).isTrue();
    }

    @Test
    void deeplyNestedMimeIsQuarantined() throws Exception {
        // 1,000 levels: deep enough to show the cap, small enough for GreenMail's own parsing (10,000 levels:
        // MailParserTest)
        String nested = id();
        deliver(MailParserTest.nested(customer(), nested, 1_000));

        awaitAnswerToNextMail();
        assertThat(quarantineReason(nested)).hasValueSatisfying(r -> assertThat(r).contains("nested deeper"));
        assertThat(inQuarantineFolder(nested)).isTrue();
    }

    @Test
    void aMessageIdTheDatabaseRefusesIsQuarantinedAndTheNextIsAnswered() throws Exception {
        String sender = customer();
        String refused = unstorableMessageId();
        String subject = "Refunds " + UUID.randomUUID();
        deliver(mail(sender, refused, subject, "How long do refunds take?"));

        awaitAnswerToNextMail();
        assertThat(sentTo(sender)).isEmpty();
        assertThat(quarantineReason(refused.substring(0, 100)))
                .hasValueSatisfying(r -> assertThat(r).startsWith("not storable").contains("index row"));
        try (var store = TestMailServer.openMailbox()) {
            Folder quarantine = store.getFolder("Quarantine");
            quarantine.open(Folder.READ_ONLY);
            assertThat(quarantine.search(new SubjectTerm(subject))).hasSize(1);
            assertThat(TestMailServer.inbox(store).search(new SubjectTerm(subject))).isEmpty();
        }
    }

    @Test
    void withoutMessageIdOneAnswerAndADuplicateMessageIdIsNotAnsweredAgain() throws Exception {
        String dave = customer();
        byte[] noId = mail(dave, null, "Tracking", "How do I track my order?");
        deliver(noId);
        deliver(noId);
        String erin = customer();
        String id = id();
        deliver(mail(erin, id, "Refunds", "How long do refunds take?"));
        deliver(mail(erin, id, "Refunds again", "Do you ship to Canada?"));

        // answers come from a pool of workers, in no fixed order: first each answer, then a later mail's answer
        // shows the duplicates were read and let through no second one
        await(() -> sentTo(dave), l -> !l.isEmpty(), "the answer to the mail without Message-ID");
        await(() -> sentTo(erin), l -> !l.isEmpty(), "the answer to the first mail of a Message-ID");
        awaitAnswerToNextMail();
        assertThat(sentTo(dave)).hasSize(1);
        assertThat(sentTo(erin)).hasSize(1);
        assertThat(storedText(id)).isEqualTo("How long do refunds take?");
    }

    @Test
    void mailFromOurOwnAddressAndDeliveryReportsAndReadReceiptsAreNotAnswered() throws Exception {
        String own = id();
        deliver(mail(TestMailServer.SUPPORT, own, "Password", "How can I reset my password?"));
        String dsn = id();
        String dsnFrom = "MicrosoftExchange" + UUID.randomUUID().toString().replace("-", "") + "@customer.example";
        deliver(fixture("delivery-report.eml", "<dsn-0001@customer.example>", dsn,
                "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@customer.example", dsnFrom));
        String mdn = id();
        String reader = customer();
        deliver(fixture("read-receipt.eml", "<mdn-0001@customer.example>", mdn, "ann@customer.example", reader));
        String status = id();
        String relay = customer();
        deliver(fixture("delivery-status.eml", "<status-0001@mx.customer.example>", status,
                "relay@mx.customer.example", relay));

        awaitAnswerToNextMail();
        assertThat(sentTo(dsnFrom)).isEmpty();
        assertThat(sentTo(reader)).isEmpty();
        assertThat(sentTo(relay)).isEmpty();
        assertThat(skipReason(own)).isEqualTo("from our own address");
        assertThat(skipReason(dsn)).isEqualTo("report: multipart/report");
        assertThat(skipReason(mdn)).isEqualTo("report: multipart/report");
        assertThat(skipReason(status)).isEqualTo("report: message/delivery-status");
    }

    @Test
    void aReplyToAddressGetsAtMostTheHourlyLimitWhateverTheSenders() throws Exception {
        String victim = customer();
        for (int i = 0; i < 7; i++) {
            deliver(mail(customer(), id(), "Question " + i, "How can I reset my password?", "Reply-To: " + victim));
        }
        awaitAnswerToNextMail();
        await(() -> sentTo(victim), l -> l.size() >= 3, "the answers to the victim");
        assertThat(sentTo(victim)).hasSize(3); // answerdesk.mail.max-replies-per-sender-per-hour in the tests
        assertThat(jdbc.sql("""
                select count(*) from message where direction = 'IN' and skip_reason like 'rate limit%reply address%'
                  and raw like :to""").param("to", "%Reply-To: " + victim + "%").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aReplyToAThirdPartyIsAnsweredWithoutTheSendersSubject() throws Exception {
        String third = customer();
        deliver(mail(customer(), id(), "You won! Call +1-555-0100 or visit evil.example", "How can I reset my password?",
                "Reply-To: " + third));
        MimeMessage answer = await(() -> sentTo(third), l -> !l.isEmpty(), "the answer to the Reply-To address").get(0);
        assertThat(answer.getSubject()).isEqualTo("Your message to Answerdesk Support");
        assertThat(TestMailServer.body(answer)).contains("reset link").doesNotContain("evil.example");
    }

    @Test
    void contactFormsWithTheCustomerInReplyToAreAnswered() throws Exception {
        // a form that sends from a noreply address: the answer goes to the customer in Reply-To
        String visitor = customer();
        deliver(mail("noreply@" + UUID.randomUUID().toString().substring(0, 8) + ".example", id(), "Contact form",
                "How can I reset my password?", "Reply-To: " + visitor));
        // the shop's own form (answerdesk.mail.form-senders): more customers than one sender's limit, all answered
        List<String> customers = List.of(customer(), customer(), customer(), customer());
        for (String c : customers) {
            deliver(mail("Shop Website <form@shop-site.test>", id(), "Contact form", "Do you ship to Canada?",
                    "Reply-To: " + c));
        }
        awaitAnswerToNextMail();
        await(() -> sentTo(visitor), l -> l.size() == 1, "the answer to the visitor");
        for (String c : customers) {
            await(() -> sentTo(c), l -> l.size() == 1, "the answer to " + c);
        }
    }

    @Test
    void aTransientDatabaseFailureLeavesTheMailUnreadAndItIsAnsweredOnceItPasses() throws Exception {
        // the database refuses this one mail with a resource error (SQLSTATE class 53), as when it is overloaded
        jdbc.sql("""
                create or replace function outage_test() returns trigger language plpgsql as $$
                begin raise exception 'simulated outage' using errcode = '53000'; end $$""").update();
        jdbc.sql("""
                create trigger outage_test before insert on message for each row
                when (new.text like '%outage test%') execute function outage_test()""").update();
        String fay = customer();
        String id = id();
        try {
            deliver(mail(fay, id, "Password", "How can I reset my password? (outage test)"));
            await(() -> String.valueOf(health.health().getDetails().get("lastError")), e -> e.contains("simulated outage"),
                    "the failure reported to the health component");
            assertThat(unreadInInbox(id)).as("left unread for a retry").isTrue();
            assertThat(quarantineReason(id)).isEmpty();
            assertThat(sentTo(fay)).isEmpty();
        } finally {
            jdbc.sql("drop trigger outage_test on message").update();
        }
        await(() -> sentTo(fay), l -> !l.isEmpty(), "the answer once the database takes the mail");
        assertThat(sentTo(fay)).hasSize(1);
        assertThat(quarantineReason(id)).isEmpty();
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    }

    /** A good mail after the hostile ones: mail is read oldest first, so its answer means all before were handled. */
    private static void awaitAnswerToNextMail() throws Exception {
        String next = customer();
        deliver(mail(next, id(), "Password", "How can I reset my password?"));
        MimeMessage answer = await(() -> sentTo(next), l -> !l.isEmpty(), "the answer to the good mail").get(0);
        assertThat(TestMailServer.body(answer)).contains("reset link");
    }

    private static byte[] concat(Object... parts) {
        var out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private Optional<String> quarantineReason(String eventIdStart) {
        return jdbc.sql("select reason from quarantine where channel = 'EMAIL' and starts_with(event_id, :e)")
                .param("e", eventIdStart).query(String.class).optional();
    }

    private String skipReason(String messageId) {
        return jdbc.sql("select skip_reason from message where external_message_id = :id and direction = 'IN'")
                .param("id", messageId).query(String.class).single();
    }

    private String storedText(String messageId) {
        return jdbc.sql("select text from message where external_message_id = :id and direction = 'IN'")
                .param("id", messageId).query(String.class).single();
    }

    private static boolean unreadInInbox(String messageId) throws Exception {
        try (var store = TestMailServer.openMailbox()) {
            var found = TestMailServer.inbox(store).search(new HeaderTerm("Message-ID", messageId));
            return found.length == 1 && !found[0].isSet(jakarta.mail.Flags.Flag.SEEN);
        }
    }

    private static boolean inQuarantineFolder(String messageId) throws Exception {
        try (var store = TestMailServer.openMailbox()) {
            Folder quarantine = store.getFolder("Quarantine");
            quarantine.open(Folder.READ_ONLY);
            return quarantine.search(new HeaderTerm("Message-ID", messageId)).length == 1
                    && TestMailServer.inbox(store).search(new HeaderTerm("Message-ID", messageId)).length == 0;
        }
    }

    private static String customer() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private static String id() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }
}
