package org.answerdesk.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.Await;
import org.answerdesk.ConversationRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Slack DM has no start command: the first question of a DM conversation gets the greeting with the most asked
 * questions in a post of its own, then its answer; later questions get only their answers. A question in a
 * channel thread (a mention) gets no greeting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
class SlackGreetingIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstDirectMessageIsGreetedBeforeItsAnswer() {
        String dm = "D" + SlackFixtures.fresh();
        dm(dm, "How do I reset my password?", ".000100");
        List<String> texts = Await.await(() -> texts(dm), t -> t.size() == 2, "the greeting and the answer");
        // the common questions numbered in the text itself, not listed a second time as related questions
        assertThat(texts.get(0)).startsWith("Hi! I'm the support assistant.").contains("\n1. ").doesNotContain("•");
        assertThat(texts.get(1)).containsIgnoringCase("password");

        dm(dm, "How long do refunds take?", ".000200");
        List<String> later = Await.await(() -> texts(dm), t -> t.size() == 3, "the second answer");
        assertThat(later.get(2)).doesNotStartWith("Hi! I'm the support assistant.").containsIgnoringCase("refund");

        var mention = SlackFixtures.mention("How do I reset my password?");
        SlackFixtures.deliver(port, mention);
        String channel = SlackFixtures.event(mention).get("channel").asString();
        var answered = Await.await(() -> texts(channel), t -> !t.isEmpty(), "the answer in the thread");
        SlackFixtures.awaitSettled(jdbc, channel);
        assertThat(texts(channel)).hasSize(1);
        assertThat(answered.get(0)).doesNotStartWith("Hi! I'm the support assistant.");
    }

    @Test
    void hiGetsTheGreetingWithTheStarterQuestionsAndThanksAfterAnAnswerClosesItWithoutATicket() {
        String dm = "D" + SlackFixtures.fresh();
        dm(dm, "hi", ".000100");
        String greeting = Await.await(() -> texts(dm), t -> !t.isEmpty(), "the greeting").get(0);
        assertThat(greeting).contains("\n1. ").doesNotContain("•").doesNotContain("Did you mean");

        dm(dm, "How do I reset my password?", ".000200");
        // the greeting's starter questions may name the password too: wait for the answer's own post
        List<String> answered = Await.await(() -> texts(dm), t -> t.size() == 2, "the answer");
        assertThat(answered.get(1)).containsIgnoringCase("password");
        dm(dm, "thanks, that worked!", ".000300");
        var replies = Await.await(() -> texts(dm), t -> t.size() == 3, "the closing reply");
        assertThat(replies.get(2)).startsWith("You're welcome! Glad that helped.");
        assertThat(ConversationRows.handoffs(jdbc, "SLACK", "T0ACME0001:" + dm)).isZero();
        assertThat(ConversationRows.confirmed(jdbc, "SLACK", "T0ACME0001:" + dm)).isTrue();
    }

    private void dm(String channel, String text, String tsSuffix) {
        var message = SlackFixtures.json("message_im.json");
        message.put("event_id", "Ev" + SlackFixtures.fresh());
        SlackFixtures.event(message).put("channel", channel).put("text", text).put("ts", SlackFixtures.now() + tsSuffix);
        assertThat(SlackFixtures.deliver(port, message).status()).isEqualTo(200);
    }

    private static List<String> texts(String channel) {
        return SlackTestServer.postedTo(channel).stream().map(m -> m.get("text")).toList();
    }
}
