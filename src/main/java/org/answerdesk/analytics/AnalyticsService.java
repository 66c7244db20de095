package org.answerdesk.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.answerdesk.ConversationOutcome;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.dialogue.HandoffReasons;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes the analytics report straight from the stored conversations, messages (with the outcome recorded when
 * each was decided), handoffs and feedback.
 */
@Service
@EnableConfigurationProperties(AnalyticsProperties.class)
public class AnalyticsService {

    static final List<String> OUTCOMES = List.of("FAQ", "KNOWLEDGE", "LLM", "PERSON", "SMALL_TALK", "UNANSWERED");
    /** The sources the report gives the votes of: those that answer, and a person's replies. */
    private static final List<String> FEEDBACK_SOURCES = java.util.stream.Stream.concat(
            ReplySource.ANSWERED.stream(), java.util.stream.Stream.of(ReplySource.AGENT.name())).toList();

    /** Conversations started in the window, optionally on one channel. */
    private static final String WINDOW = """
            c.created_at >= :from and c.created_at < :to and (cast(:ch as text) is null or c.channel = :ch)
            """;

    private final JdbcClient jdbc;
    private final AnalyticsProperties properties;
    private final SatisfactionFigures satisfaction;
    private final ArchivedCounts archived;

    AnalyticsService(JdbcClient jdbc, AnalyticsProperties properties, SatisfactionFigures satisfaction,
                     ArchivedCounts archived) {
        this.archived = archived;
        this.jdbc = jdbc;
        this.properties = properties;
        this.satisfaction = satisfaction;
    }

    public Report report(Instant from, Instant to, String channel) {
        var conversationsPerDay = perDay("""
                select to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD'), c.channel, count(*) from conversation c
                where %s group by 1, 2 order by 1, 2""".formatted(WINDOW), from, to, channel);
        var messagesPerDay = perDay("""
                select to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD'), m.channel, count(*) from message m
                where m.created_at >= :from and m.created_at < :to and (cast(:ch as text) is null or m.channel = :ch)
                group by 1, 2 order by 1, 2""", from, to, channel);

        conversationsPerDay = archived.addPerDay(conversationsPerDay, "conversations", from, to, channel);
        messagesPerDay = archived.addPerDay(messagesPerDay, "messages", from, to, channel);

        Map<String, Long> outcomes = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> outcomes.put(o, archived.sum("outcome:" + o, from, to, channel)));
        query("""
                select outcome, count(*) from (select %s as outcome
                from conversation c where %s) t group by outcome""".formatted(ConversationOutcome.SQL, WINDOW),
                from, to, channel)
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
            .forEach(e -> outcomes.merge(e.getKey(), e.getValue(), Long::sum));
        long conversations = outcomes.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        outcomes.forEach((k, v) -> shares.put(k, conversations == 0 ? 0 : (double) v / conversations));

        Map<String, Report.Feedback> feedback = new LinkedHashMap<>();
        var archivedVotes = archived.sums("feedback:", from, to, channel);
        for (String source : FEEDBACK_SOURCES) {
            feedback.put(source, feedback(archivedVotes.getOrDefault("feedback:up:" + source, 0L),
                    archivedVotes.getOrDefault("feedback:down:" + source, 0L)));
        }
        query("""
                select m.source, count(*) filter (where f.vote > 0), count(*) filter (where f.vote < 0)
                from feedback f join message m on m.id = f.message_id join conversation c on c.id = m.conversation_id
                where %s group by m.source""".formatted(WINDOW), from, to, channel)
            .query((rs, n) -> {
                var before = feedback.getOrDefault(rs.getString(1), new Report.Feedback(0, 0, null));
                feedback.put(rs.getString(1), feedback(before.up() + rs.getLong(2), before.down() + rs.getLong(3)));
                return null;
            }).list();

        var answers = query("""
                select count(*) filter (where m.source <> 'FAQ'), count(*) from message m
                join conversation c on c.id = m.conversation_id
                where m.direction = 'OUT' and m.reply_to_id is not null and m.source <> 'AGENT' and %s
                """.formatted(WINDOW), from, to, channel)
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long handedOff = query("select count(*) from conversation c where exists (select 1 from handoff h where h.conversation_id = c.id) and "
                + WINDOW, from, to, channel).query(Long.class).single();

        Map<String, Report.Latency> latency = new LinkedHashMap<>();
        query("""
                select m.source, percentile_cont(0.5) within group (order by m.latency_ms),
                       percentile_cont(0.95) within group (order by m.latency_ms), count(*)
                from message m join conversation c on c.id = m.conversation_id
                where m.direction = 'OUT' and m.reply_to_id is not null and m.latency_ms is not null and %s
                group by m.source order by m.source""".formatted(WINDOW), from, to, channel)
            .query((rs, n) -> latency.put(rs.getString(1), new Report.Latency(rs.getDouble(2), rs.getDouble(3), rs.getLong(4))))
            .list();

