package org.answerdesk.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CSAT of a time window: requests sent in it and scores given in it, overall, per channel and per agent (the
 * agent who last wrote to the customer before the handoff was resolved, else the one who resolved it).
 */
@Component
class SatisfactionFigures {

    private static final String CHANNEL = "(cast(:ch as text) is null or s.channel = :ch)";

    private final JdbcClient jdbc;

    SatisfactionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Report.Satisfaction of(Instant from, Instant to, String channel) {
        Map<String, Report.Csat> byChannel = group("s.channel", from, to, channel);
        Map<String, Report.Csat> byAgent = group("coalesce(s.agent, 'unknown')", from, to, channel);
        Report.Csat overall = query("""
                select %s, 'all' from csat s where %s""".formatted(FIGURES, CHANNEL), from, to, channel)
            .query((rs, n) -> csat(rs)).single();
        return new Report.Satisfaction(overall, byChannel, byAgent);
    }

    /** Requests sent in the window; and of the scores given in it: how many, their mean, and the share of 4 and 5. */
    private static final String FIGURES = """
            count(*) filter (where s.requested_at >= :from and s.requested_at < :to),
            count(*) filter (where s.score is not null and s.rated_at >= :from and s.rated_at < :to),
            avg(s.score) filter (where s.score is not null and s.rated_at >= :from and s.rated_at < :to),
            count(*) filter (where s.score >= 4 and s.rated_at >= :from and s.rated_at < :to)""";

    private Map<String, Report.Csat> group(String by, Instant from, Instant to, String channel) {
        Map<String, Report.Csat> out = new LinkedHashMap<>();
        query("""
                select %s, %s from csat s
                where %s and ((s.requested_at >= :from and s.requested_at < :to) or (s.rated_at >= :from and s.rated_at < :to))
                group by 5 order by 5""".formatted(FIGURES, by, CHANNEL), from, to, channel)
            .query((rs, n) -> out.put(rs.getString(5), csat(rs))).list();
        return out;
    }

    private static Report.Csat csat(java.sql.ResultSet rs) throws java.sql.SQLException {
        long rated = rs.getLong(2);
        double average = rs.getDouble(3);
        return new Report.Csat(rs.getLong(1), rated, rated == 0 ? null : Math.round(average * 100) / 100.0,
                rated == 0 ? null : (double) rs.getLong(4) / rated);
    }

    private JdbcClient.StatementSpec query(String sql, Instant from, Instant to, String channel) {
        return jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("ch", channel);
    }
}
