package org.answerdesk.conversation;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Sorts failures into those that waiting cures (the database or the network is down for now: retry with back-off,
 * or answer HTTP 503) and the rest (this input will never be stored: quarantine it and go on with the next one).
 */
public final class Failures {

    private Failures() {
    }

    /**
     * True when trying the same thing again later may succeed. The database's own SQLSTATE decides where there is
     * one (Spring files "program limit exceeded", e.g. an over-long index row, under resource failures too).
     */
    public static boolean isTransient(Throwable failure) {
        boolean transientType = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return transientState(sql.getSQLState()) || t instanceof SQLTransientException
                        || t instanceof SQLRecoverableException;
            }
            if (t instanceof TransactionSystemException) {
                return true; // the commit or rollback itself failed: the connection broke, whatever the cause said
            }
            transientType |= t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException;
        }
        return transientType;
    }

    /** PostgreSQL's connection (08), resource (53), operator-intervention (57P) and serialization (40) classes. */
    private static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.startsWith("40"));
    }

    /** A short, single-line description of a failure for a log line or a quarantine reason. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
