package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.answerdesk.channel.ChannelAdapterContract;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.feedback.Vote;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.node.ObjectNode;

/**
 * The WhatsApp channel under the shared adapter contract: signed webhook deliveries shaped like the fixtures go to
 * {@code /whatsapp/webhook}, the answers go to a WireMock Graph API; votes are 👍/👎 reactions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FakeGraphApi.class)
class WhatsAppContractIT extends ChannelAdapterContract {

    @LocalServerPort
    int port;

    /** The wamid Meta gave each delivery (a redelivery keeps its wamid), and those of each customer. */
    private final Map<String, String> wamids = new ConcurrentHashMap<>();
    private final Map<String, List<String>> wamidsOf = new ConcurrentHashMap<>();

    @Override
    protected Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    protected String freshThread() {
        return FakeGraphApi.nextNumber();
    }

    @Override
    protected void platformDeliversMessage(String deliveryId, String thread, String text) {
        ObjectNode delivery = FakeGraphApi.textMessage(thread, text);
        String wamid = wamids.computeIfAbsent(deliveryId, k -> FakeGraphApi.message(delivery).get("id").asString());
        FakeGraphApi.message(delivery).put("id", wamid);
        wamidsOf.computeIfAbsent(thread, k -> new ArrayList<>()).add(wamid);
        assertThat(FakeGraphApi.deliver(port, delivery).status()).isEqualTo(200);
    }

    /** A message counts as sent once Meta accepted it and the app stored its wamid with the reply. */
    @Override
    protected List<String> textsSentTo(String thread) {
        return FakeGraphApi.sentTo(thread).stream()
                .filter(s -> jdbc.sql("select count(*) from message where channel = 'WHATSAPP' and direction = 'OUT' "
                        + "and delivery_status = 'SENT' and external_message_id = :w")
                        .param("w", s.wamid()).query(Long.class).single() == 1)
                .map(FakeGraphApi.Sent::text).toList();
    }

    /** The read mark with "typing…" on the customer's message. */
    @Override
    protected Long beforeAnswerSignsIn(String thread) {
        return wamidsOf.getOrDefault(thread, List.of()).stream().mapToLong(FakeGraphApi::readMarks).sum();
    }

    /** WhatsApp keeps one reaction per message: a new one replaces it, an empty emoji takes it off. */
    @Override
    protected void platformDeliversReaction(String deliveryId, String thread, MessageRef target, Vote vote,
                                            boolean added) {
        ObjectNode delivery = FakeGraphApi.delivery("reaction.json", thread);
        FakeGraphApi.message(delivery).put("id", wamids.computeIfAbsent(deliveryId, k -> FakeGraphApi.nextWamid()));
        ((ObjectNode) FakeGraphApi.message(delivery).get("reaction")).put("message_id", target.externalMessageId())
                .put("emoji", added ? (vote == Vote.UP ? "👍" : "👎🏽") : "");
        assertThat(FakeGraphApi.deliver(port, delivery).status()).isEqualTo(200);
    }

    @Override
    protected void assertRichSampleSentTo(String thread) {
        var sent = FakeGraphApi.sentTo(thread).get(0);
        assertThat(sent.type()).isEqualTo("text");
        assertThat(sent.request().at("/text/preview_url").asBoolean()).isFalse();
        assertThat(sent.text()).startsWith("""
                Here is the *formatting showcase*:

                • a safe link (https://shop.example/help?a=1&b=2)
                • a bad link stays text

                1. <script>alert("x")</script> is shown, not run
                2. **unbalanced bold & <b>tags</b>""").doesNotContain("javascript");
    }

    /** The clarify reply's list: one row per payload, then "Something else" and "Talk to a person". */
    @Override
    protected void assertChoicesSentTo(String thread, List<String> entryPayloads, String somethingElse) {
        var sent = FakeGraphApi.sentTo(thread).stream()
                .filter(s -> s.request().toString().contains(somethingElse)).findFirst().orElseThrow();
        List<String> ids = new ArrayList<>();
        var interactive = sent.request().get("interactive");
        if ("list".equals(interactive.get("type").asString())) {
            interactive.at("/action/sections/0/rows").forEach(r -> ids.add(r.get("id").asString()));
        } else {
            interactive.at("/action/buttons").forEach(b -> ids.add(b.at("/reply/id").asString()));
        }
        List<String> expected = new ArrayList<>(entryPayloads);
        expected.add(somethingElse);
        expected.add(WhatsAppButtons.HUMAN);
        assertThat(ids).containsExactlyElementsOf(expected);
    }
}
