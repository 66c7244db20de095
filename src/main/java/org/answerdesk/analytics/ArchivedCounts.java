package org.answerdesk.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of conversations the retention deleted ({@code analytics_archive}, per UTC day and channel), for the
 * report to add to what is still stored. A window is matched by whole days: a day counts when it starts in it.
 */
@Component
class ArchivedCounts {

    private static final String WINDOW = """
            a.day >= (cast(:from as timestamptz) at time zone 'UTC')::date
            and a.day < (cast(:to as timestamptz) at time zone 'UTC')::date + case
              when (cast(:to as timestamptz) at time zone 'UTC')::time = '00:00' then 0 else 1 end
            and (cast(:ch as text) is null or a.channel = :ch)""";

    private final JdbcClient jdbc;

    ArchivedCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sums per metric of the metrics starting with {@code prefix}, e.g. "outcome:" gives outcome:FAQ ... */
    Map<String, Long> sums(String prefix, Instant from, Instant to, String channel) {
        Map<String, Long> sums = new TreeMap<>();
        jdbc.sql("select a.metric, sum(a.value) from analytics_archive a where starts_with(a.metric, :prefix) and "
                        + WINDOW + " group by a.metric")
            .param("prefix", prefix).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
            .param("ch", channel)
            .query((rs, n) -> sums.put(rs.getString(1), rs.getLong(2))).list();
        return sums;
    }

    long sum(String metric, Instant from, Instant to, String channel) {
        return sums(metric, from, to, channel).getOrDefault(metric, 0L);
    }

    /** {@code stored} with the archived per-day counts of {@code metric} added, ordered by day and channel. */
    List<Report.DayCount> addPerDay(List<Report.DayCount> stored, String metric, Instant from, Instant to,
                                    String channel) {
        Map<String, Long> merged = new TreeMap<>();
        stored.forEach(d -> merged.merge(d.day() + "|" + d.channel(), d.count(), Long::sum));
        jdbc.sql("select to_char(a.day, 'YYYY-MM-DD'), a.channel, a.value from analytics_archive a where a.metric = :metric and "
                        + WINDOW)
            .param("metric", metric).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
            .param("ch", channel)
            .query((rs, n) -> merged.merge(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3), Long::sum)).list();
        List<Report.DayCount> out = new ArrayList<>();
        merged.forEach((k, v) -> out.add(new Report.DayCount(k.substring(0, k.indexOf('|')),
                k.substring(k.indexOf('|') + 1), v)));
        return out;
    }
}
