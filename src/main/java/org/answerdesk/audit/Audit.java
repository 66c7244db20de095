package org.answerdesk.audit;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records admin actions in the append-only audit trail. Call {@link #record(HttpServletRequest, String, String)}
 * from a request an admin made (who and from where are read from it) or {@link #system} from a scheduled job. The
 * detail names ids and counts, never a customer's words or identity: the trail outlives the data it speaks of.
 * A record joins the caller's transaction when there is one, so an action rolled back leaves no trace.
 */
@Service
@EnableConfigurationProperties(AuditProperties.class)
public class Audit {

    /** The actor of scheduled jobs. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    Audit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code action} by the admin of {@code request} (signed in or not: a failed sign-in is recorded too). */
    public void record(HttpServletRequest request, String action, String detail) {
        record(actor(request), request.getRemoteAddr(), action, detail);
    }

    /** Records {@code action} done by the application itself (e.g. a retention run). */
    public void system(String action, String detail) {
        record(SYSTEM, null, action, detail);
    }

    /** The newest events first, older than {@code beforeId} when given; at most {@code limit}. */
    public List<AuditEvent> latest(Long beforeId, int limit) {
        return jdbc.sql("""
                select id, at, actor, address, action, detail from audit_event
                where cast(:before as bigint) is null or id < :before order by id desc limit :limit""")
            .param("before", beforeId).param("limit", limit)
            .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6)))
            .list();
    }

    private void record(String actor, String address, String action, String detail) {
        jdbc.sql("insert into audit_event (actor, address, action, detail) values (:who, :from, :what, :detail)")
            .param("who", actor).param("from", address).param("what", action).param("detail", detail).update();
    }

    private static String actor(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return "anonymous";
        }
        String header = request.getHeader("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        return request.getUserPrincipal().getName() + (bearer ? " (token)" : " (session)");
    }
}
