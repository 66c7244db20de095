package org.answerdesk.channel.web;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.ChannelAdapterContract;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.feedback.Vote;
import tools.jackson.databind.JsonNode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web channel under the shared adapter contract: the platform is the HTTP API itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChannelContractIT extends ChannelAdapterContract {

    @LocalServerPort
    int port;

    /** What each session's client has been shown: the web channel's "sent" messages. */
    private final Map<String, List<String>> shown = new ConcurrentHashMap<>();
    /** The last API response of each session. */
    private final Map<String, JsonNode> responses = new ConcurrentHashMap<>();

    @Override
    protected Channel channel() {
        return Channel.WEB;
    }

    @Override
    protected void platformDeliversMessage(String deliveryId, String thread, String text) {
        var r = new HttpApi(port).post("/api/chat",
                json("session_id", thread, "message", text, "idempotency_key", deliveryId));
        responses.put(thread, r.json());
        var list = shown.computeIfAbsent(thread, k -> new ArrayList<>());
        String reply = r.json().get("reply").asString();
        long id = r.json().get("message_id").asLong();
        // the client shows each answer once, keyed by its message id, as the web chat page does
        if (list.stream().noneMatch(s -> s.startsWith(id + ":"))) {
            list.add(id + ":" + reply);
        }
    }

    @Override
    protected List<String> textsSentTo(String thread) {
        return shown.getOrDefault(thread, List.of());
    }

    @Override
    protected void platformDeliversReaction(String deliveryId, String thread, MessageRef target, Vote vote,
                                            boolean added) {
        new HttpApi(port).post("/api/feedback", json("session_id", thread,
                "message_id", Long.parseLong(target.externalMessageId()), "vote", vote == Vote.UP ? "up" : "down"));
    }

    @Override
    protected boolean canRetractVotes() {
        return false;
    }

    /** The chips of the API's response: each entry's payload, and "Something else". */
    @Override
    protected void assertChoicesSentTo(String thread, List<String> entryPayloads, String somethingElse) {
        JsonNode response = responses.get(thread);
        List<String> payloads = new ArrayList<>();
        response.get("choices").forEach(c -> payloads.add(c.get("payload").asString()));
        assertThat(payloads).containsExactlyElementsOf(entryPayloads);
        assertThat(response.get("something_else").asString()).isEqualTo(somethingElse);
    }

    @Override
    protected void assertRichSampleSentTo(String thread) {
        JsonNode rich = responses.get(thread).get("rich");
        assertThat(rich).hasSize(3);
        assertThat(rich.get(0).get("type").asString()).isEqualTo("paragraph");
        assertThat(rich.get(0).get("spans").get(1).get("text").asString()).isEqualTo("formatting showcase");
        assertThat(rich.get(0).get("spans").get(1).get("bold").asBoolean()).isTrue();
        JsonNode bullets = rich.get(1);
        assertThat(bullets.get("type").asString()).isEqualTo("list");
        assertThat(bullets.get("ordered").asBoolean()).isFalse();
        assertThat(bullets.get("items").get(0).get(1).get("href").asString()).isEqualTo("https://shop.example/help?a=1&b=2");
        assertThat(bullets.get("items").get(1).get(0).get("text").asString()).isEqualTo("a bad link stays text");
        assertThat(bullets.get("items").get(1).get(0).get("href").isNull()).isTrue();
        assertThat(rich.get(2).get("ordered").asBoolean()).isTrue();
        assertThat(rich.get(2).get("items").get(0).get(0).get("text").asString())
                .isEqualTo("<script>alert(\"x\")</script> is shown, not run"); // text for the DOM, never markup
        assertThat(rich.toString()).doesNotContain("javascript");
    }
}
