package org.answerdesk.faq;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The owner's "not ours" questions: questions the shop does not answer, which the bot must not map to an entry. */
@Repository
public class NotOurs {

    /** A stored "not ours" question. */
    public record Question(long id, String question) {
    }

    /** At most this many: each is compared with every question the bot is asked. */
    static final int MAX = 1000;
    static final int MAX_LENGTH = 500;

    private final JdbcClient jdbc;

    NotOurs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Question> list() {
        return jdbc.sql("select id, question from faq_not_ours order by id")
            .query((rs, n) -> new Question(rs.getLong(1), rs.getString(2))).list();
    }

    List<String> questions() {
        return list().stream().map(Question::question).toList();
    }

    /** Stores the question (the one stored before when it was); refused beyond {@value #MAX}. */
    Question add(String question) {
        Optional<Question> stored = jdbc.sql("select id, question from faq_not_ours where question = :q")
            .param("q", question).query((rs, n) -> new Question(rs.getLong(1), rs.getString(2))).optional();
        if (stored.isPresent()) {
            return stored.get();
        }
        if (jdbc.sql("select count(*) from faq_not_ours").query(Long.class).single() >= MAX) {
            throw new IllegalArgumentException("at most " + MAX + " 'not ours' questions; delete some first");
        }
        long id = jdbc.sql("""
                insert into faq_not_ours (question) values (:q)
                on conflict (question) do update set question = excluded.question returning id
                """).param("q", question).query(Long.class).single();
        return new Question(id, question);
    }

    boolean delete(long id) {
        return jdbc.sql("delete from faq_not_ours where id = :id").param("id", id).update() > 0;
    }
}
