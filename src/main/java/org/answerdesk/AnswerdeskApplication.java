package org.answerdesk;

import org.answerdesk.eval.EvalCli;
import org.answerdesk.privacy.ScrubCommand;
import org.answerdesk.retrieval.TrainingCommand;
import org.answerdesk.terminal.TerminalChat;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** answerdesk: one support bot for Telegram, Slack, email and the web, FAQ first, with an LLM fallback. */
@SpringBootApplication
@EnableScheduling
public class AnswerdeskApplication {

    public static void main(String[] args) {
        // eval, bench and split are plain command-line tools: no database, no server, no Spring
        if (EvalCli.handles(args)) {
            System.exit(EvalCli.run(args));
        }
        // the FAQ adaptation's training process (retrieval.TrainingProcess): no database, no server, no Spring
        if (args.length > 0 && args[0].equals(TrainingCommand.NAME)) {
            System.exit(TrainingCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals(ScrubCommand.NAME)) {
            System.exit(ScrubCommand.run(AnswerdeskApplication.class,
                    java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("chat")) {
            TerminalChat.start(AnswerdeskApplication.class, args);
            return;
        }
        SpringApplication.run(AnswerdeskApplication.class, args);
    }
}
