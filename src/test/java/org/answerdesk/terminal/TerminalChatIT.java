package org.answerdesk.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.answerdesk.conversation.ConversationService;
import org.answerdesk.faq.FaqService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The terminal chat against the real pipeline: typed questions, a random FAQ phrasing, reset and quit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// With a server port, as the web classes: their context, one start fewer than a context of its own (docs/benchmarks.md,
// "ci56", "ci57")
class TerminalChatIT {

    @Autowired
    ConversationService conversations;
    @Autowired
    FaqService faq;

    @Test
    void answersTypedAndRandomQuestionsWithSourceConfidenceAndRelatedQuestions() throws Exception {
        var chat = new TerminalChat(conversations, faq, new Random(7));
        var out = new ByteArrayOutputStream();
        String input = "How do I reset my password?\n/random\n\n/reset\nquit\nnot read\n";

        chat.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8), true);

        String screen = out.toString(StandardCharsets.UTF_8);
        assertThat(screen).contains("40 FAQ entries");
        assertThat(screen).containsPattern("\\[FAQ, confidence \\d\\.\\d\\d\\]\\nClick Sign in, then Forgot password");
        assertThat(screen).contains("Related:");
        // /random and the empty line each asked an FAQ phrasing and got an answer
        assertThat(screen.split("> > \\S").length - 1).isEqualTo(2);
        assertThat(screen.split("\\[(FAQ|LLM|SYSTEM), confidence").length - 1).isEqualTo(3);
        assertThat(screen).contains("(new conversation)").doesNotContain("not read");
    }
}
