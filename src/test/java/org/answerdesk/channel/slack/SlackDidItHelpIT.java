package org.answerdesk.channel.slack;

import static org.answerdesk.channel.slack.SlackFixtures.deliverAction;
import static org.answerdesk.channel.slack.SlackFixtures.press;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.answerdesk.Await;
import org.answerdesk.ConversationRows;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.answerdesk.conversation.ChoicePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Did that help" switched on, in Slack: a direct answer in a DM carries "That helped" and "Something else" as
 * Block Kit buttons; "That helped" confirms the answer once, whether Slack delivers the action again or the
 * customer presses again; "Something else" gets something other than the same answer. Same context as
 * {@code TelegramDidItHelpIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class, FakeGraphApi.class})
@TestPropertySource(properties = "answerdesk.conversation.ask-if-helped=true")
class SlackDidItHelpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = "U0STAFF001";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thatHelpedConfirmsTheAnswerOnceAndSomethingElseGetsAnotherReply() {
        String dm = "D" + SlackFixtures.fresh();
        say(dm, "How do I reset my password?");
        Map<String, String> answer = answerIn(dm);
        JsonNode buttons = JSON.readTree(answer.get("blocks")).get(1).get("elements");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).get("text").get("text").asString()).isEqualTo("That helped");
        assertThat(buttons.get(1).get("text").get("text").asString()).isEqualTo("Something else");
        long replyId = ChoicePayload.verdict(buttons.get(0).get("value").asString()).orElseThrow().replyId();
        assertThat(buttons.get(1).get("value").asString()).isEqualTo(ChoicePayload.notHelped(replyId));
        int posted = SlackTestServer.postedTo(dm).size();

        ObjectNode press = press(dm, USER, buttons.get(0), "helped", "1718000410.000001");
        assertThat(deliverAction(port, press).status()).isEqualTo(200);
        assertThat(deliverAction(port, press).status()).as("the same action delivered again").isEqualTo(200);
        Await.await(() -> welcomes(dm), w -> w.size() == 1, "the closing reply");
        assertThat(deliverAction(port, press(dm, USER, buttons.get(0), "helped", "1718000420.000001")).status()).isEqualTo(200);
        assertThat(deliverAction(port, press(dm, USER, buttons.get(1), "helped", "1718000430.000001")).status()).isEqualTo(200);
        assertThat(ConversationRows.confirmed(jdbc, "SLACK", "T0ACME0001:" + dm)).isTrue();
        assertThat(jdbc.sql("select count(*) from inbox where channel = 'SLACK' and event_id = :e")
                .param("e", "did-it-help:T0ACME0001:" + dm + ":" + replyId).query(Long.class).single())
                .as("one press per answer").isEqualTo(1);
        SlackFixtures.awaitSettled(jdbc, dm);
        assertThat(SlackTestServer.postedTo(dm)).as("one reply to the presses").hasSize(posted + 1);

        String other = "D" + SlackFixtures.fresh();
        say(other, "How long do refunds take?");
        Map<String, String> refund = answerIn(other);
        int before = SlackTestServer.postedTo(other).size();
        deliverAction(port, press(other, USER,
                JSON.readTree(refund.get("blocks")).get(1).get("elements").get(1), "helped", "1718000440.000001"));
        var next = Await.await(() -> SlackTestServer.postedTo(other), p -> p.size() == before + 1, "the next reply")
                .get(before);
        assertThat(next.get("text")).isNotEqualTo(refund.get("text"));
    }

    private static Map<String, String> answerIn(String dm) {
        return Await.await(() -> SlackTestServer.postedTo(dm).stream()
                .filter(p -> p.getOrDefault("blocks", "").contains("helped:")).toList(), p -> p.size() == 1,
                "the answer with its buttons").get(0);
    }

    private static List<Map<String, String>> welcomes(String dm) {
        return SlackTestServer.postedTo(dm).stream()
                .filter(p -> p.getOrDefault("text", "").startsWith("You're welcome")).toList();
    }

    private void say(String dm, String text) {
        var message = SlackFixtures.json("message_im.json");
        message.put("event_id", "Ev" + SlackFixtures.fresh());
        SlackFixtures.event(message).put("channel", dm).put("text", text).put("ts", SlackFixtures.now() + ".000100");
        assertThat(SlackFixtures.deliver(port, message).status()).isEqualTo(200);
    }


}
