package org.answerdesk.faq;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.answerdesk.language.LanguageDetection;

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
 * offered: never one still worded by a customer, however often it was answered. In a shop of several languages the
 * questions are those written in the conversation's (the browser's, on the chat page) language.
 */
@Service
public class StarterQuestions {

    /** A starter question: the FAQ entry's question, and its id (for short button data, or a Suggestion). */
    public record Question(long entryId, String text) {
    }

    /** How many ranked entries a shop of several languages looks through for those of the conversation's language. */
    static final int LOOK_THROUGH = 200;

    private final JdbcClient jdbc;
    private final int count;
    private final Duration window;
    private final LanguageDetection detection;
    /** The language of each question text seen, detected once (an FAQ's questions are few and change rarely). */
    private final Map<String, Locale> written = new ConcurrentHashMap<>();

    StarterQuestions(JdbcClient jdbc, FaqProperties properties, LanguageDetection detection) {
        this.jdbc = jdbc;
        this.count = properties.starterQuestions();
        this.window = properties.starterWindow();
        this.detection = detection;
    }

    /**
     * Up to the configured number of questions: the most answered ones of the window, then the first entries. In a
     * shop of several languages, those written in the conversation's language (null: the default), detected among
     * the shop's languages (a question too short to tell counts as the default language's); when the FAQ has none
     * in that language, all as in a shop of one language.
     */
    public List<Question> questions(Locale language) {
        if (count == 0) {
            return List.of();
        }
        if (!detection.languages().several()) {
            return ranked(count).stream().map(Ranked::question).toList();
        }
        List<Ranked> ranked = ranked(LOOK_THROUGH);
        Locale wanted = detection.languages().serve(language);
        if (written.size() > 10 * LOOK_THROUGH) {
            written.clear(); // questions edited many times over: start again rather than grow
        }
        // the language the owner gave an entry, else the one its question is written in
        java.util.Map<Long, Locale> given = new java.util.HashMap<>();
        ranked.stream().filter(r -> r.language() != null)
                .forEach(r -> given.put(r.question().entryId(), Locale.forLanguageTag(r.language())));
        return inLanguage(ranked.stream().map(Ranked::question).toList(), wanted, q -> given.getOrDefault(q.entryId(),
                written.computeIfAbsent(q.text(), t -> detection.next(null, t, null))), count);
    }

    /** {@link #questions(Locale)} in the shop's default language. */
    public List<Question> questions() {
        return questions(null);
    }

    /** The first {@code count} of the ranked questions written in {@code wanted}; the first of all when none is. */
    static List<Question> inLanguage(List<Question> ranked, Locale wanted, Function<Question, Locale> languageOf,
                                     int count) {
        List<Question> own = ranked.stream().filter(q -> wanted.equals(languageOf.apply(q))).limit(count)
                .toList();
        return own.isEmpty() ? ranked.subList(0, Math.min(count, ranked.size())) : own;
    }

    /** The owner's entries, the most answered in the window first (ties by entry order), then by entry order. */
    private List<Ranked> ranked(int limit) {
        return jdbc.sql("""
                select e.id, e.question, e.language from faq_entry e
                left join (select m.faq_entry_id, count(*) answers from message m
                           where m.direction = 'OUT' and m.source = 'FAQ'
                             and m.created_at > now() - make_interval(secs => :secs)
                           group by m.faq_entry_id) a on a.faq_entry_id = e.id
                where e.origin = 'OWNER'
                order by coalesce(a.answers, 0) desc, e.id limit :n
                """)
            .param("secs", (double) window.toSeconds()).param("n", limit)
            .query((rs, row) -> new Ranked(new Question(rs.getLong(1), rs.getString(2)), rs.getString(3))).list();
    }

    /** An entry's question and the language the owner gave it (null: not given). */
    private record Ranked(Question question, String language) {
    }
}
