package org.answerdesk.channel.slack;

import static org.answerdesk.channel.slack.SlackFixtures.deliverAction;
import static org.answerdesk.channel.slack.SlackFixtures.press;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.conversation.ChoicePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clarify choices in Slack (WireMock as the Web API, signed interactions to {@code /slack/events}, the real core):
 * an unsure question in a DM gets an actions block of choice buttons; a press is answered once with the picked
 * entry, whether Slack delivers the same action again or the customer presses again; the payload pressed in
 * another DM is refused. Same context as {@link SlackContractIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
class SlackClarifyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REFUND_ANSWER = "3 business days";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPressIsAnsweredOnceThoughDeliveredTwiceAndPressedAgain() {
        String dm = "D" + SlackFixtures.fresh();
        say(dm, "money back");
        JsonNode buttons = offerIn(dm).get(1).get("elements");
        assertThat(buttons).hasSize(5);
        JsonNode refund = refundTimeButton(buttons);
        String pick = refund.get("value").asString();
        long offerId = ChoicePayload.decode(pick).orElseThrow().replyId();
        assertThat(buttons.get(3).get("value").asString()).isEqualTo(ChoicePayload.somethingElse(offerId));
        assertThat(buttons.get(4).get("value").asString()).isEqualTo(SlackClarify.HUMAN);

        ObjectNode press = press(dm, "U0STAFF001", refund, "choices", "1718000310.000001");
        assertThat(deliverAction(port, press).status()).isEqualTo(200);
        assertThat(deliverAction(port, press).status()).as("the same action delivered again").isEqualTo(200);
        Await.await(() -> answers(dm), a -> a.size() == 1, "the picked entry's answer");
        assertThat(deliverAction(port, press(dm, "U0STAFF001", refund, "choices", "1718000320.000001")).status()).isEqualTo(200);
        assertThat(awaitHandled("slack-action:1718000320.000001:U0STAFF001")).isEqualTo("choice refused: picked before");
        assertThat(jdbc.sql("select count(*) from inbox where channel = 'SLACK' and event_id = :e")
                .param("e", "slack-action:1718000310.000001:U0STAFF001").query(Long.class).single()).isEqualTo(1);
        assertThat(answers(dm)).hasSize(1);
    }

    @Test
    void thePayloadPressedInAnotherConversationIsRefusedAndTheOfferStaysOpen() {
        String owner = "D" + SlackFixtures.fresh();
        String stranger = "D" + SlackFixtures.fresh();
        say(owner, "money back");
        JsonNode button = refundTimeButton(offerIn(owner).get(1).get("elements"));

        assertThat(deliverAction(port, press(stranger, "U0SOMEONE9", button, "choices", "1718000330.000001")).status()).isEqualTo(200);
        assertThat(awaitHandled("slack-action:1718000330.000001:U0SOMEONE9"))
                .isEqualTo("choice refused: no such offer in this conversation");
        assertThat(answers(stranger)).isEmpty();

        deliverAction(port, press(owner, "U0STAFF001", button, "choices", "1718000340.000001"));
        Await.await(() -> answers(owner), a -> a.size() == 1, "the owner's pick answered");
    }

    @Test
    void somethingElseAndTalkToAPersonHandOver() {
        String other = "D" + SlackFixtures.fresh();
        say(other, "money back");
        JsonNode somethingElse = offerIn(other).get(1).get("elements").get(3);
        deliverAction(port, press(other, "U0STAFF001", somethingElse, "choices", "1718000350.000001"));
        awaitStatus(other, "NEEDS_HUMAN");

        String person = "D" + SlackFixtures.fresh();
        say(person, "money back");
        JsonNode human = offerIn(person).get(1).get("elements").get(4);
        assertThat(human.get("text").get("text").asString()).isEqualTo(ChoicePayload.TALK_TO_PERSON_LABEL);
        deliverAction(port, press(person, "U0STAFF001", human, "choices", "1718000360.000001"));
        awaitStatus(person, "NEEDS_HUMAN");
        assertThat(jdbc.sql("select m.intent from inbox i join message m on m.id = i.message_id "
                + "where i.channel = 'SLACK' and i.event_id = 'slack-action:1718000360.000001:U0STAFF001'")
                .query(String.class).single()).isEqualTo("HUMAN");
    }

    /** The refund-timing entry's button: "money back" is offered the three refund entries, in an order of no matter here. */
    private static JsonNode refundTimeButton(JsonNode buttons) {
        for (JsonNode b : buttons) {
            if (b.get("text").get("text").asString().equals("How long does a refund take?")) {
                return b;
            }
        }
        throw new AssertionError("no refund-timing choice in " + buttons);
    }

    private void awaitStatus(String dm, String status) {
        Await.await(() -> jdbc.sql("select status from conversation where channel = 'SLACK' and external_key = :k")
                .param("k", "T0ACME0001:" + dm).query(String.class).optional(), s -> s.equals(java.util.Optional.of(status)),
                dm + " " + status);
    }

    private static JsonNode offerIn(String dm) {
        Map<String, String> post = Await.await(() -> SlackTestServer.postedTo(dm).stream()
                .filter(p -> p.getOrDefault("blocks", "").contains("pick:")).toList(), p -> p.size() == 1,
                "the clarify reply with buttons").get(0);
        JsonNode blocks = JSON.readTree(post.get("blocks"));
        assertThat(blocks.get(1).get("type").asString()).isEqualTo("actions");
        return blocks;
    }

    private static List<Map<String, String>> answers(String dm) {
        return SlackTestServer.postedTo(dm).stream().filter(p -> p.getOrDefault("text", "").contains(REFUND_ANSWER))
                .toList();
    }

    private String awaitHandled(String eventId) {
        return Await.await(() -> jdbc.sql("""
                select coalesce(m.skip_reason, '') from inbox i join message m on m.id = i.message_id
                where i.channel = 'SLACK' and i.event_id = :e and m.handled_at is not null
                """).param("e", eventId).query(String.class).optional(), o -> o.isPresent(), "press " + eventId + " handled")
                .get();
    }

    private void say(String dm, String text) {
        var message = SlackFixtures.json("message_im.json");
        message.put("event_id", "Ev" + SlackFixtures.fresh());
        SlackFixtures.event(message).put("channel", dm).put("text", text).put("ts", SlackFixtures.now() + ".000100");
        assertThat(SlackFixtures.deliver(port, message).status()).isEqualTo(200);
    }


}
