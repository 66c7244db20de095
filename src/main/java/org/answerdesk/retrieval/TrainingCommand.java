package org.answerdesk.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training process's side of {@link TrainingProcess}: {@code adapt --job FILE --output DIR} trains the job
 * ({@link TrainingJob}) and writes {@code model.onnx} and {@code tokenizer.json} into DIR. Exit status 0 when the
 * model is written, 1 when training failed (the reason on standard error), 2 for bad usage, {@value #UNSUPPORTED}
 * when the model is not one the trainer can train (the reason on standard error). It ends itself when its
 * standard input closes: the bot that started it keeps that pipe open while it lives, so a bot killed with
 * {@code kill -9} leaves no training behind.
 */
public final class TrainingCommand {

    /** The exit status for a model the trainer cannot train ({@code EncoderTraining.Unsupported}). */
    static final int UNSUPPORTED = 4;
    /** The command's name as the jar's first argument. */
    public static final String NAME = "adapt";
    /**
     * The test switch: {@code signal} makes the process kill itself with SIGKILL before training (a crash),
     * {@code hang} makes it load the training engine and then wait for ever (a long training).
     */
    static final String TEST_SWITCH = "ANSWERDESK_ADAPT_TEST";
    /** What {@code hang} writes to the process's output once PyTorch is loaded. */
    public static final String HANGING = "test switch: waiting, with PyTorch loaded";

    private static final Logger log = LoggerFactory.getLogger(TrainingCommand.class);

    private TrainingCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command ({@code args} without the command's name) and returns the process exit status. */
    public static int run(String[] args) {
        quietLogs();
        List<String> list = List.of(args);
        int job = list.indexOf("--job");
        int output = list.indexOf("--output");
        if (list.size() != 4 || job < 0 || output < 0 || job % 2 != 0 || output % 2 != 0) {
            System.err.println(NAME + ": usage: " + NAME + " --job FILE --output DIR");
            return 2;
        }
        endWhenTheBotIsGone();
        try {
            testSwitch(System.getenv(TEST_SWITCH));
            train(TrainingJob.read(Path.of(list.get(job + 1))), Path.of(list.get(output + 1)));
            return 0;
        } catch (org.answerdesk.retrieval.adapt.EncoderTraining.Unsupported e) {
            System.err.println(NAME + ": " + e.getMessage());
            return UNSUPPORTED;
        } catch (IOException | RuntimeException | LinkageError e) {
            System.err.println(NAME + ": training failed: " + e);
            log.debug("training failed", e);
            return 1;
        }
    }

    static void train(TrainingJob job, Path output) throws IOException {
        long start = System.nanoTime();
        AdaptedModel.trainHere(job, Files.createDirectories(output));
        log.info("trained {} entries in {} ms", job.examples().size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void endWhenTheBotIsGone() {
        Thread watch = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // the bot writes nothing: only the end of the stream matters
                }
            } catch (IOException e) {
                // a broken pipe is an ending bot too
            }
            System.exit(3); // not halt: the exit lets a training step end first (ExitGuard)
        }, "bot-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void testSwitch(String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.equals("signal")) {
            try {
                new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).start().waitFor();
                Thread.sleep(60_000); // the signal ends the process before this does
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("the test switch could not kill the training process");
        }
        if (value.equals("hang")) {
            ai.djl.engine.Engine.getEngine("PyTorch"); // native PyTorch loaded, as during a training
            System.out.println(HANGING);
            System.out.flush();
            try {
                new java.util.concurrent.CountDownLatch(1).await(); // until the bot ends the process
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Training logs its progress at INFO (into the process's output file, which the bot reads when it fails);
     * DJL's platform probing at DEBUG is noise, and so is its CUDA warning (see application.properties).
     */
    private static void quietLogs() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.INFO);
        }
        if (LoggerFactory.getLogger("ai.djl.util.cuda.CudaUtils") instanceof ch.qos.logback.classic.Logger cuda) {
            cuda.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
