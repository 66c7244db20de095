package org.answerdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailable() {
        assertThat(DatabaseFailures.unavailable(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("request timed out after 3000ms")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("request timed out after 3000ms")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new QueryTimeoutException("slow"))).isTrue();
    }

    @Test
    void aConnectionLostOrAServerShuttingDownIsUnavailableAlsoWhenWrapped() {
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("wrapped", new UncategorizedSQLException(
                "insert", "insert into message", new SQLException("An I/O error occurred", "08006"))))).isTrue();
        assertThat(DatabaseFailures.unavailable(new UncategorizedSQLException("select", "select 1",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void bugsAndBadDataAreNot() {
        assertThat(DatabaseFailures.unavailable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new SQLException("invalid byte sequence", "22021"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.unavailable(null)).isFalse();
    }
}