        var tokens = query("""
                select coalesce(sum(m.tokens_in), 0), coalesce(sum(m.tokens_out), 0) from message m
                join conversation c on c.id = m.conversation_id where m.direction = 'OUT' and %s""".formatted(WINDOW),
                from, to, channel)
            .query((rs, n) -> new long[] {rs.getLong(1) + archived.sum("tokens_in", from, to, channel),
                    rs.getLong(2) + archived.sum("tokens_out", from, to, channel)}).single();
        double cost = tokens[0] / 1000.0 * properties.llmInputPricePer1k() + tokens[1] / 1000.0 * properties.llmOutputPricePer1k();

        var handoffs = query("""
                select count(*) filter (where not h.out_of_hours), count(*) filter (where h.out_of_hours)
                from handoff h join conversation c on c.id = h.conversation_id
                where h.opened_at >= :from and h.opened_at < :to and (cast(:ch as text) is null or c.channel = :ch)
                """, from, to, channel)
            .query((rs, n) -> new Report.Handoffs(rs.getLong(1) + archived.sum("handoffs", from, to, channel),
                    rs.getLong(2) + archived.sum("handoffs_out_of_hours", from, to, channel))).single();

        return new Report(from, to, channel, selfService(from, to, channel), conversationsPerDay, messagesPerDay, conversations, outcomes, shares,
                feedback, answers[1] == 0 ? 0 : (double) answers[0] / answers[1],
                conversations == 0 ? 0 : (double) handedOff / conversations, latency,
                new Report.Tokens(tokens[0], tokens[1], cost, properties.currency()), handoffs,
                satisfaction.of(from, to, channel));
    }

    private static Report.Feedback feedback(long up, long down) {
        return new Report.Feedback(up, down, up + down == 0 ? null : (double) up / (up + down));
    }

    /**
     * The self-service rate and its parts, as defined in docs/api.md, over the outcomes recorded with the customer's
     * messages (answered, confirmed): a conversation's answers are the replies to its messages recorded answered.
     */
    private Report.SelfService selfService(Instant from, Instant to, String channel) {
        return query("""
                select count(*), count(*) filter (where resolved), count(*) filter (where resolved and picked),
                       count(*) filter (where resolved and confirmed),
                       count(*) filter (where resolved and not confirmed and quiet), count(*) filter (where reopened)
                from (select
                    exists (select 1 from message q where q.conversation_id = c.id and q.outcome = 'ANSWERED')
                    and not exists (select 1 from message m where m.conversation_id = c.id and m.source = 'AGENT')
                    and not exists (select 1 from handoff h where h.conversation_id = c.id
                                    and h.resolved_by is distinct from :confirmed) as resolved,
                    exists (select 1 from message m where m.conversation_id = c.id and m.clarified) as picked,
                    r.confirmed is not null as confirmed,
                    r.answered < now() - cast(:after as interval)
                    and not exists (select 1 from message q where q.conversation_id = c.id and q.direction = 'IN'
                       and q.act is null and q.created_at > r.answered) as quiet,
                    exists (select 1 from message q where q.conversation_id = c.id and q.direction = 'IN'
                       and q.intent = 'QUESTION' and q.act is null
                       and (q.created_at > r.confirmed
                            or q.created_at > (select max(a.created_at) from message p
                                 join message a on a.reply_to_id = p.id
                                 where p.conversation_id = c.id and p.outcome = 'ANSWERED' and a.id < q.id)
                               + cast(:after as interval))) as reopened
                  from conversation c
                  cross join lateral (select
                      (select max(q.handled_at) from message q where q.conversation_id = c.id
                         and q.outcome = 'CONFIRMED') as confirmed,
                      (select max(a.created_at) from message p join message a on a.reply_to_id = p.id
                         where p.conversation_id = c.id and p.outcome = 'ANSWERED') as answered) r
                  where %s and exists (select 1 from message q where q.conversation_id = c.id and q.direction = 'IN'
                                       and q.intent in ('QUESTION', 'CHOICE') and q.act is null)) t
                """.formatted(WINDOW), from, to, channel).param("confirmed", HandoffReasons.CONFIRMED_BY_CUSTOMER)
            .param("after", properties.assumedResolutionAfter().toSeconds() + " seconds")
            .query((rs, n) -> new Report.SelfService(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(1) == 0 ? 0 : (double) rs.getLong(2) / rs.getLong(1), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6)))
            .single();
    }

    private List<Report.DayCount> perDay(String sql, Instant from, Instant to, String channel) {
        return query(sql, from, to, channel)
            .query((rs, n) -> new Report.DayCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    private JdbcClient.StatementSpec query(String sql, Instant from, Instant to, String channel) {
        return jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("ch", channel);
    }
}
