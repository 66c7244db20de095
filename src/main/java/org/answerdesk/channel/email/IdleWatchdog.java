package org.answerdesk.channel.email;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * IMAP IDLE with an upper bound: Jakarta Mail's {@code idle} has no timeout, but any command another thread sends
 * on the folder ends it, so a NOOP is sent when the wait is over. The poller then reads the folder anyway, which
 * also keeps the connection from being dropped as inactive.
 */
final class IdleWatchdog {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "mailbox-idle-watchdog");
        t.setDaemon(true);
        return t;
    });

    private IdleWatchdog() {
    }

    /** Waits until the server reports a change in the folder, or at most {@code limit}. */
    static void idle(IMAPFolder folder, Duration limit) throws MessagingException {
        var wakeUp = TIMER.schedule(() -> noop(folder), limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            folder.idle(true);
        } finally {
            wakeUp.cancel(false);
        }
    }

    private static void noop(IMAPFolder folder) {
        try {
            folder.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            // the folder was closed meanwhile: the poller reconnects
        }
    }
}
