package org.answerdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.answerdesk.Await;
import org.answerdesk.SharedDatabase;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances (two connection pools) on one real PostgreSQL ask for the same poller lease. */
@WaitLane
class PollerLeaseIT {

    static HikariDataSource instanceA;
    static HikariDataSource instanceB;

    @BeforeAll
    static void start() {
        String database = SharedDatabase.newDatabase();
        instanceA = pool(database);
        instanceB = pool(database);
    }

    @AfterAll
    static void stop() {
        instanceA.close();
        instanceB.close();
    }

    private static HikariDataSource pool(String database) {
        var config = new HikariConfig();
        config.setJdbcUrl(database);
        config.setMaximumPoolSize(3);
        return new HikariDataSource(config);
    }

    @Test
    void oneInstanceHoldsTheLeaseAndAnotherTakesOverWhenItsConnectionDies() {
        try (var a = new PollerLease(instanceA, "telegram", "host-a:1"); var b = new PollerLease(instanceB, "telegram", "host-b:2")) {
            assertThat(a.tryAcquire()).isTrue();
            assertThat(b.tryAcquire()).isFalse();
            assertThat(a.tryAcquire()).isTrue(); // asking again keeps it
            assertThat(b.holder()).contains("host-a:1");

            // instance A dies: PostgreSQL ends its session, and with it the lock
            JdbcClient.create(instanceB).sql("""
                    select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'answerdesk lease host-a:1'
                    """).query((rs, n) -> 0).list();
            // the session ends asynchronously; the other instance keeps asking, as its poller does
            Await.await(b::tryAcquire, held -> held, "instance B taking the lease over");
            assertThat(a.tryAcquire()).isFalse();
            assertThat(a.holder()).contains("host-b:2");
        }
    }

    @Test
    void leasesOfDifferentPollersAreIndependentAndReleaseLetsAnotherTakeOver() {
        try (var mailA = new PollerLease(instanceA, "mail:support@shop.test", "a");
             var telegramB = new PollerLease(instanceB, "telegram-2", "b");
             var mailB = new PollerLease(instanceB, "mail:support@shop.test", "b")) {
            assertThat(mailA.tryAcquire()).isTrue();
            assertThat(telegramB.tryAcquire()).isTrue();
            assertThat(mailB.tryAcquire()).isFalse();
            mailA.release();
            assertThat(mailA.held()).isFalse();
            assertThat(mailB.tryAcquire()).isTrue();
            assertThat(mailA.holder()).contains("b");
        }
        assertThat(new PollerLease(instanceA, "mail:support@shop.test", "x").holder()).isEmpty();
    }
}
