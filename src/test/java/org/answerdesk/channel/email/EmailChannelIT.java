package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;

import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.fixture;
import static org.answerdesk.channel.email.TestMailServer.header;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;

import io.micrometer.core.instrument.MeterRegistry;

import org.answerdesk.HttpApi;
import org.answerdesk.feedback.Vote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The support mailbox end to end: GreenMail IMAP and SMTP, embedded PostgreSQL, the real MiniLM retriever. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class EmailChannelIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmailPoller poller;
    @Autowired
    EmailInbound intake;
    @Autowired
    MeterRegistry meters;

    private static String customer() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private static String messageId() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }

    @Test
    void theMailboxInTheEnvironmentIsReadOnlyOnTheAdminPage() {
        var api = new HttpApi(port);
        String list = api.get("/api/channels", HttpApi.ADMIN).body();
        assertThat(list).contains("\"channel\":\"EMAIL\",\"state\":\"CONNECTED\",\"source\":\"ENVIRONMENT\"")
                .doesNotContain("imap_password\":");
        var put = api.put("/api/channels/email", HttpApi.json("imap_host", "127.0.0.2", "imap_username", "x",
                "imap_password", "y", "smtp_host", "127.0.0.2"), HttpApi.ADMIN);
        assertThat(put.status()).isEqualTo(409);
        assertThat(put.json().get("error").asString()).contains("email is configured in the environment");
        assertThat(api.delete("/api/channels/email", HttpApi.ADMIN).status()).isEqualTo(409);
        // the environment's mailbox is checked live: IMAP login and SMTP
        var test = api.post("/api/channels/email/test", "{}", HttpApi.ADMIN);
        assertThat(test.status()).as(test.body()).isEqualTo(200);
        assertThat(test.json().get("account").asString()).isEqualTo(TestMailServer.SUPPORT);
    }

    @Test
    void aMailGetsExactlyOneReplyInItsThread() throws Exception {
        String ann = customer();
        String id = messageId();
        deliver(fixture("plain.eml", "ann@customer.example", ann, "<CAF8xq1+plain-0001@mail.customer.example>", id));

        MimeMessage reply = awaitReplies(ann, 1).get(0);
        assertThat(header(reply, "In-Reply-To")).isEqualTo(id);
        assertThat(header(reply, "References")).isEqualTo(id);
        assertThat(reply.getSubject()).isEqualTo("Re: Password reset");
        assertThat(header(reply, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(reply.getFrom()[0].toString()).contains(TestMailServer.SUPPORT);
        assertThat(TestMailServer.body(reply)).containsIgnoringCase("password").contains("Helpful: ");
        // the mail server has the reply before the app has recorded it as sent
        List<String> sentIds = await(() -> jdbc.sql("""
                select external_message_id from message where direction = 'OUT' and delivery_status = 'SENT'
                  and reply_to_id = (select id from message where external_message_id = :id and direction = 'IN')
                """).param("id", id).query(String.class).list(), ids -> !ids.isEmpty(), "the reply recorded as sent");
        assertThat(sentIds).containsExactly(header(reply, "Message-ID"));
        assertThat(storedText(id)).contains("How can I reset my password?").doesNotContain("Customer Example Ltd");
        assertThat(seen(id)).isTrue();
        awaitSettled(ann);
        assertThat(sentTo(ann)).hasSize(1);
    }

    @Test
    void aCustomersReplyContinuesTheConversation() throws Exception {
        String bob = customer();
        String first = messageId();
        deliver(mail(bob, first, "Shipping", "Do you ship to Canada?"));
        String ourReply = header(awaitReplies(bob, 1).get(0), "Message-ID");

        String second = messageId();
        deliver(mail(bob, second, "Re: Shipping", "Thanks! And how long do refunds take?\n\nOn Tue, Support wrote:\n> We ship",
                "In-Reply-To: " + ourReply, "References: " + first + " " + ourReply));
        MimeMessage reply = awaitReplies(bob, 2).stream().filter(m -> second.equals(header(m, "In-Reply-To")))
                .findFirst().orElseThrow();
        assertThat(header(reply, "References")).isEqualTo(first + " " + ourReply + " " + second);
        assertThat(reply.getSubject()).isEqualTo("Re: Shipping");
        assertThat(conversationOf(first)).isEqualTo(conversationOf(second));
        assertThat(storedText(second)).isEqualTo("Thanks! And how long do refunds take?");
    }

    @Test
    void automaticListAndSystemMailIsStoredButNeverAnswered() throws Exception {
        List<String> senders = List.of(customer(), customer(), customer(), customer(), customer(),
                "noreply-" + customer(), "mailer-daemon@" + customer().replace("@", "."));
        deliver(fixture("auto-reply.eml", "dave@customer.example", senders.get(0), "<auto-reply-0001@customer.example>", messageId()));
        deliver(fixture("list.eml", "news@shop.example", senders.get(1), "<list-0001@shop.example>", messageId()));
        deliver(fixture("bounce.eml", "MAILER-DAEMON@mx.customer.example", senders.get(2), "<bounce-0001@mx.customer.example>", messageId()));
        deliver(mail(senders.get(3), messageId(), "Deals", "How do I track my order?", "Precedence: bulk"));
        deliver(mail(senders.get(4), messageId(), "OOF", "How do I track my order?", "X-Auto-Response-Suppress: OOF"));
        deliver(mail(senders.get(5), messageId(), "Your receipt", "How do I track my order?"));
        deliver(mail(senders.get(6), messageId(), "Failure", "How do I track my order?"));
        deliver(mail(TestMailServer.SUPPORT, messageId(), "Re: loop", "How do I track my order?"));
        String sentinel = customer();
        deliver(mail(sentinel, messageId(), "Tracking", "How do I track my order?"));

        awaitReplies(sentinel, 1); // mail is read in order: everything before it was taken in
        List<String> everyone = new ArrayList<>(senders);
        everyone.add(TestMailServer.SUPPORT); // the mail from our own address
        awaitSettled(everyone.toArray(String[]::new));
        for (String sender : senders) {
            assertThat(sentTo(sender)).as("replies to %s", sender).isEmpty();
        }
        // a reply to our own address would land in the support inbox itself
        assertThat(sentTo(TestMailServer.SUPPORT)).noneMatch(m -> String.valueOf(header(m, "Message-ID")).startsWith("<answerdesk."));
        List<String> reasons = jdbc.sql("""
                select m.skip_reason from message m join participant p on p.id = m.participant_id
                where m.direction = 'IN' and p.external_user_id in (:senders) order by m.id
                """).param("senders", senders).query(String.class).list();
        assertThat(reasons).hasSize(senders.size()).doesNotContainNull();
        assertThat(reasons.get(0)).startsWith("auto-submitted");
        assertThat(reasons.get(1)).startsWith("precedence");
        assertThat(reasons.get(2)).startsWith("bounce");
        // stored handled together with the reason: neither a redelivery nor the recovery sweep can answer them
        assertThat(jdbc.sql("""
                select count(*) from message m join participant p on p.id = m.participant_id
                where m.direction = 'IN' and p.external_user_id in (:senders) and m.handled_at is null
                """).param("senders", senders).query(Long.class).single()).isZero();
        assertThat(meters.counter("answerdesk.mail.unanswered", "reason", "auto-submitted").count()).isPositive();
    }

    @Test
    void theSameMessageIdTwiceGetsOneReply() throws Exception {
        String carol = customer();
        byte[] source = mail(carol, messageId(), "Refunds", "How long do refunds take?");
        deliver(source);
        deliver(source);
        awaitReplies(carol, 1);
        await(() -> unread(carol), n -> n == 0, "both copies read");
        awaitSettled(carol);
        assertThat(sentTo(carol)).hasSize(1);
    }

    @Test
    void aCrashBetweenStoringAndReplyingStillEndsWithOneReplyEach() throws Exception {
        String dave = customer();
        String erin = customer();
        String daveId = messageId();
        String erinId = messageId();
        poller.stop();
        try {
            deliver(mail(dave, daveId, "Password", "How can I reset my password?"));
            deliver(mail(erin, erinId, "Shipping", "Do you ship to Canada?"));
            try (var store = TestMailServer.openMailbox()) {
                var inbox = TestMailServer.inbox(store);
                // dave: stored, then the app died before flagging the mail or answering it
                intake.take(source(inbox.search(new HeaderTerm("Message-ID", daveId))[0]));
                // erin: stored and flagged, then the app died before answering
                Message erinMail = inbox.search(new HeaderTerm("Message-ID", erinId))[0];
                intake.take(source(erinMail));
                erinMail.setFlag(Flags.Flag.SEEN, true);
                inbox.close(false);
            }
        } finally {
            poller.start();
        }
        awaitReplies(dave, 1);
        awaitReplies(erin, 1);
        awaitSettled(dave, erin);
        assertThat(sentTo(dave)).hasSize(1);
        assertThat(sentTo(erin)).hasSize(1);
        assertThat(seen(daveId)).isTrue();
    }

    @Test
    void malformedMimeIsQuarantinedAndTheNextMailIsAnswered() throws Exception {
        String broken = messageId();
        String carol = customer();
        deliver(fixture("malformed.eml", "carol@customer.example", carol, "<malformed-0001@customer.example>", broken));
        String next = customer();
        deliver(mail(next, messageId(), "Password", "How can I reset my password?"));

        awaitReplies(next, 1);
        assertThat(sentTo(carol)).isEmpty();
        // the next mail's reply leaves through the outbox, the broken mail's move runs on the poller: either may be
        // first, so the move is awaited (the bound only catches a hang)
        await(() -> quarantined(broken), n -> n == 1, "the broken mail in the quarantine folder");
        assertThat(meters.counter("answerdesk.mail.quarantined").count()).isPositive();
        try (var store = TestMailServer.openMailbox()) {
            assertThat(TestMailServer.inbox(store).search(new HeaderTerm("Message-ID", broken))).isEmpty();
        }
    }

    private static int quarantined(String messageId) {
        try (var store = TestMailServer.openMailbox()) {
            var quarantine = store.getFolder("Quarantine");
            if (!quarantine.exists()) {
                return 0;
            }
            quarantine.open(jakarta.mail.Folder.READ_ONLY);
            return quarantine.search(new HeaderTerm("Message-ID", messageId)).length;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void htmlOnlyAndLatin1MailIsReadRight() throws Exception {
        String bob = customer();
        String htmlId = messageId();
        deliver(fixture("html-only.eml", "bob@customer.example", bob, "<html-only-0001@mail.customer.example>", htmlId));
        String juergen = customer();
        String latinId = messageId();
        deliver(fixture("iso-8859-1.eml", "juergen@kunde.example", juergen, "<latin1-0001@kunde.example>", latinId));

        awaitReplies(bob, 1);
        MimeMessage reply = awaitReplies(juergen, 1).get(0);
        assertThat(storedText(htmlId)).isEqualTo("Hi there,\n\nDo you ship to Canada?\nAnd how long does it take?");
        assertThat(storedText(latinId)).contains("wie lange dauert eine Rückerstattung?").contains("Grüße aus Köln");
        assertThat(reply.getSubject()).isEqualTo("Re: Rückerstattung");
    }

    @Test
    void openingAFeedbackLinkOnlyShowsTheChoiceAndPostingItVotes() throws Exception {
        String frank = customer();
        deliver(mail(frank, messageId(), "Refunds", "How long do refunds take?"));
        MimeMessage reply = awaitReplies(frank, 1).get(0);
        String link = TestMailServer.feedbackLink(reply, false);
        long replyId = Long.parseLong(link.replaceAll(".*[?&]m=(\\d+).*", "$1"));
        var api = new HttpApi(port);

        // what a mail security scanner does: open every link, with GET and HEAD
        var page = api.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"").contains("Yes, helpful").contains("No, not helpful")
                .doesNotContain("<script");
        assertThat(head(link)).isEqualTo(200);
        assertThat(head(TestMailServer.feedbackLink(reply, true))).isEqualTo(200);
        assertThat(votes(replyId)).isEmpty();

        // the page's "not helpful" form posts to the very link, without JavaScript
        String action = page.body().replaceAll("(?s).*<form method=\"post\" action=\"([^\"]+)\"><button type=\"submit\" autofocus>No.*", "$1")
                .replace("&amp;", "&");
        assertThat("/feedback/email" + action).isEqualTo(link);
        var voted = api.postAs(link, "application/x-www-form-urlencoded", "");
        assertThat(voted.status()).isEqualTo(200);
        assertThat(voted.body()).contains("Thank you");
        assertThat(votes(replyId)).containsExactly(-1);

        for (String bad : List.of(link.replace("v=down", "v=up"), link.replace("m=" + replyId, "m=" + (replyId + 1)),
                link.substring(0, link.length() - 2), "/feedback/email",
                new FeedbackLinks(TestMailServer.FEEDBACK_SECRET, "").url(987_654_321, Vote.UP))) {
            assertThat(api.get(bad).status()).as("GET %s", bad).isEqualTo(400);
            assertThat(api.postAs(bad, "application/x-www-form-urlencoded", "").status()).as("POST %s", bad)
                    .isEqualTo(400);
        }
        assertThat(votes(replyId)).containsExactly(-1);
    }

    private int head(String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aSenderGetsAtMostTheConfiguredNumberOfRepliesPerHour() throws Exception {
        String grace = customer();
        List<String> ids = List.of(messageId(), messageId(), messageId(), messageId());
        for (String id : ids) {
            deliver(mail(grace, id, "Question " + id, "How can I reset my password?"));
        }
        await(() -> unread(grace), n -> n == 0, "all four read");
        awaitReplies(grace, 3);
        awaitSettled(grace);
        assertThat(sentTo(grace)).hasSize(3);
        assertThat(jdbc.sql("select skip_reason from message where external_message_id = :id and direction = 'IN'")
                .param("id", ids.get(3)).query(String.class).single()).startsWith("rate limit");
    }

    /** Waits until the app has done all it will do for what the senders have mailed so far. */
    private void awaitSettled(String... senders) {
        TestMailServer.awaitSettled(poller, jdbc, senders);
    }

    private List<MimeMessage> awaitReplies(String address, int count) {
        return await(() -> sentTo(address), l -> l.size() >= count, count + " replies to " + address);
    }

    private String storedText(String messageId) {
        return jdbc.sql("select text from message where external_message_id = :id and direction = 'IN'")
                .param("id", messageId).query(String.class).single();
    }

    private long conversationOf(String messageId) {
        return jdbc.sql("select conversation_id from message where external_message_id = :id and direction = 'IN'")
                .param("id", messageId).query(Long.class).single();
    }

    private List<Integer> votes(long replyId) {
        return jdbc.sql("select vote from feedback where message_id = :m").param("m", replyId).query(Integer.class).list();
    }

    private static byte[] source(Message message) throws Exception {
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static boolean seen(String messageId) throws Exception {
        try (var store = TestMailServer.openMailbox()) {
            var found = TestMailServer.inbox(store).search(new HeaderTerm("Message-ID", messageId));
            return found.length == 1 && found[0].isSet(Flags.Flag.SEEN);
        }
    }

    /** Mails from the sender still unread in the support inbox. */
    private static long unread(String sender) {
        try (var store = TestMailServer.openMailbox()) {
            var inbox = TestMailServer.inbox(store);
            long n = 0;
            for (Message m : inbox.getMessages()) {
                if (m.getFrom()[0].toString().contains(sender) && !m.isSet(Flags.Flag.SEEN)) {
                    n++;
                }
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
