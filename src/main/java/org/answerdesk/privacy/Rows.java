package org.answerdesk.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes a {@link Scope} with everything derived from it, in an order the foreign keys allow, inside the caller's
 * transaction. Tables added later that point at a message, conversation or participant by a foreign key are found
 * in the catalogue and their rows deleted too, so that a new table neither blocks an erasure nor keeps what it
 * refers to.
 */
final class Rows {

    /** Tables deleted from explicitly below; any other table referencing the scope is handled generically. */
    private static final List<String> KNOWN = List.of("faq_pick", "faq_negative", "faq_candidate", "feedback",
            "desk_post", "inbox", "message", "csat", "handoff", "conversation", "participant");

    private final JdbcClient jdbc;

    Rows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes the scope. {@code forgetLearned}: also the learned phrasings whose only evidence is in the scope (an
     * erasure); a retention keeps them, since they are the FAQ's now.
     *
     * @return rows deleted per table
     */
    Map<String, Integer> delete(Scope s, boolean forgetLearned) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (forgetLearned) {
            counts.put("faq_phrasing", update("""
                    delete from faq_phrasing where source = 'LEARNED' and id in (
                      select l.phrasing_id from faq_learned l where l.id in (%s))""".formatted(ONLY_THEIRS), s));
            counts.put("faq_learned", update("delete from faq_learned where id in (%s)".formatted(ONLY_THEIRS), s));
        }
        counts.put("faq_pick", update("""
                delete from faq_pick where conversation_id = any(:c) or participant_id = any(:p)
                  or offer_reply_id = any(:m)""", s));
        counts.put("faq_negative", update("delete from faq_negative where conversation_id = any(:c)", s));
        counts.put("faq_candidate", update("""
                delete from faq_candidate where conversation_id = any(:c) or reply_id = any(:m)""", s));
        counts.put("feedback", update("delete from feedback where message_id = any(:m) or participant_id = any(:p)", s));
        counts.put("desk_post", update("""
                delete from desk_post where message_id = any(:m)
                  or handoff_id in (select id from handoff where conversation_id = any(:c))""", s));
        // files of their messages still waiting to be downloaded or checked (no foreign key: found by the inbox)
        counts.put("attachment_due", update("""
                delete from attachment_due d using inbox i
                where i.channel = d.channel and i.event_id = d.event_id and i.message_id = any(:m)""", s));
        counts.put("inbox", update("delete from inbox where message_id = any(:m)", s));
        for (var ref : otherReferences()) {
            counts.merge(ref.table(), update("delete from %s where %s = any(:%s)".formatted(
                    quote(ref.table()), quote(ref.column()), ref.param()), s), Integer::sum);
        }
        counts.put("message", update("delete from message where id = any(:m)", s));
        update("update csat set participant_id = null where participant_id = any(:p)", s);
        counts.put("csat", update("delete from csat where conversation_id = any(:c)", s));
        counts.put("handoff", update("delete from handoff where conversation_id = any(:c)", s));
        counts.put("conversation", update("delete from conversation where id = any(:c)", s));
        counts.put("participant", update("""
                delete from participant p where p.id = any(:p)
                  and not exists (select 1 from conversation c where c.participant_id = p.id)
                  and not exists (select 1 from message m where m.participant_id = p.id)""", s));
        return counts;
    }

    /** faq_learned rows whose every pick lies in the scope. */
    private static final String ONLY_THEIRS = """
            select k.learned_id from faq_pick k where k.learned_id is not null
              and (k.conversation_id = any(:c) or k.participant_id = any(:p))
            except
            select k.learned_id from faq_pick k where k.learned_id is not null
              and not (k.conversation_id = any(:c) or coalesce(k.participant_id = any(:p), false))""";

    private record Reference(String table, String column, String param) {
    }

    private List<Reference> otherReferences() {
        return jdbc.sql("""
                select cl.relname, a.attname, target.relname
                from pg_constraint k
                join pg_class cl on cl.oid = k.conrelid
                join pg_namespace ns on ns.oid = cl.relnamespace and ns.nspname = current_schema()
                join pg_class target on target.oid = k.confrelid
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                where k.contype = 'f' and cardinality(k.conkey) = 1
                  and target.relname in ('message', 'conversation', 'participant')""")
            .query((rs, n) -> new Reference(rs.getString(1), rs.getString(2), switch (rs.getString(3)) {
                case "message" -> "m";
                case "conversation" -> "c";
                default -> "p";
            }))
            .list().stream().filter(r -> !KNOWN.contains(r.table())).toList();
    }

    private int update(String sql, Scope s) {
        return jdbc.sql(sql).param("p", s.participants()).param("c", s.conversations()).param("m", s.messages())
            .update();
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
