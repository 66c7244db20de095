package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * FAQ candidates learnt from agents: each agent reply to a customer question is proposed; questions close in
 * meaning join one group; nothing is published until the owner approves the group with its question and answer in
 * view (and editable), which creates an FAQ entry (answerable at once) with every question of the group as a
 * phrasing. A pin at the agents' desk only puts a group first in the owner's list: a customer's words never become
 * the shop's words without the owner's review.
 */
@Service
public class FaqCandidateService {

    private record Row(String question, String answer, String agent, boolean pinned, String origin,
                       List<String> phrasings, String sourceUrl) {
    }

    /** Cosine similarity at which two customer questions count as the same question. */
    static final double SAME_QUESTION = 0.85;

    private final JdbcClient jdbc;
    private final FaqService faq;
    private final Embedder embedder;
    private final FeedbackLearning learning;

    FaqCandidateService(JdbcClient jdbc, FaqService faq, Embedder embedder, FeedbackLearning learning) {
        this.learning = learning;
        this.jdbc = jdbc;
        this.faq = faq;
        this.embedder = embedder;
    }

    /** Proposes an agent's answer to a customer question; returns the group it joined. */
    public long propose(String question, String answer, long conversationId, long replyId, String agent,
                        String deskRef) {
        float[] vector = embedder.embed(question);
        Long group = null;
        double best = SAME_QUESTION;
        // drafts (origin set) are each a group of their own: an agent's answer never joins one
        for (var row : jdbc.sql("select id, group_id, embedding from faq_candidate where status = 'PENDING' "
                        + "and origin is null and embedding_model = :m")
                .param("m", embedder.modelName())
                .query((rs, n) -> new Object[] {rs.getLong(2), FaqRepository.fromBytes(rs.getBytes(3))}).list()) {
            double score = Embedder.cosine(vector, (float[]) row[1]);
            if (score >= best) {
                best = score;
                group = (Long) row[0];
            }
        }
        long id = jdbc.sql("""
                insert into faq_candidate (question, answer, conversation_id, reply_id, agent, group_id, embedding,
                    embedding_model, desk_ref)
                values (:q, :a, :c, :r, :agent, :g, :e, :m, :desk) returning id
                """)
            .param("q", question).param("a", answer).param("c", conversationId).param("r", replyId)
            .param("agent", agent).param("g", group).param("e", FaqRepository.toBytes(vector))
            .param("m", embedder.modelName()).param("desk", deskRef)
            .query(Long.class).single();
        if (group == null) {
            jdbc.sql("update faq_candidate set group_id = id where id = :id").param("id", id).update();
            return id;
        }
        return group;
    }

    /**
     * Tells the FAQ that an agent answered the conversation: when the customer had voted an FAQ answer down and the
     * agent's answer differs from it, the retriever stops giving that entry to that question.
     *
     * @return true when this taught the FAQ a new negative pair
     */
    public boolean agentAnswered(long conversationId, String answer) {
        return learning.agentAnswered(conversationId, answer);
    }

    /** Pending groups, biggest first. */
    public List<FaqCandidate> pending() {
        return pending(null);
    }

    /** Pending groups (only the one with {@code groupId} when it is not null), pinned ones first, then biggest. */
    private List<FaqCandidate> pending(Long groupId) {
        Map<Long, List<Row>> groups = new LinkedHashMap<>();
        jdbc.sql("""
                select group_id, question, answer, agent, pinned_at is not null pinned, origin, phrasings, source_url
                from faq_candidate
                where status = 'PENDING' and (cast(:g as bigint) is null or group_id = :g) order by id
                """)
            .param("g", groupId)
            .query(rs -> {
                groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Row(rs.getString("question"),
                        rs.getString("answer"), rs.getString("agent"), rs.getBoolean("pinned"),
                        rs.getString("origin"), List.of((String[]) rs.getArray("phrasings").getArray()),
                        rs.getString("source_url")));
            });
        List<FaqCandidate> out = new ArrayList<>();
        groups.forEach((id, rows) -> {
            // the pinned reply is the answer staff chose; else the latest one
            Row chosen = rows.stream().filter(Row::pinned).reduce((a, b) -> b).orElse(rows.get(rows.size() - 1));
            out.add(new FaqCandidate(id, rows.stream().map(Row::question).distinct().toList(), chosen.answer(),
                    chosen.agent(), rows.size(), chosen.pinned(), chosen.origin(), chosen.phrasings(),
                    chosen.sourceUrl()));
        });
        out.sort(java.util.Comparator.comparing(FaqCandidate::pinned).reversed()
                .thenComparing(java.util.Comparator.comparingInt(FaqCandidate::size).reversed()));
        return out;
    }

    /**
     * Publishes a group as a new FAQ entry, the owner's: call only for the owner's decision, made with the question
     * and answer in view; blank edits keep the group's first question and its answer.
     *
     * @throws NoSuchElementException if there is no pending group with that id
     */
    public FaqEntry approve(long groupId, String editedQuestion, String editedAnswer) {
        FaqDraft draft = draft(groupId, editedQuestion, editedAnswer)
                .orElseThrow(() -> new NoSuchElementException("no pending FAQ candidate " + groupId));
        FaqEntry entry = faq.create(draft);
        jdbc.sql("""
                update faq_candidate set status = 'APPROVED', decided_at = now(), faq_entry_id = :e
                where group_id = :g and status = 'PENDING'
                """)
            .param("e", entry.id()).param("g", groupId).update();
        return entry;
    }

    /** The entry approving a pending group would create: every question of the group is a phrasing. */
    public java.util.Optional<FaqDraft> draft(long groupId, String editedQuestion, String editedAnswer) {
        return pending(groupId).stream().findFirst().map(group -> new FaqDraft(
                blank(editedQuestion) ? group.questions().get(0) : editedQuestion,
                blank(editedAnswer) ? group.answer() : editedAnswer, null, List.of(),
                java.util.stream.Stream.concat(group.questions().stream(), group.phrasings().stream()).toList()));
    }

    /** The pending group of the candidate made from the agent reply at this place of the agents' desk. */
    public java.util.Optional<Long> pendingGroupAtDesk(String deskRef) {
        return jdbc.sql("select group_id from faq_candidate where desk_ref = :d and status = 'PENDING' limit 1")
            .param("d", deskRef).query(Long.class).optional();
    }

    /**
     * Staff recommend the agent reply at this place of the desk for the FAQ: its group goes first in the owner's
     * review, with that reply as the proposed answer. Publishes nothing.
     *
     * @return the group, empty when no pending candidate was made from that reply
     */
    public java.util.Optional<Long> pinAtDesk(String deskRef, String staff) {
        var group = pendingGroupAtDesk(deskRef);
        group.ifPresent(g -> jdbc.sql("""
                update faq_candidate set pinned_at = coalesce(pinned_at, now()), pinned_by = coalesce(pinned_by, :who)
                where desk_ref = :d and status = 'PENDING'
                """).param("d", deskRef).param("who", staff).update());
        return group;
    }

    public boolean reject(long groupId) {
        return jdbc.sql("""
                update faq_candidate set status = 'REJECTED', decided_at = now() where group_id = :g and status = 'PENDING'
                """)
            .param("g", groupId).update() > 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
