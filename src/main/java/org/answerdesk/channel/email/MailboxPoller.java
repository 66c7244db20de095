package org.answerdesk.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;

import org.answerdesk.conversation.ConversationService;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the support mailbox: every unread mail is stored through {@link MailIntake}, then flagged \Seen (or moved
 * to the processed folder), then answered. Flagging comes only after the message is committed, so no mail is lost;
 * a crash after flagging leaves an unanswered stored message, which the core's recovery sweep answers. Waits for
 * new mail with IMAP IDLE where the server has it, else polls.
 */
class MailboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final EmailProperties properties;
    private final Session session;
    private final MailIntake intake;
    private final ConversationService conversations;
    private final Object wake = new Object();
    private volatile boolean running;
    private Thread thread;
    private volatile Store store;
    /** Folders seen to exist on the current connection. */
    private final java.util.Set<String> knownFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Folder folder;

    MailboxPoller(EmailProperties properties, MailIntake intake, ConversationService conversations) {
        this.properties = properties;
        this.session = MailSessions.imap(properties);
        this.intake = intake;
        this.conversations = conversations;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "mailbox-poller");
        thread.setDaemon(true);
        thread.start();
        log.info("Reading mail: {}", properties);
    }

    @Override
    public synchronized void stop() {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
        closeQuietly(); // ends a pending IDLE
        try {
            if (thread != null) {
                thread.join(properties.timeout().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        int failures = 0;
        while (running) {
            try {
                Folder open = open();
                pass(open);
                failures = 0;
                waitForMail(open);
            } catch (MessagingException | IOException | RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                log.warn("Mailbox {} not read (attempt {}): {}", properties.folder(), failures, e.toString());
                closeQuietly();
                pause(Math.min(properties.pollInterval().toMillis() * failures, 300_000));
            }
        }
        closeQuietly();
    }

    /** One pass over the unread mail, oldest first. */
    private void pass(Folder open) throws MessagingException, IOException {
        open.getMessageCount(); // lets the server report new mail
        var unread = new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false),
                new FlagTerm(new Flags(Flags.Flag.DELETED), false));
        boolean expunge = false;
        Message[] found = open.search(unread);
        var sizes = new FetchProfile();
        sizes.add(FetchProfile.Item.SIZE);
        open.fetch(found, sizes); // one round trip for every size, not one per mail
        for (Message message : found) {
            if (!running) {
                break;
            }
            expunge |= handle(open, message);
        }
        if (expunge) {
            open.expunge();
        }
    }

    /** @return whether the mail was copied away and awaits expunge */
    private boolean handle(Folder open, Message message) throws MessagingException, IOException {
        MailIntake.Outcome outcome;
        if (message.getSize() > properties.maxMailSize().toBytes()) {
            log.warn("Mail #{} is {} bytes, over the limit of {}: quarantined", message.getMessageNumber(),
                    message.getSize(), properties.maxMailSize());
            outcome = MailIntake.Outcome.quarantined();
        } else {
            var source = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
            message.writeTo(source);
            try {
                outcome = intake.take(source.toByteArray());
            } catch (IllegalArgumentException e) {
                // the pipeline refused it as invalid: keep it for a person rather than retry it forever
                log.warn("Mail #{} refused by the pipeline ({}): quarantined", message.getMessageNumber(), e.getMessage());
                outcome = MailIntake.Outcome.quarantined();
            }
        }
        boolean moved = outcome.quarantine() ? quarantine(open, message) : acknowledge(open, message);
        if (outcome.answer() != null) {
            try {
                conversations.respond(outcome.answer());
            } catch (RuntimeException e) {
                log.warn("Mail stored as message {} not answered yet ({}); the recovery sweep retries", outcome.answer(),
                        e.toString());
            }
        }
        return moved;
    }

    private boolean acknowledge(Folder open, Message message) throws MessagingException {
        if (!EmailProperties.blank(properties.processedFolder())) {
            return move(open, message, properties.processedFolder());
        }
        message.setFlag(Flags.Flag.SEEN, true);
        return false;
    }

    private boolean quarantine(Folder open, Message message) throws MessagingException {
        try {
            return move(open, message, properties.quarantineFolder());
        } catch (MessagingException e) {
            log.warn("Could not move mail to {} ({}); flagged instead", properties.quarantineFolder(), e.toString());
            message.setFlags(new Flags(Flags.Flag.FLAGGED), true);
            message.setFlag(Flags.Flag.SEEN, true);
            return false;
        }
    }

    private boolean move(Folder open, Message message, String folderName) throws MessagingException {
        Folder target = store.getFolder(folderName);
        // exists() is a LIST round trip: ask once per connection, not once per mail
        if (knownFolders.add(folderName) && !target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
            knownFolders.remove(folderName);
            throw new MessagingException("cannot create folder " + folderName);
        }
        message.setFlag(Flags.Flag.SEEN, true);
        if (store instanceof IMAPStore imap && imap.hasCapability("MOVE")) {
            ((IMAPFolder) open).moveMessages(new Message[] {message}, target);
            return false;
        }
        open.copyMessages(new Message[] {message}, target);
        message.setFlag(Flags.Flag.DELETED, true);
        return true;
    }

    private void waitForMail(Folder open) throws MessagingException {
        if (properties.idle() && open instanceof IMAPFolder imap && store instanceof IMAPStore s
                && s.hasCapability("IDLE")) {
            IdleWatchdog.idle(imap, properties.pollInterval());
        } else {
            pause(properties.pollInterval().toMillis());
        }
    }

    private Folder open() throws MessagingException {
        if (folder != null && folder.isOpen()) {
            return folder;
        }
        closeQuietly();
        Store s = session.getStore();
        s.connect(properties.imapHost(), properties.effectiveImapPort(), properties.imapUsername(),
                properties.imapPassword());
        store = s;
        Folder f = s.getFolder(properties.folder());
        f.open(Folder.READ_WRITE);
        folder = f;
        log.info("Connected to mailbox {}; waiting for new mail {}", properties.folder(),
                properties.idle() && s instanceof IMAPStore imap && imap.hasCapability("IDLE") ? "with IMAP IDLE"
                        : "by polling every " + properties.pollInterval());
        return f;
    }

    private void pause(long millis) {
        synchronized (wake) {
            try {
                if (running) {
                    wake.wait(Math.max(millis, 10));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void closeQuietly() {
        knownFolders.clear();
        Store s = store;
        store = null;
        folder = null;
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException | RuntimeException e) {
                log.debug("Closing the mailbox: {}", e.toString());
            }
        }
    }
}
