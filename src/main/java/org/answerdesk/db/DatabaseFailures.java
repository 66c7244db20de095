package org.answerdesk.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a failure because the database cannot be reached (down, restarting, pool exhausted) from a bug. */
public final class DatabaseFailures {

    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down); class 08 is checked too. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseFailures() {
    }

    /**
     * Whether {@code failure}, or one of its causes, says that the database is unavailable for now: Spring's
     * resource-failure and transient data-access exceptions, a transaction that could not get a connection, or
     * the JDBC driver's connection failures (SQL state class 08, or the server shutting down or starting up). Such a request may be retried later; nothing is wrong with it.
     */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
