package org.answerdesk.handoff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HandoffRepository {

    record Row(long id, long conversationId, String reason, OffsetDateTime openedAt, OffsetDateTime resolvedAt,
               boolean outOfHours, String callback) {
    }

    private final JdbcClient jdbc;

    HandoffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a handoff unless the conversation has an open one; empty then. */
    Optional<Long> open(long conversationId, String reason, boolean outOfHours, String callback) {
        return jdbc.sql("""
                insert into handoff (conversation_id, reason, out_of_hours, callback) values (:c, :r, :o, :cb)
                on conflict (conversation_id) where resolved_at is null do nothing returning id
                """)
            .param("c", conversationId).param("r", reason).param("o", outOfHours).param("cb", callback)
            .query(Long.class).optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select id, conversation_id, reason, opened_at, resolved_at, out_of_hours, callback from handoff where id = :id")
            .param("id", id).query(HandoffRepository::row).optional();
    }

    Optional<Row> openFor(long conversationId) {
        return jdbc.sql("""
                select id, conversation_id, reason, opened_at, resolved_at, out_of_hours, callback from handoff
                where conversation_id = :c and resolved_at is null
                """)
            .param("c", conversationId).query(HandoffRepository::row).optional();
    }

    List<Row> allOpen() {
        return jdbc.sql("""
                select id, conversation_id, reason, opened_at, resolved_at, out_of_hours, callback from handoff
                where resolved_at is null order by opened_at
                """)
            .query(HandoffRepository::row).list();
    }

    boolean resolve(long id, String by) {
        return jdbc.sql("update handoff set resolved_at = now(), resolved_by = :by where id = :id and resolved_at is null")
            .param("by", by).param("id", id).update() == 1;
    }

    Optional<Long> byDeskRef(String ref) {
        return jdbc.sql("select id from handoff where desk_ref = :ref order by id desc limit 1")
            .param("ref", ref).query(Long.class).optional();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                rs.getObject(5, OffsetDateTime.class), rs.getBoolean(6), rs.getString(7));
    }
}
