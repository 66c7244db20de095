package org.answerdesk.channel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets exactly one instance on a shared database run a poller that must be single (Telegram long polling, the
 * IMAP mailbox): a PostgreSQL session-level advisory lock, held on a connection of its own for as long as this
 * instance polls. When the instance dies its connection closes and PostgreSQL frees the lock, so another instance,
 * which keeps asking with {@link #tryAcquire()}, takes over. The connection is named after the instance, so
 * {@link #holder()} can tell who polls. Not thread-safe: one poller thread uses it.
 */
public final class PollerLease implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PollerLease.class);

    private final DataSource dataSource;
    private final String name;
    private final String instance;
    private Connection connection;

    /**
     * @param name     what is polled, e.g. "telegram" or "mail:support@shop.test"; one lease per name
     * @param instance this instance's id, shown as the holder
     */
    public PollerLease(DataSource dataSource, String name, String instance) {
        this.dataSource = dataSource;
        this.name = "answerdesk.poller." + name;
        this.instance = instance;
    }

    /**
     * True when this instance holds the lease, taking it if it is free. Checks that a lease held before is still
     * held (its connection alive); on a database error it lets go and answers false.
     */
    public boolean tryAcquire() {
        try {
            if (connection != null) {
                if (connection.isValid(2)) {
                    return true;
                }
                log.warn("Lost the {} lease: its database connection closed", name);
                release();
            }
            Connection c = dataSource.getConnection();
            try (Statement keepalive = c.createStatement();
                 PreparedStatement label = c.prepareStatement("select set_config('application_name', ?, false)");
                 PreparedStatement lock = c.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
                // a host that vanishes without closing its connection loses the lease within about half a minute
                keepalive.execute("set tcp_keepalives_idle = 10; set tcp_keepalives_interval = 5;"
                        + " set tcp_keepalives_count = 3");
                label.setString(1, label(instance));
                label.execute();
                lock.setString(1, name);
                try (var rs = lock.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        connection = c;
                        log.info("This instance ({}) now holds the {} lease", instance, name);
                        return true;
                    }
                }
            }
            giveBack(c);
            return false;
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not take the {} lease: {}", name, e.toString());
            release();
            return false;
        }
    }

    /** Whether this instance holds the lease right now, as far as it knows without asking the database. */
    public boolean held() {
        return connection != null;
    }

    /** The instance holding the lease, if any instance does; empty also when the database cannot be asked. */
    public Optional<String> holder() {
        // pg_locks shows an advisory lock's bigint key as two oids: its high and low 32 bits
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("""
                     with k as (select hashtext(?)::bigint as key)
                     select a.application_name from k, pg_locks l join pg_stat_activity a on a.pid = l.pid
                     where l.locktype = 'advisory' and l.granted and l.objsubid = 1
                       and l.classid::bigint = ((k.key >> 32) & 4294967295) and l.objid::bigint = (k.key & 4294967295)
                     limit 1""")) {
            q.setString(1, name);
            try (var rs = q.executeQuery()) {
                return rs.next() ? Optional.of(unlabel(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Gives the lease up (another instance may take it). */
    public void release() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try (PreparedStatement unlock = c.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                unlock.setString(1, name);
                unlock.execute();
            } catch (SQLException | RuntimeException e) {
                log.debug("Releasing the {} lease: {}", name, e.toString());
            }
            giveBack(c);
        }
    }

    /** Returns the connection to its pool without this lease's name on it. */
    private void giveBack(Connection c) {
        try (c; Statement reset = c.createStatement()) {
            reset.execute("reset application_name; reset tcp_keepalives_idle; reset tcp_keepalives_interval;"
                    + " reset tcp_keepalives_count");
        } catch (SQLException | RuntimeException e) {
            log.debug("Returning the {} lease's connection: {}", name, e.toString());
        }
    }

    @Override
    public void close() {
        release();
    }

    private static String label(String instance) {
        String l = "answerdesk lease " + instance;
        return l.length() > 63 ? l.substring(0, 63) : l; // PostgreSQL keeps 63 bytes of application_name
    }

    private static String unlabel(String applicationName) {
        return applicationName == null ? "" : applicationName.replaceFirst("^answerdesk lease ", "");
    }
}
