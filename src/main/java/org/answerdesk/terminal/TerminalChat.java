package org.answerdesk.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Reply;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.faq.FaqService;

/**
 * An interactive chat in the terminal against the local pipeline and database, for an operator trying the FAQ
 * before going live: shows each answer's source, confidence and related questions. Conversations are stored
 * like web chats, with session ids starting {@code terminal-}.
 */
public final class TerminalChat {

    private final ConversationService conversations;
    private final List<FaqEntry> faq;
    private final Random random;
    private String session = newSession();

    public TerminalChat(ConversationService conversations, FaqService faq, Random random) {
        this.conversations = conversations;
        this.faq = faq.list();
        this.random = random;
    }

    /**
     * {@code java -jar answerdesk.jar chat [--random]}: starts the app without its web server and platform channels
     * (the running bot keeps those), on the same database, and chats on standard input and output.
     */
    public static void start(Class<?> application, String[] args) {
        boolean random = java.util.Arrays.asList(args).contains("--random");
        String[] settings = {"--spring.main.web-application-type=none", "--spring.main.log-startup-info=false",
                "--logging.level.root=WARN", "--answerdesk.telegram.bot-token=", "--answerdesk.slack.bot-token=",
                "--answerdesk.mail.imap-host="};
        try (var app = new org.springframework.boot.builder.SpringApplicationBuilder(application).run(settings)) {
            new TerminalChat(app.getBean(ConversationService.class), app.getBean(FaqService.class), new Random())
                    .run(System.in, System.out, random);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads questions until {@code quit} or the end of input. {@code /random} (or an empty line with
     * {@code randomOnEmpty}) asks a random FAQ phrasing; {@code /reset} starts a new conversation.
     */
    public void run(InputStream input, PrintStream out, boolean randomOnEmpty) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        out.println("answerdesk terminal chat: " + faq.size() + " FAQ entries. Type a question; /random asks a random"
                + " FAQ phrasing, /reset starts over, quit ends.");
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                out.println();
                return;
            }
            String text = line.strip();
            if (text.equals("/reset")) {
                conversations.reset(key());
                session = newSession();
                out.println("(new conversation)");
                continue;
            }
            if (text.equals("/random") || (text.isEmpty() && randomOnEmpty)) {
                text = randomPhrasing();
                out.println("> " + text);
            }
            if (text.isEmpty()) {
                continue;
            }
            ask(text, out);
        }
    }

    private void ask(String text, PrintStream out) {
        try {
            var reply = conversations.handle(new InboundMessage(UUID.randomUUID().toString(), key(),
                    new Participant(Channel.WEB, session, "terminal", null), text));
            if (reply.isEmpty()) {
                out.println("(no answer: a person has this conversation; /reset to start over)");
                return;
            }
            print(reply.get(), out);
        } catch (IllegalArgumentException e) {
            out.println("(" + e.getMessage() + ")");
        }
    }

    private static void print(Reply reply, PrintStream out) {
        out.printf(Locale.ROOT, "[%s, confidence %.2f%s]%n%s%n", reply.source(), reply.confidence(),
                reply.needsHuman() ? ", handed to a person" : "", reply.text());
        if (!reply.suggestions().isEmpty()) {
            out.println("Related:");
            reply.suggestions().forEach(s -> out.printf(Locale.ROOT, "  %.2f  %s%n", s.score(), s.question()));
        }
    }

    private String randomPhrasing() {
        if (faq.isEmpty()) {
            return "";
        }
        FaqEntry entry = faq.get(random.nextInt(faq.size()));
        return entry.phrasings().get(random.nextInt(entry.phrasings().size()));
    }

    private ConversationKey key() {
        return new ConversationKey(Channel.WEB, session);
    }

    private static String newSession() {
        return "terminal-" + UUID.randomUUID();
    }
}
