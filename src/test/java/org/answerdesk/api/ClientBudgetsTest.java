package org.answerdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ClientBudgetsTest {

    @Test
    void aBurstIsAllowedThenTheClientWaitsForTheNextToken() {
        var budgets = new ClientBudgets(new ApiProperties.RateLimit(true, 30, 2, 120, 30, 100, Duration.ofMinutes(10)));
        assertThat(budgets.tryTake("198.51.100.1", ClientBudgets.Kind.SEND)).isEmpty();
        assertThat(budgets.tryTake("198.51.100.1", ClientBudgets.Kind.SEND)).isEmpty();
        var wait = budgets.tryTake("198.51.100.1", ClientBudgets.Kind.SEND);
        assertThat(wait).isPresent();
        // 30 a minute: the next token comes within 2 seconds
        assertThat(Duration.ofNanos(wait.getAsLong())).isBetween(Duration.ofMillis(1), Duration.ofSeconds(2));
        assertThat(budgets.tryTake("198.51.100.1", ClientBudgets.Kind.POLL)).as("polls are budgeted apart").isEmpty();
        assertThat(budgets.tryTake("198.51.100.2", ClientBudgets.Kind.SEND)).as("another client").isEmpty();
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfClients() {
        var budgets = new ClientBudgets(new ApiProperties.RateLimit(true, 30, 10, 120, 30, 100, Duration.ofMinutes(10)));
        for (int i = 0; i < 10_000; i++) {
            budgets.tryTake("10.0." + (i / 256) + "." + (i % 256), ClientBudgets.Kind.SEND);
        }
        assertThat(budgets.clients()).isLessThanOrEqualTo(100);
    }
}
