package org.answerdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.SharedDatabase;
import org.answerdesk.TestDirs;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one PostgreSQL database spend from one budget per client address (a burst of 3, one more a
 * minute): a client spreading its requests over both instances (a load balancer) gets no more than from one.
 */
@WaitLane
class SharedRateLimitIT {

    static String database;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = SharedDatabase.newDatabase();
        a = start();
        b = start();
    }

    @AfterAll
    static void stop() throws Exception {
        SharedBudgets askersOfA = a.getBean(SharedBudgets.class);
        a.close();
        b.close();
        assertThat(askersOfA.stopped()).as("the rate-budget askers stop with their context").isTrue();
    }

    private static ConfigurableApplicationContext start() throws Exception {
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + TestDirs.create("limits-instance-"),
                "--spring.datasource.url=" + database,
                "--answerdesk.api.rate-limit.per-minute=1", "--answerdesk.api.rate-limit.burst=3",
                "--answerdesk.api.rate-limit.polls-per-minute=4");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void aClientSpreadOverTwoInstancesHasOneBudget() {
        var onA = new RawHttp(port(a), "127.0.0.12");
        var onB = new RawHttp(port(b), "127.0.0.12");
        List<Integer> statuses = new ArrayList<>();
        statuses.add(onA.send("POST", "/api/reset", RateLimitIT.JSON, reset()).status());
        statuses.add(onB.send("POST", "/api/reset", RateLimitIT.JSON, reset()).status());
        statuses.add(onA.send("POST", "/api/reset", RateLimitIT.JSON, reset()).status());
        var refused = onB.send("POST", "/api/chat", RateLimitIT.JSON,
                HttpApi.json("session_id", "shared-limit-session", "message", "How can I reset my password?"));
        statuses.add(refused.status());
        statuses.add(onA.send("POST", "/api/reset", RateLimitIT.JSON, reset()).status());
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
        assertThat(Long.parseLong(refused.headers().get("retry-after"))).isBetween(1L, 60L);
        assertThat(refused.body()).contains("too many requests");

        var other = new RawHttp(port(b), "127.0.0.13").send("POST", "/api/reset", RateLimitIT.JSON, reset());
        assertThat(other.status()).as("another client keeps its own budget").isEqualTo(200);
    }

    @Test
    void whatASharedTakeCosts() {
        // printed for the operator's notes, not asserted: one statement per limited request
        SharedBudgets shared = a.getBean(SharedBudgets.class);
        var local = new ClientBudgets(a.getBean(ApiProperties.class).rateLimit());
        long[] sharedNanos = time(i -> shared.tryTake("198.51.100." + (i % 200), ClientBudgets.Kind.POLL));
        long[] localNanos = time(i -> local.tryTake("198.51.100." + (i % 200), ClientBudgets.Kind.POLL));
        System.out.printf("Rate-limit take, 2000 calls: shared (PostgreSQL) p50 %.3f ms p99 %.3f ms;"
                + " in memory p50 %.4f ms p99 %.4f ms%n", ms(sharedNanos, 50), ms(sharedNanos, 99),
                ms(localNanos, 50), ms(localNanos, 99));
        assertThat(shared.tryTake("198.51.100.250", ClientBudgets.Kind.SEND)).isEmpty();
    }

    private static long[] time(java.util.function.IntConsumer take) {
        long[] nanos = new long[2000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            take.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static String reset() {
        return HttpApi.json("session_id", "shared-limit-session");
    }
}
