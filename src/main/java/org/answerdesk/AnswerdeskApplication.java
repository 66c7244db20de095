package org.answerdesk;

import org.answerdesk.eval.EvalCli;
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
        if (args.length > 0 && args[0].equals("chat")) {
            TerminalChat.start(AnswerdeskApplication.class, args);
            return;
        }
        SpringApplication.run(AnswerdeskApplication.class, args);
    }
}
