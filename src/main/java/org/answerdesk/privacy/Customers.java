package org.answerdesk.privacy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.dialogue.RecentTexts;
import org.answerdesk.retrieval.FaqRetriever;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One customer's data, found by their identity on a channel ({@code TELEGRAM} user id, {@code SLACK} user id,
 * {@code EMAIL} address, {@code WEB} session id, {@code WHATSAPP} number): every row about them as one JSON
 * document, or all of it erased.
 */
@Service
class Customers {

    /** The identity of a customer: a channel and their id there. */
    record Identity(String channel, String id) {
    }

    /**
     * The customer's quarantined payloads (kept without a link to anyone): those whose sender, read from the payload
     * when it was quarantined, is the customer; a payload nobody could read, when it holds their id as a whole token
     * (never as part of another id: Telegram user 12345 is not in 9123456).
     */
    private static final String QUARANTINED = """
            t.channel = :ch and (lower(:id) = any(t.senders)
              or (t.senders is null and (coalesce(t.excerpt, '') || ' ' || t.event_id) ~* :token))""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final FaqRetriever retriever;

    Customers(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, FaqRetriever retriever) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.retriever = retriever;
    }

    /** The customer's rows, or empty when nobody with that identity is stored. */
    Optional<JsonNode> export(Identity who) {
        return transactions.execute(status -> {
            Scope s = scope(who);
            if (s.participants().length == 0) {
                return Optional.<JsonNode>empty();
            }
            ObjectNode doc = json.createObjectNode();
            doc.put("channel", who.channel()).put("id", who.id());
            doc.put("exported_at", Instant.now().toString());
            var at = new HashMap<String, Object>(quarantineParams(who));
            at.putAll(Map.of("p", s.participants(), "c", s.conversations(), "m", s.messages()));
            section(doc, "participants", "participant", "t.id = any(:p)", at);
            section(doc, "conversations", "conversation", "t.id = any(:c)", at);
            section(doc, "messages", "message", "t.id = any(:m)", at);
            section(doc, "feedback", "feedback", "t.participant_id = any(:p) or t.message_id = any(:m)", at);
            section(doc, "handoffs", "handoff", "t.conversation_id = any(:c)", at);
            section(doc, "ratings", "csat", "t.conversation_id = any(:c) or t.participant_id = any(:p)", at);
            section(doc, "desk_posts", "desk_post", """
                    t.message_id = any(:m)
                      or t.handoff_id in (select id from handoff where conversation_id = any(:c))""", at);
            section(doc, "faq_candidates", "faq_candidate", "t.conversation_id = any(:c) or t.reply_id = any(:m)",
                    at);
            section(doc, "faq_picks", "faq_pick", "t.conversation_id = any(:c) or t.participant_id = any(:p)", at);
            section(doc, "inbox", "inbox", "t.message_id = any(:m)", at);
            // the files they sent, with their bytes (hex, as PostgreSQL writes bytea in JSON)
            section(doc, "files", "attachment", "t.conversation_id = any(:c) or t.message_id = any(:m)", at);
            section(doc, "quarantine", "quarantine", QUARANTINED, at);
            return Optional.<JsonNode>of(doc);
        });
    }

    /** Erases the customer; the counts of deleted rows per table (empty when nobody had that identity). */
    Map<String, Integer> erase(Identity who) {
        Map<String, Integer> counts = transactions.execute(status -> {
            Scope s = scope(who);
            if (s.participants().length == 0) {
                return Map.<String, Integer>of();
            }
            var deleted = new LinkedHashMap<>(new Rows(jdbc).delete(s, true));
            deleted.put("quarantine", jdbc.sql("delete from quarantine t where " + QUARANTINED)
                .params(quarantineParams(who)).update());
            return deleted;
        });
        if (!counts.isEmpty()) {
            // their words leave this instance's memory too: the cached question vectors and the rules' readings
            retriever.forgetQuestions();
            RecentTexts.forget();
        }
        return counts;
    }

    private Scope scope(Identity who) {
        Long[] participants = ids("""
                select id from participant where channel = :ch
                  and (external_user_id = :id or (channel = 'EMAIL' and lower(external_user_id) = lower(:id)))""",
                Map.of("ch", who.channel().toUpperCase(Locale.ROOT), "id", who.id()));
        Long[] conversations = ids("select id from conversation where participant_id = any(:p)",
                Map.of("p", participants));
        Long[] messages = ids("""
                with theirs as (select id from message where conversation_id = any(:c) or participant_id = any(:p))
                select id from theirs union select m.id from message m where m.reply_to_id in (select id from theirs)""",
                Map.of("p", participants, "c", conversations));
        return new Scope(participants, conversations, messages);
    }

    private Long[] ids(String sql, Map<String, ?> params) {
        List<Long> ids = jdbc.sql(sql).params(params).query(Long.class).list();
        return ids.toArray(Long[]::new);
    }

    private static Map<String, String> quarantineParams(Identity who) {
        return Map.of("ch", who.channel().toUpperCase(Locale.ROOT), "id", who.id(), "token", wholeToken(who.id()));
    }

    /**
     * A PostgreSQL regular expression matching {@code id} as a whole token: not next to a letter, digit or one of
     * {@code _@.+-}, which ids and addresses are made of (a full stop right after it ends a sentence).
     */
    static String wholeToken(String id) {
        return "(?<![[:alnum:]_@.+-])" + id.replaceAll("([^A-Za-z0-9])", "\\\\$1")
                + "(?![[:alnum:]_@+-]|\\.[[:alnum:]_])";
    }

    private void section(ObjectNode doc, String name, String table, String where, Map<String, Object> at) {
        // every column, those added later too; stored vectors are left out (numbers about the text, not data)
        String rows = jdbc.sql("""
                select coalesce(jsonb_agg(to_jsonb(t) - 'embedding'), '[]')::text
                from (select * from %s t where %s order by 1, 2) t""".formatted(table, where))
            .params(at).query(String.class).single();
        doc.set(name, json.readTree(rows));
    }
}
