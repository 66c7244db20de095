package org.answerdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class FailuresTest {

    @Test
    void aDatabaseThatIsDownOrBusyIsWorthWaitingFor() {
        assertThat(Failures.isTransient(new CannotGetJdbcConnectionException("pool",
                new SQLTransientConnectionException("timeout")))).isTrue();
        assertThat(Failures.isTransient(new DataAccessResourceFailureException("x",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("could not connect", "08006")))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(Failures.isTransient(new IllegalStateException(new ConnectException("refused")))).isTrue();
        assertThat(Failures.isTransient(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("request timed out after 3000ms")))).isTrue();
        assertThat(Failures.isTransient(new QueryTimeoutException("slow"))).isTrue();
        // PostgreSQL restarting mid-transaction: the pool closes the connection and the rollback fails without a state
        assertThat(Failures.isTransient(new TransactionSystemException("Could not roll back JDBC transaction",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(Failures.isTransient(new IllegalStateException("wrapped", new UncategorizedSQLException(
                "insert", "insert into message", new SQLException("An I/O error occurred", "08006"))))).isTrue();
    }

    @Test
    void inputTheDatabaseRefusesIsNot() {
        // Spring files 54000 under resource failures; the SQLSTATE says retrying cannot help
        assertThat(Failures.isTransient(new DataAccessResourceFailureException("x",
                new SQLException("index row requires 12016 bytes, maximum size is 8191", "54000")))).isFalse();
        assertThat(Failures.isTransient(new DataIntegrityViolationException("x",
                new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021")))).isFalse();
        assertThat(Failures.isTransient(new IllegalArgumentException("bad"))).isFalse();
        assertThat(Failures.isTransient(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(Failures.isTransient(null)).isFalse();
    }

    @Test
    void describesTheRootCauseOnOneShortLine() {
        String d = Failures.describe(new RuntimeException("outer", new SQLException("line 1\n  line 2", "54000")));
        assertThat(d).isEqualTo("line 1 line 2");
        assertThat(Failures.describe(new RuntimeException("x".repeat(1000)))).hasSize(301);
    }
}
