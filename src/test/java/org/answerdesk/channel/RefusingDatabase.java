package org.answerdesk.channel;

import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the test's real PostgreSQL refuse to store messages whose text contains a marker, with a SQLSTATE of the
 * test's choosing: {@link #FOR_GOOD} (a check violation, as for a value the database will never take) or
 * {@link #FOR_NOW} (53300, too many connections, as while it is overloaded or down). Closing it takes the refusal
 * away, as a database that comes back.
 */
public final class RefusingDatabase implements AutoCloseable {

    /** check_violation: retrying cannot cure it. */
    public static final String FOR_GOOD = "23514";
    /**
     * too_many_connections: waiting cures it. (Not 57P0x or 08xxx: Hikari then closes the connection, the rollback
     * fails with "Connection is closed", which has no SQLSTATE, and hides the cause.)
     */
    public static final String FOR_NOW = "53300";

    private final JdbcClient jdbc;
    private final String name;

    private RefusingDatabase(JdbcClient jdbc, String name) {
        this.jdbc = jdbc;
        this.name = name;
    }

    /** From now on, storing a message whose text contains {@code marker} fails with {@code sqlState}. */
    public static RefusingDatabase refuse(JdbcClient jdbc, String marker, String sqlState) {
        if (!marker.matches("[A-Za-z0-9-]+") || !sqlState.matches("[0-9A-Z]{5}")) {
            throw new IllegalArgumentException("marker and SQLSTATE must be plain");
        }
        String name = "refuse_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        jdbc.sql("create function " + name + "() returns trigger language plpgsql as $$ begin "
                + "if new.text like '%" + marker + "%' then raise exception 'refused by the test' using errcode = '"
                + sqlState + "'; end if; return new; end $$").update();
        jdbc.sql("create trigger " + name + " before insert on message for each row execute function " + name + "()")
                .update();
        return new RefusingDatabase(jdbc, name);
    }

    /**
     * From now on, storing the bot's own answer (not a system reply such as the handoff) to a message whose text
     * contains {@code marker} fails with {@code sqlState}: a message the bot can never answer.
     */
    public static RefusingDatabase refuseAnswers(JdbcClient jdbc, String marker, String sqlState) {
        if (!marker.matches("[A-Za-z0-9-]+") || !sqlState.matches("[0-9A-Z]{5}")) {
            throw new IllegalArgumentException("marker and SQLSTATE must be plain");
        }
        String name = "refuse_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        jdbc.sql("create function " + name + "() returns trigger language plpgsql as $$ begin "
                + "if new.direction = 'OUT' and new.source is distinct from 'SYSTEM' and exists (select 1 from message i "
                + "where i.id = new.reply_to_id and i.text like '%" + marker + "%') then "
                + "raise exception 'answer refused by the test' using errcode = '" + sqlState + "'; end if; "
                + "return new; end $$").update();
        jdbc.sql("create trigger " + name + " before insert on message for each row execute function " + name + "()")
                .update();
        return new RefusingDatabase(jdbc, name);
    }

    @Override
    public void close() {
        jdbc.sql("drop trigger if exists " + name + " on message").update();
        jdbc.sql("drop function if exists " + name + "()").update();
    }
}
