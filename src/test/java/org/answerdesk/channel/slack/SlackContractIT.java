package org.answerdesk.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.answerdesk.channel.ChannelAdapterContract;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.feedback.Vote;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The Slack channel under the shared adapter contract: signed Events API requests (direct messages, reactions)
 * from the recorded fixtures go to {@code /slack/events}; Bolt's real Web API client posts the answers to WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SlackTestServer.class)
class SlackContractIT extends ChannelAdapterContract {

    @LocalServerPort
    int port;

    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    private static final String GREETING = "Hi! I'm the support assistant.";

    @Override
    protected Channel channel() {
        return Channel.SLACK;
    }

    @Override
    protected String freshThread() {
        return fresh("D").toUpperCase(Locale.ROOT);
    }

    @Override
    protected void platformDeliversMessage(String deliveryId, String thread, String text) {
        var payload = SlackFixtures.json("message_im.json");
        payload.put("event_id", deliveryId);
        var event = SlackFixtures.event(payload);
        event.put("channel", thread);
        event.put("text", text);
        event.put("ts", SlackFixtures.now() + String.format(".%06d", Math.floorMod(deliveryId.hashCode(), 1_000_000)));
        // Slack marks a second delivery of the same event as a retry
        String[] retry = delivered.add(deliveryId) ? new String[0]
                : new String[] {"X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"};
        assertThat(SlackFixtures.deliver(port, payload, retry).status()).isEqualTo(200);
    }

    @Override
    protected List<String> textsSentTo(String thread) {
        // a text counts as sent once Slack took it and the app recorded its ts (delivery runs after the ack)
        return SlackTestServer.postedTo(thread).stream()
                .filter(m -> jdbc.sql("""
                        select count(*) from message where channel = 'SLACK' and direction = 'OUT'
                          and delivery_status = 'SENT' and external_message_id = :ref
                        """).param("ref", m.get("channel") + ":" + m.get("response_ts")).query(Long.class).single() == 1)
                .map(m -> m.get("text"))
                // a DM's first answer comes after the greeting, which is no answer (SlackGreetingIT covers it)
                .filter(t -> !t.startsWith(GREETING)).toList();
    }

    @Override
    protected void platformDeliversReaction(String deliveryId, String thread, MessageRef target, Vote vote,
                                            boolean added) {
        var payload = SlackFixtures.json(added ? "reaction_added.json" : "reaction_removed.json");
        payload.put("event_id", deliveryId);
        var event = SlackFixtures.event(payload);
        event.put("reaction", vote == Vote.UP ? "thumbsup" : "-1::skin-tone-5");
        String[] channelAndTs = target.externalMessageId().split(":", 2);
        var item = (tools.jackson.databind.node.ObjectNode) event.get("item");
        item.put("channel", channelAndTs[0]);
        item.put("ts", channelAndTs[1]);
        assertThat(SlackFixtures.deliver(port, payload).status()).isEqualTo(200);
    }

    @Override
    protected void assertRichSampleSentTo(String thread) {
        String text = SlackTestServer.postedTo(thread).stream().map(m -> m.get("text"))
                .filter(t -> !t.startsWith(GREETING)).findFirst().orElseThrow();
        assertThat(text).startsWith("""
                Here is the *formatting showcase*:

                • a <https://shop.example/help?a=1&amp;b=2|safe link>
                • a bad link stays text

                1. &lt;script&gt;alert("x")&lt;/script&gt; is shown, not run
                2. **unbalanced bold &amp; &lt;b&gt;tags&lt;/b&gt;""").doesNotContain("javascript");
    }

    /** The clarify reply's actions block: a button per payload (as its value), "Something else", a person. */
    @Override
    protected void assertChoicesSentTo(String thread, List<String> entryPayloads, String somethingElse) {
        var post = SlackTestServer.postedTo(thread).stream()
                .filter(p -> p.getOrDefault("blocks", "").contains(somethingElse)).findFirst().orElseThrow();
        var buttons = tools.jackson.databind.json.JsonMapper.builder().build().readTree(post.get("blocks")).get(1)
                .get("elements");
        List<String> values = new java.util.ArrayList<>();
        buttons.forEach(b -> values.add(b.get("value").asString()));
        List<String> expected = new java.util.ArrayList<>(entryPayloads);
        expected.add(somethingElse);
        expected.add(SlackClarify.HUMAN);
        assertThat(values).containsExactlyElementsOf(expected);
    }
}
