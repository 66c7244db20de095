package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** eval reads its queries as the bot reads a message: what a wrapping adds is set aside again. */
class BotReadingTest {

    @Test
    void aWrappedQueryIsLookedUpAsTheQueryItself() {
        var queries = List.of(new LabeledText("How long does delivery to the UK take?", "Delivery"),
                new LabeledText("Can I pay with PayPal?", "Payment"), new LabeledText("tell me a joke", ""));
        for (long seed = 1; seed <= 20; seed++) {
            var wrapped = BotReading.wrapped(queries, seed);
            assertThat(wrapped.get(0).text()).isNotEqualTo(queries.get(0).text());
            assertThat(BotReading.asLookedUp(wrapped)).as("seed " + seed).isEqualTo(queries);
        }
    }
}
