package org.answerdesk.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.richtext.StaffText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The FAQ entries to write next: customer questions the FAQ did not answer (answered by the LLM or handed to a
 * person) and questions whose FAQ answer got a thumbs-down, grouped by meaning, biggest groups first. Button presses,
 * acts (greetings, thanks, "yes", "bye"), requests for a person and keyboard mashes are no questions: their act is
 * stored with them.
 *
 * <p>Embedding the questions is what costs (seconds per hundred on a small host), and the admin page asks on every
 * opening: each question's vector is computed once and kept (by message id, the most recent few thousand), so a call
 * embeds only the questions asked since the last one, and calls at the same moment embed them once between them.
 */
@Service
public class UnansweredQuestions {

    /** Questions close in meaning; {@code draft} is ready to post to {@code /api/faq} once it has an answer. */
    public record Group(int size, List<String> examples, Draft draft) {
    }

    public record Draft(String question, List<String> phrasings) {
    }

    private static final int MAX_QUESTIONS = 500;
    private static final int MAX_EXAMPLES = 5;
    /** Vectors kept: several windows' worth of the latest questions (384 floats each, about 1.5 KB). */
    private static final int MAX_KEPT = 8 * MAX_QUESTIONS;

    private record Question(long id, String text) {
    }

    private final JdbcClient jdbc;
    private final Embedder embedder;
    private final AnalyticsProperties properties;
    /** Question vectors by message id, least recently used first; guarded by {@code this}. */
    private final LinkedHashMap<Long, float[]> vectors = new LinkedHashMap<>(256, 0.75f, true);
    private String vectorsModel;
    private long embedded;

    UnansweredQuestions(JdbcClient jdbc, Embedder embedder, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.embedder = embedder;
        this.properties = properties;
    }

    public List<Group> groups(Instant from, Instant to, String channel, int limit) {
        List<Question> asked = jdbc.sql("""
                select q.id, q.text from message q
                join message a on a.reply_to_id = q.id and a.direction = 'OUT'
                where q.direction = 'IN' and q.intent = 'QUESTION' and q.act is null
                  and q.created_at >= :from and q.created_at < :to
                  and (cast(:ch as text) is null or q.channel = :ch)
                  and (a.source = 'LLM'
                    or a.source = 'SYSTEM' and exists (select 1 from handoff h where h.conversation_id = q.conversation_id)
                    or exists (select 1 from feedback f where f.message_id = a.id and f.vote < 0))
                order by q.id desc limit :max
                """)
            .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("ch", channel)
            .param("max", MAX_QUESTIONS)
            .query((rs, n) -> new Question(rs.getLong(1), rs.getString(2))).list();
        List<String> questions = asked.stream().map(Question::text).toList();
        List<float[]> vectors = vectorsOf(asked);
        List<List<Integer>> groups = new ArrayList<>();
        // greedy: each question joins the first group whose first question is close enough
        for (int i = 0; i < questions.size(); i++) {
            List<Integer> home = null;
            for (List<Integer> g : groups) {
                if (Embedder.cosine(vectors.get(g.get(0)), vectors.get(i)) >= properties.groupSimilarity()) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(i);
        }
        groups.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return groups.stream().limit(limit).map(g -> {
            List<String> examples = g.stream().map(questions::get).map(StaffText::visible).distinct()
                    .limit(MAX_EXAMPLES).toList();
            return new Group(g.size(), examples, new Draft(examples.get(0), examples.subList(1, examples.size())));
        }).toList();
    }

    /** The questions' vectors: kept ones as they are, the others embedded (in one batch) and kept. */
    private synchronized List<float[]> vectorsOf(List<Question> asked) {
        if (!embedder.modelName().equals(vectorsModel)) {
            vectors.clear();
            vectorsModel = embedder.modelName();
        }
        List<Question> missing = asked.stream().filter(q -> !vectors.containsKey(q.id())).toList();
        if (!missing.isEmpty()) {
            List<float[]> computed = embedder.embedAll(missing.stream().map(Question::text).toList());
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i).id(), computed.get(i));
            }
            embedded += missing.size();
        }
        List<float[]> out = asked.stream().map(q -> vectors.get(q.id())).toList();
        Iterator<Long> oldest = vectors.keySet().iterator();
        while (vectors.size() > MAX_KEPT) {
            oldest.next();
            oldest.remove();
        }
        return out;
    }

    /** How many questions were embedded since start (each once while it stays among the kept ones). */
    synchronized long embedded() {
        return embedded;
    }
}
