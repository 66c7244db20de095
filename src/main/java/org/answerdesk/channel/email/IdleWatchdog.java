package org.answerdesk.channel.email;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IMAP IDLE with an upper bound the poller can rely on. Jakarta Mail's {@code idle} has no timeout, but any command
 * another thread sends on the folder ends it, so a NOOP is sent when the wait is over; the poller then reads the
 * folder anyway, which also keeps the connection from being dropped as inactive. The IDLE runs on a thread of its
 * own and the poller waits for it at most one more {@code limit} after the NOOP: if the server never answers the
 * NOOP's DONE (seen in full test runs: the IDLE and the NOOP both waited for ever, and mail sat unread until the
 * app stopped), the poller gives up on the connection with an exception and reconnects, and the stuck threads end
 * when the abandoned connection is closed. Each wake-up runs on a thread of its own too, so one hung mailbox never
 * delays another's.
 */
final class IdleWatchdog {

    private static final Logger log = LoggerFactory.getLogger(IdleWatchdog.class);

    /** The wait for mail, ended early by a wake-up. */
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

    /**
     * Runs {@code idle} on a thread of its own and waits for it; after {@code limit} runs {@code wake} on another
     * thread, and after one more {@code limit} gives up on it.
     *
     * @throws MessagingException what {@code idle} threw, or that it did not end after the wake-up
     */
    static void idle(Idle idle, Wake wake, Duration limit) throws MessagingException {
        var ended = new CompletableFuture<Void>();
        start("mailbox-idle", () -> {
            try {
                idle.await();
                ended.complete(null);
            } catch (Throwable e) {
                ended.completeExceptionally(e);
            }
        });
        if (!endedWithin(ended, limit)) {
            start("mailbox-idle-wake", () -> {
                try {
                    wake.run();
                } catch (Exception e) {
                    log.debug("IDLE wake-up ended with {}", e.toString()); // the folder was closed meanwhile
                }
            });
            if (!endedWithin(ended, limit)) {
                throw new MessagingException("IMAP IDLE did not end " + limit + " after a NOOP; reconnecting");
            }
        }
    }

    private static boolean endedWithin(CompletableFuture<Void> ended, Duration limit) throws MessagingException {
        try {
            ended.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping: the poller's loop ends
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MessagingException m) {
                throw m;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new MessagingException("IMAP IDLE failed", (Exception) e.getCause());
        }
    }

    private static void start(String name, Runnable body) {
        var thread = new Thread(body, name);
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
