package org.answerdesk.retrieval.adapt;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the JVM's exit back while a training step runs in PyTorch's native code. On exit (SIGTERM, Ctrl-C,
 * {@code System.exit}) the C++ runtime destroys PyTorch's globals while other threads go on: a step still in
 * {@code backward} then jumps into freed memory (a SIGSEGV and an hs_err file, seen when an {@code eval --adapt} run
 * was stopped). The guard's shutdown hook interrupts the training thread, which stops between steps and frees its
 * tensors, and waits for that, at most {@link #WAIT}.
 */
final class ExitGuard implements AutoCloseable {

    /**
     * Longer than any one step, also on a busy machine (a step of 32 pairs took over 8 s on two loaded cores); shorter
     * than the grace the bot gives a training process before SIGKILL (30 s), itself within the service's stop timeout.
     */
    static final Duration WAIT = Duration.ofSeconds(25);

    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread hook;

    private ExitGuard(Thread trainer) {
        this.hook = new Thread(() -> {
            trainer.interrupt();
            try {
                ended.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "adaptation-exit");
    }

    /** Guards the calling thread's training until {@link #close()}; refused when the JVM is already exiting. */
    static ExitGuard forThisThread() throws InterruptedIOException {
        var guard = new ExitGuard(Thread.currentThread());
        try {
            Runtime.getRuntime().addShutdownHook(guard.hook);
        } catch (IllegalStateException e) {
            throw new InterruptedIOException("no adaptation: the JVM is exiting");
        }
        return guard;
    }

    /** The training is over and its native memory freed: the exit may go on. */
    @Override
    public void close() {
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // exiting: the hook runs now and returns at once
        }
    }
}
