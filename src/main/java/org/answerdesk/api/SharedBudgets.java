package org.answerdesk.api;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The clients' budgets in PostgreSQL, so that every instance on the database spends from the same one: a token
 * bucket per client address and kind (burst, refilled continuously at the per-minute pace), taken from in one
 * statement that locks the client's row. When the database does not answer within {@link #ASK_LIMIT} (it is down,
 * and the pool would wait its whole connection timeout) the instance counts in its own memory
 * ({@link ClientBudgets}) and asks the database again after {@link #PAUSE_AFTER_FAILURE}: an outage adds no wait to
 * a request here, and the request itself gets the API's 503.
 */
class SharedBudgets {

    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    static final Duration ASK_LIMIT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(SharedBudgets.class);

    // refused marks a take that found less than one token: it leaves the tokens as refilled so far
    private static final String TAKE = """
            insert into rate_budget as b (client, kind, tokens, refused, updated_at)
            values (:client, :kind, :burst - 1, false, clock_timestamp())
            on conflict (client, kind) do update set
                tokens = least(:burst, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * :perSecond)
                         - case when least(:burst, b.tokens + extract(epoch from clock_timestamp() - b.updated_at)
                                * :perSecond) >= 1 then 1 else 0 end,
                refused = least(:burst, b.tokens + extract(epoch from clock_timestamp() - b.updated_at)
                          * :perSecond) < 1,
                updated_at = clock_timestamp()
            returning tokens, refused
            """;

    private record Taken(double tokens, boolean refused) {
    }

    private final JdbcClient jdbc;
    private final ApiProperties.RateLimit limits;
    private final ClientBudgets local;
    private final ExecutorService askers;
    private volatile long askAgainAt;

    SharedBudgets(JdbcClient jdbc, ApiProperties.RateLimit limits) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.local = new ClientBudgets(limits);
        // no queue: when every asker waits for the database, the request is counted locally at once
        this.askers = new ThreadPoolExecutor(0, 64, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            var thread = new Thread(r, "rate-budget");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Takes one request from the client's budget: empty if allowed, else how long until the next one is. */
    OptionalLong tryTake(String address, ClientBudgets.Kind kind) {
        if (System.nanoTime() - askAgainAt < 0) {
            return local.tryTake(address, kind);
        }
        double perSecond = kind.perMinute(limits) / 60.0;
        try {
            Taken taken = askers.submit(() -> jdbc.sql(TAKE).param("client", address).param("kind", kind.name())
                    .param("burst", (double) limits.burst()).param("perSecond", perSecond)
                    .query((rs, n) -> new Taken(rs.getDouble(1), rs.getBoolean(2))).single())
                    .get(ASK_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            if (!taken.refused()) {
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - taken.tokens()) / perSecond * TimeUnit.SECONDS.toNanos(1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return local.tryTake(address, kind);
        } catch (RejectedExecutionException e) {
            return local.tryTake(address, kind); // more requests at once than askers: this one counts locally
        } catch (ExecutionException | TimeoutException e) {
            askAgainAt = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
            String why = e instanceof ExecutionException ? String.valueOf(e.getCause()) : e.toString();
            log.warn("Rate limits cannot be shared for now ({}); this instance counts on its own for {} s", why,
                    PAUSE_AFTER_FAILURE.toSeconds());
            return local.tryTake(address, kind);
        }
    }

    /** Stops the askers with the app: no thread of a closed context lingers (Tomcat warns of them at shutdown). */
    @PreDestroy
    void stop() {
        askers.shutdownNow();
    }

    boolean stopped() {
        return askers.isShutdown();
    }

    /** Forgets budgets idle for longer than the idle expiry: they would be full again anyway. */
    @Scheduled(fixedDelayString = "${answerdesk.api.rate-limit.idle-expiry:10m}")
    void forgetIdle() {
        try {
            int gone = jdbc.sql("delete from rate_budget where updated_at < clock_timestamp() - make_interval(secs => :s)")
                    .param("s", (double) limits.idleExpiry().toSeconds()).update();
            log.debug("Forgot {} idle rate-limit budgets", gone);
        } catch (DataAccessException e) {
            log.debug("Idle rate-limit budgets not forgotten this time: {}", e.getMostSpecificCause().getMessage());
        }
    }
}
