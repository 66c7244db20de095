package org.answerdesk.privacy;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar answerdesk.jar scrub}, run while the bot is stopped: starts the app without its web server and
 * platform channels, removes erased and expired customers' text from the database's files ({@link Scrubber}) and
 * ends. Exit status 0 when done, 1 when it failed (the reason on standard error).
 */
public final class ScrubCommand {

    /** The command's name as the jar's first argument. */
    public static final String NAME = "scrub";

    private ScrubCommand() {
    }

    /**
     * Runs the command against the app's database and returns the process exit status; {@code args}: the app's
     * settings ({@code --name=value}), after the command's name.
     */
    public static int run(Class<?> application, String... args) {
        String[] settings = {"--spring.main.web-application-type=none", "--spring.main.log-startup-info=false",
                "--logging.level.root=WARN", "--logging.level.org.answerdesk.privacy=INFO",
                // a failed start is reported once, as the command's own line, not as Spring's trace
                "--logging.level.org.springframework.boot.SpringApplication=OFF",
                "--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF",
                "--answerdesk.telegram.bot-token=", "--answerdesk.slack.bot-token=", "--answerdesk.mail.imap-host="};
        String[] all = Stream.concat(Stream.of(settings), Stream.of(args)).toArray(String[]::new);
        try (var app = new SpringApplicationBuilder(application).run(all)) {
            List<String> tables = app.getBean(Scrubber.class).scrub();
            System.out.println(NAME + ": " + tables.size() + " tables rewritten without their deleted rows");
            return 0;
        } catch (RuntimeException e) {
            System.err.println(NAME + ": failed: " + reason(e));
            return 1;
        }
    }

    /**
     * What went wrong, in the words of the innermost failure ("Another answerdesk is running with the data
     * directory ...; stop it first"), not the chain of beans that could not be created around it.
     */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
