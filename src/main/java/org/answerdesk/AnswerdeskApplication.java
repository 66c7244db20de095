package org.answerdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** answerdesk: one support bot for Telegram, Slack, email and the web, FAQ first, with an LLM fallback. */
@SpringBootApplication
@EnableScheduling
public class AnswerdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnswerdeskApplication.class, args);
    }
}
