package org.answerdesk.faq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a new conversation is greeted with, on every channel: the configured greeting
 * ({@code ANSWERDESK_GREETING}) and the FAQ questions customers ask most, to offer as buttons or chips.
 *
 * <p>Contract for channels and the core: call {@link #greeting()} when a conversation starts (the web chat and
 * widget when they open with no history, Telegram {@code /start}, the first Slack DM) and show
 * {@link Greeting#text()} followed by {@link Greeting#questions()}; a click on a question is sent as that
 * question's text, like a typed message, so it goes through the pipeline like any other and its FAQ answer counts
 * towards the ranking. Plain text: each channel escapes it for its own format. Safe to call on every start: one
 * indexed query, no model call.
 *
 * <p>Ranking: the FAQ entries whose answers were given most often in the last {@code ANSWERDESK_FAQ_STARTER_WINDOW}
 * (ties by entry order); when fewer than {@code ANSWERDESK_FAQ_STARTER_QUESTIONS} were given (a new install), the
 * first FAQ entries fill the rest. An empty FAQ gives an empty list. Only entries the owner wrote or approved are
 * offered: never one still worded by a customer, however often it was answered.
 */
@Service
public class StarterQuestions {

    /** The greeting of a new conversation: text to show first, then the questions as buttons or chips. */
    public record Greeting(String text, List<Question> questions) {

        public Greeting {
            questions = List.copyOf(questions);
        }
    }

    /** A starter question: the FAQ entry's question, and its id (for short button data, or a Suggestion). */
    public record Question(long entryId, String text) {
    }

    static final String DEFAULT_GREETING =
            "Hi! I'm the support assistant. Ask me anything, or pick one of the common questions below.";

    private final JdbcClient jdbc;
    private final int count;
    private final Duration window;
    private final String text;

    StarterQuestions(JdbcClient jdbc, FaqProperties properties,
                     @Value("${answerdesk.greeting:" + DEFAULT_GREETING + "}") String text) {
        this.jdbc = jdbc;
        this.count = properties.starterQuestions();
        this.window = properties.starterWindow();
        this.text = text == null || text.isBlank() ? DEFAULT_GREETING : text.strip();
    }

    /** The greeting and the current starter questions. */
    public Greeting greeting() {
        return new Greeting(text, questions());
    }

    /** Up to the configured number of questions: the most answered ones of the window, then the first entries. */
    public List<Question> questions() {
        if (count == 0) {
            return List.of();
        }
        Set<Question> chosen = new LinkedHashSet<>(jdbc.sql("""
                select e.id, e.question from message m join faq_entry e on e.id = m.faq_entry_id
                where m.direction = 'OUT' and m.source = 'FAQ' and m.created_at > now() - make_interval(secs => :secs)
                  and e.origin = 'OWNER'
                group by e.id, e.question order by count(*) desc, e.id limit :n
                """)
            .param("secs", (double) window.toSeconds()).param("n", count).query(StarterQuestions::question).list());
        if (chosen.size() < count) {
            chosen.addAll(jdbc.sql("select id, question from faq_entry where origin = 'OWNER' order by id limit :n")
                .param("n", count * 2).query(StarterQuestions::question).list());
        }
        return new ArrayList<>(chosen).subList(0, Math.min(count, chosen.size()));
    }

    private static Question question(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Question(rs.getLong(1), rs.getString(2));
    }
}
