package org.answerdesk.faq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The FAQ questions customers ask most, offered with a new conversation's greeting (its text is a language bundle's,
 * {@code greeting}; {@code ANSWERDESK_GREETING} sets the default language's) as buttons or chips: the web chat and
 * widget when they open with no history, Telegram {@code /start}, the first Slack DM, the greeting act. A click on a
 * question is sent as that question's text, like a typed message, so it goes through the pipeline like any other and
 * its FAQ answer counts towards the ranking. Safe to call on every start: one indexed query, no model call.
 *
 * <p>Ranking: the FAQ entries whose answers were given most often in the last {@code ANSWERDESK_FAQ_STARTER_WINDOW}
 * (ties by entry order); when fewer than {@code ANSWERDESK_FAQ_STARTER_QUESTIONS} were given (a new install), the
 * first FAQ entries fill the rest. An empty FAQ gives an empty list. Only entries the owner wrote or approved are
 * offered: never one still worded by a customer, however often it was answered.
 */
@Service
public class StarterQuestions {

    /** A starter question: the FAQ entry's question, and its id (for short button data, or a Suggestion). */
    public record Question(long entryId, String text) {
    }

    private final JdbcClient jdbc;
    private final int count;
    private final Duration window;

    StarterQuestions(JdbcClient jdbc, FaqProperties properties) {
        this.jdbc = jdbc;
        this.count = properties.starterQuestions();
        this.window = properties.starterWindow();
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
