package org.answerdesk.channel.email;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IMAP IDLE with an upper bound: Jakarta Mail's {@code idle} has no timeout, but any command another thread sends
 * on the folder ends it, so a NOOP is sent when the wait is over. The poller then reads the folder anyway, which
 * also keeps the connection from being dropped as inactive. If the server never answers, the connection's read
 * time-out ({@link MailSessions}: the poll interval plus the time-out) ends the IDLE with an exception and the
 * poller reconnects. (Closing the folder from here instead holds the folder's lock while it waits for the IDLE to
 * end, and the poller's next IDLE then waits for that lock with no time-out at all.)
 * <p>
 * Each wake-up runs on a thread of its own: a NOOP can block as long as its connection does, and on a shared
 * timer thread one hanging mailbox kept every other mailbox of the process (other instances' pollers in the same
 * JVM, or a second mailbox) waiting for mail the server had already announced.
 */
final class IdleWatchdog {

    private static final Logger log = LoggerFactory.getLogger(IdleWatchdog.class);

    /** Only schedules: what it starts runs on threads of its own, so it never waits on a connection. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "mailbox-idle-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** The wait for mail, ended early by {@link #wake}. */
    interface Idle {
        void await() throws MessagingException;
    }

    /** Ends an {@link Idle}; may block as long as the connection does. */
    interface Wake {
        void run() throws Exception;
    }

    private IdleWatchdog() {
    }

    /** Waits until the server reports a change in the folder, or about {@code limit} (see above). */
    static void idle(IMAPFolder folder, Duration limit) throws MessagingException {
        idle(() -> folder.idle(true), () -> noop(folder), limit);
    }

    /** Runs {@code idle}; after {@code limit} runs {@code wake} on a new thread, unless {@code idle} has returned. */
    static void idle(Idle idle, Wake wake, Duration limit) throws MessagingException {
        var wakeUp = TIMER.schedule(() -> runAlone(wake, "mailbox-idle-wake"), limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            idle.await();
        } finally {
            wakeUp.cancel(false);
        }
    }

    private static void runAlone(Wake action, String name) {
        var thread = new Thread(() -> {
            try {
                action.run();
            } catch (Exception e) {
                // the folder was closed meanwhile: the poller reconnects
                log.debug("{} ended with {}", name, e.toString());
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void noop(IMAPFolder folder) throws MessagingException {
        folder.doCommand(protocol -> {
            protocol.simpleCommand("NOOP", null);
            return null;
        });
    }
}
