package org.answerdesk.channel.email;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.PollerLease;
import org.answerdesk.channel.PollerLeases;
import org.answerdesk.conversation.Failures;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the support mailbox, on the one instance that holds the mailbox's {@link PollerLease} (the others wait on
 * standby and take over when it dies): every unread mail is stored through {@link EmailInbound}, then flagged \Seen
 * (or moved to the processed folder), then handed to the core to be answered on its own threads. Flagging comes
 * only after the message is committed, so no mail is lost;
 * a crash after flagging leaves an unanswered stored message, which stays due for the core's workers. Waits for
 * new mail with IMAP IDLE where the server has it, else polls.
 * <p>
 * A mail that no retry can take in is quarantined and moved aside, and the next one is read; only failures that
 * waiting may cure (the mailbox or the database unreachable) end the pass, leave the mail unread and are retried
 * with back-off. Each outcome is reported to the channel's {@link ChannelHealth}.
 */
class EmailPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmailPoller.class);

    private final EmailProperties properties;
    private final Session session;
    private final EmailInbound intake;
    private final ChannelHealth health;
    private final PollerLease lease;
    private final PollerLeases leases;
    private final Object wake = new Object();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Store store;
    private final MailboxFolders folders;
    private final MailFetcher fetcher;
    private Folder folder;
    private final AtomicLong completedPasses = new AtomicLong();

    private final MailLogin login;

    EmailPoller(EmailProperties properties, EmailInbound intake, ChannelHealth health, PollerLeases leases,
                MailLogin login) {
        this.properties = properties;
        this.login = login;
        this.health = health;
        this.leases = leases;
        // one reader per mailbox across every instance sharing the database
        this.lease = leases.lease("mail:" + properties.imapUsername() + "@" + properties.imapHost() + "/"
                + properties.folder());
        this.session = MailSessions.imap(properties);
        this.folders = new MailboxFolders(properties);
        this.fetcher = new MailFetcher(properties, intake);
        this.intake = intake;
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
        health.disconnected();
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

    /**
     * How many passes over the unread mail have ended without error since the start: a pass that began after a
     * mail arrived has read it, so the tests know when the mailbox has been read since some moment.
     */
    long completedPasses() {
        return completedPasses.get();
    }

    /** Ends a wait after a failure now (the owner just signed in to the mailbox again): the next pass begins. */
    void retryNow() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        int failures = 0;
        int staleViews = 0;
        // a thread that outlived stop() (its join timed out) must not poll beside the one a later start() began
        while (running && thread == Thread.currentThread()) {
            if (!lease.tryAcquire()) {
                closeQuietly();
                lease.holder().ifPresentOrElse(health::standby,
                        () -> health.failed("no instance holds the poller lease: the database cannot be asked"));
                pause(leases.retry().toMillis());
                continue;
            }
            health.leading(leases.instance());
            try {
                Folder open = open();
                pass(open);
                completedPasses.incrementAndGet();
                health.succeeded();
                failures = 0;
                staleViews = 0;
                waitForMail(open);
            } catch (UnreadMail.StaleView e) {
                // a server that keeps listing what it never announced is read on a new connection each poll
                log.info("Opening mailbox {} again: {}", properties.folder(), e.getMessage());
                closeQuietly();
                if (++staleViews > 1) {
                    pause(properties.pollInterval().toMillis());
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                health.failed(Failures.describe(e));
                log.warn("Mailbox {} not read (attempt {}): {}", properties.folder(), failures, e.toString());
                closeQuietly();
                pause(Math.min(properties.pollInterval().toMillis() * failures, 300_000));
            }
        }
        closeQuietly();
        lease.release();
    }

    /** One pass over the unread mail, oldest first. */
    private void pass(Folder open) throws MessagingException, IOException {
        boolean expunge = false;
        Message[] found = UnreadMail.in(open);
        var sizes = new FetchProfile();
        sizes.add(FetchProfile.Item.SIZE);
        sizes.add(UIDFolder.FetchProfileItem.UID);
        open.fetch(found, sizes); // one round trip for every size and UID, not one per mail
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
        Optional<byte[]> source = fetcher.fetch(open, message);
        // only transient failures come out of take()
        EmailInbound.Outcome outcome = source.isEmpty() ? EmailInbound.Outcome.quarantined()
                : intake.take(source.get());
        boolean moved = outcome.quarantine() ? folders.quarantine(store, open, message)
                : folders.acknowledge(store, open, message);
        return moved;
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
        Store s = login.connect(session);
        store = s;
        Folder f = s.getFolder(properties.folder());
        f.open(Folder.READ_WRITE);
        folder = f;
        health.connected();
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
        folders.reconnected();
        Store s = store;
        store = null;
        folder = null;
        if (s != null) {
            // on a thread of its own: closing waits for a pending IDLE to end, which a hung connection never does
            var closer = new Thread(() -> {
                try {
                    s.close();
                } catch (MessagingException | RuntimeException e) {
                    log.debug("Closing the mailbox: {}", e.toString());
                }
            }, "mailbox-close");
            closer.setDaemon(true);
            closer.start();
        }
    }
}
