package org.answerdesk.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the learning writes when a customer's pick teaches an entry a phrasing, written directly for brevity. */
final class LearnedRows {

    private LearnedRows() {
    }

    /** A learned phrasing of {@code entry} worded {@code question}, and the pick that taught it; the faq_learned id. */
    static long learned(JdbcClient jdbc, long entry, String question, long conversation, long participant,
                        long offerReply) {
        long phrasing = jdbc.sql("""
                insert into faq_phrasing (entry_id, text, source) values (:e, :t, 'LEARNED') returning id""")
            .param("e", entry).param("t", question).query(Long.class).single();
        long learned = jdbc.sql("""
                insert into faq_learned (entry_id, question, normalized, phrasing_id, status)
                values (:e, :q, :q, :ph, 'LEARNED') returning id""")
            .param("e", entry).param("q", question).param("ph", phrasing).query(Long.class).single();
        jdbc.sql("""
                insert into faq_pick (entry_id, question, normalized, conversation_id, participant_id, offer_reply_id,
                  learned_id, outcome) values (:e, :q, :q, :c, :p, :o, :l, 'USED')""")
            .param("e", entry).param("q", question).param("c", conversation).param("p", participant)
            .param("o", offerReply).param("l", learned).update();
        return learned;
    }
}
