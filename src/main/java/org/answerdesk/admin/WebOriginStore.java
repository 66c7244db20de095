package org.answerdesk.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code web_origin} table: origins the owner allowed, and refused ones with their counts. */
@Repository
class WebOriginStore {

    /** An origin the owner allowed from the admin API. */
    record Allowed(String origin, OffsetDateTime allowedAt) {
    }

    /** A site that tried to use the chat and was refused. */
    record Refused(String origin, long count, OffsetDateTime firstSeen, OffsetDateTime lastSeen) {
    }

    /** Refusals seen by this instance since its last flush. */
    record Seen(long count, Instant first, Instant last) {
    }

    private final JdbcClient jdbc;

    WebOriginStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Allowed> allowed() {
        return jdbc.sql("select origin, allowed_at from web_origin where allowed order by allowed_at, origin")
            .query((rs, n) -> new Allowed(rs.getString(1), rs.getObject(2, OffsetDateTime.class))).list();
    }

    List<Refused> refused() {
        return jdbc.sql("""
                select origin, refused_count, first_seen, last_seen from web_origin
                where not allowed and refused_count > 0 order by last_seen desc, origin
                """)
            .query((rs, n) -> new Refused(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                    rs.getObject(4, OffsetDateTime.class))).list();
    }

    /** Allows the origin; false if it was allowed already. */
    boolean allow(String origin) {
        return jdbc.sql("""
                insert into web_origin (origin, allowed, allowed_at) values (:o, true, now())
                on conflict (origin) do update set allowed = true, allowed_at = now() where not web_origin.allowed
                """).param("o", origin).update() > 0;
    }

    /** Withdraws the owner's allowance; false if the origin was not allowed here. Its refusals stay listed. */
    boolean disallow(String origin) {
        int changed = jdbc.sql("update web_origin set allowed = false, allowed_at = null where origin = :o and allowed")
            .param("o", origin).update();
        jdbc.sql("delete from web_origin where origin = :o and not allowed and refused_count = 0").param("o", origin)
            .update();
        return changed > 0;
    }

    int allowedCount() {
        return jdbc.sql("select count(*) from web_origin where allowed").query(Integer.class).single();
    }

    /**
     * Adds this instance's refusals, then keeps only the {@code kept} refused origins seen most often (the latest
     * first among equals): a flood of made-up origins cannot grow the table.
     */
    void addRefusals(Map<String, Seen> seen, int kept) {
        seen.forEach((origin, s) -> jdbc.sql("""
                insert into web_origin (origin, refused_count, first_seen, last_seen)
                values (:o, :n, :first, :last)
                on conflict (origin) do update set refused_count = web_origin.refused_count + excluded.refused_count,
                    first_seen = least(web_origin.first_seen, excluded.first_seen),
                    last_seen = greatest(web_origin.last_seen, excluded.last_seen)
                """).param("o", origin).param("n", s.count())
            .param("first", OffsetDateTime.ofInstant(s.first(), java.time.ZoneOffset.UTC))
            .param("last", OffsetDateTime.ofInstant(s.last(), java.time.ZoneOffset.UTC)).update());
        jdbc.sql("""
                delete from web_origin where origin in (
                    select origin from web_origin where not allowed
                    order by refused_count desc, last_seen desc offset :kept)
                """).param("kept", kept).update();
    }
}
