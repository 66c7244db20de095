package org.answerdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.answerdesk.Await;
import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.Settled;
import org.answerdesk.SharedDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One GreenMail (real IMAP with IDLE, real SMTP, dynamic ports) for all email tests of the JVM, and the app
 * settings pointing at it. Tests write from fresh customer addresses, so they do not see each other's mail.
 */
public final class TestMailServer {

    static final String SUPPORT = "support@answerdesk.test";
    static final String LOGIN = "support";
    public static final String PASSWORD = "secret";
    static final String FEEDBACK_SECRET = "test-feedback-secret";
    public static final GreenMail MAIL = start();
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern LINK = Pattern.compile("(Helpful|Not helpful): \\S+(/feedback/email\\?\\S+)");

    private TestMailServer() {
    }

    private static GreenMail start() {
        var mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser(SUPPORT, LOGIN, PASSWORD);
        return mail;
    }

    /** Points the app's EMAIL channel at the test server. */
    static final class Settings implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(properties()).and(org.answerdesk.transcription.FakeTranscriber.properties())
                // EmailHostileInputIT's size limit and form sender, which no other class's mail comes near: with
                // them here it shares the mail classes' context instead of starting one of its own
                .and("answerdesk.mail.max-mail-size=256KB", "answerdesk.mail.form-senders=form@shop-site.test")
                .applyTo(context);
        }
    }

    /** The app's settings for the test server, as {@code key=value}. */
    public static List<String> properties() {
        return List.of(
                    "answerdesk.mail.imap-host=127.0.0.1",
                    "answerdesk.mail.imap-port=" + MAIL.getImap().getPort(),
                    "answerdesk.mail.imap-ssl=false",
                    "answerdesk.mail.imap-username=" + LOGIN,
                    "answerdesk.mail.imap-password=" + PASSWORD,
                    // the bound of an IDLE wait: a wait for the mailbox read (two passes, awaitMailboxRead) that no
                    // new mail ends lasts up to two of it; 1s as the tests that start apps of their own use
                    "answerdesk.mail.poll-interval=1s",
                    "answerdesk.mail.smtp-host=127.0.0.1",
                    "answerdesk.mail.smtp-port=" + MAIL.getSmtp().getPort(),
                    "answerdesk.mail.smtp-security=NONE",
                    "answerdesk.mail.from=Answerdesk Support <" + SUPPORT + ">",
                    "answerdesk.mail.max-replies-per-sender-per-hour=3",
                    // every test writes from new addresses; EmailNewcomerLimitIT tests this limit on its own
                    "answerdesk.mail.max-replies-to-new-addresses-per-hour=1000",
                    "answerdesk.feedback.secret=" + FEEDBACK_SECRET);
    }

    /**
     * Starts the whole app as {@code java -jar} would, on a random port, with the test server's settings and the
     * given {@code key=value} overrides (for set-ups a shared test context cannot have), on a new database of the
     * tests' shared PostgreSQL unless the overrides name one.
     */
    static ConfigurableApplicationContext startApp(String... overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String p : properties()) {
            settings.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        for (String p : overrides) {
            settings.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        settings.computeIfAbsent("spring.datasource.url", key -> SharedDatabase.newDatabase());
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        settings.forEach((k, v) -> {
            if (v != null && !v.equals("<unset>")) {
                args.add("--" + k + "=" + v);
            }
        });
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** The mail arrives in the given GreenMail user's inbox, exactly as given. */
    public static void deliverTo(String login, byte[] source) throws MessagingException {
        MAIL.getUserManager().getUser(login).deliver(new MimeMessage(SESSION, new ByteArrayInputStream(source)));
    }

    /**
     * The mail arrives in the user's inbox without the server telling any open connection: no {@code EXISTS}, in
     * IDLE or after a command. A search still lists it. That is what a server that loses an announcement does
     * (GreenMail does, when a mail arrives while it answers a command: it clears its "new mail" flag after reading
     * the count; some Exchange versions list unannounced messages too).
     */
    @SuppressWarnings("unchecked")
    static void deliverUnannounced(String login, byte[] source) throws Exception {
        var inbox = MAIL.getManagers().getImapHostManager().getInbox(MAIL.getUserManager().getUser(login));
        var field = inbox.getClass().getDeclaredField("_mailboxListeners"); // GreenMail 2.1's listeners of a folder
        field.setAccessible(true);
        var listeners = (List<com.icegreen.greenmail.store.FolderListener>) field.get(inbox);
        synchronized (listeners) {
            var all = new ArrayList<>(listeners);
            listeners.clear();
            try {
                inbox.store(new MimeMessage(SESSION, new ByteArrayInputStream(source)));
            } finally {
                listeners.addAll(all);
            }
        }
    }

    /** A fixture's source with some of its text replaced (pairs: old, new), read byte for byte. */
    static byte[] fixture(String name, String... replacements) throws IOException {
        String text = new String(Files.readAllBytes(Path.of("channels/email/fixtures", name)), StandardCharsets.ISO_8859_1);
        for (int i = 0; i < replacements.length; i += 2) {
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A plain customer mail. */
    public static byte[] mail(String from, String messageId, String subject, String text, String... extraHeaders) {
        var out = new StringBuilder("From: " + from + "\r\nTo: " + SUPPORT + "\r\nSubject: " + subject + "\r\n");
        if (messageId != null) {
            out.append("Message-ID: ").append(messageId).append("\r\n");
        }
        for (String header : extraHeaders) {
            out.append(header).append("\r\n");
        }
        out.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(text).append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The mail arrives in the support mailbox, exactly as given. */
    public static void deliver(byte[] source) throws MessagingException {
        MAIL.getUserManager().getUser(LOGIN).deliver(new MimeMessage(SESSION, new ByteArrayInputStream(source)));
    }

    /** What the app has sent to an address so far. */
    public static List<MimeMessage> sentTo(String address) {
        return MAIL.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    /** The text part of a reply (or the whole body of a one-part mail). */
    public static String body(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    /** The part of the given type of a multipart/alternative reply, or the body of a one-part mail. */
    static String part(MimeMessage mail, String type) {
        try {
            if (mail.getContent() instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType(type)) {
                        return ((String) parts.getBodyPart(i).getContent()).replace("\r\n", "\n");
                    }
                }
                throw new AssertionError("no " + type + " part");
            }
            return ((String) mail.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, " ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path and query of the "Helpful" (up) or "Not helpful" link in a sent reply. */
    static String feedbackLink(MimeMessage reply, boolean helpful) {
        Matcher m = LINK.matcher(body(reply));
        while (m.find()) {
            if (m.group(1).equals(helpful ? "Helpful" : "Not helpful")) {
                return m.group(2);
            }
        }
        throw new AssertionError("no feedback link in " + body(reply));
    }

    /** An IMAP connection to the support mailbox, as a mail client would open it. */
    static Store openMailbox() throws MessagingException {
        var props = new Properties();
        props.put("mail.imap.peek", "true");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), LOGIN, PASSWORD);
        return store;
    }

    static Folder inbox(Store store) throws MessagingException {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        return inbox;
    }

    /**
     * Waits until the poller has read the mailbox since now: a pass that began after now has ended, so every mail
     * delivered before has been taken in (the pass under way now may have begun before the last delivery; the
     * one after it did not).
     */
    static void awaitMailboxRead(EmailPoller poller) {
        long ended = poller.completedPasses();
        Await.await(poller::completedPasses, n -> n >= ended + 2, "a pass over the mailbox begun after now");
    }

    /**
     * Waits until the app has done all it will do for what the senders have mailed so far: the mailbox read since
     * now, then their conversations {@link Settled} (every mail handled, no reply pending).
     */
    static void awaitSettled(EmailPoller poller, JdbcClient jdbc, String... senders) {
        awaitMailboxRead(poller);
        Settled.await(jdbc, """
                select m.conversation_id from message m join participant p on p.id = m.participant_id
                where m.channel = 'EMAIL' and m.direction = 'IN' and p.external_user_id in (:senders)
                """, Map.of("senders", List.of(senders)), "the conversations of " + String.join(", ", senders));
    }
}
