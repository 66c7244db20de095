package org.answerdesk.conversation;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.dialogue.Decision;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.DialogueState;
import org.answerdesk.dialogue.Incoming;
import org.answerdesk.dialogue.LastReply;
import org.answerdesk.dialogue.Outcome;
import org.answerdesk.dialogue.Transition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The state the app stores after a scripted conversation is the one {@link Transition} gives for the same script,
 * and so is the outcome each message records: the core and the scripted tests' flow move a conversation the same
 * way (issue 63, item 1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransitionIT {

    private static final List<String> SCRIPT = List.of(
            "How can I reset my password?",
            "thanks",
            "THE MUG I ORDERED ARRIVED BROKEN. this is the second time. ridiculous",
            "yes please",
            "hello?? anyone there",
            "that's not what I asked");

    @LocalServerPort
    int port;
    @Autowired
    DialoguePolicy policy;
    @Autowired
    ConversationStore store;
    @Autowired
    ConversationProperties properties;
    @Autowired
    JdbcClient jdbc;

    /** What the next message reads of the conversation, as both sides can tell it. */
    record Seen(boolean handedOver, boolean personJoined, boolean personOffered, boolean acknowledged,
                boolean angryBefore, Optional<Boolean> lastAnswered, Optional<Long> lastEntry,
                Optional<String> lastQuestion, boolean lastOfferedChoices, List<String> customerTurns) {

        static Seen of(DialogueState s) {
            Optional<LastReply> last = s.lastReply();
            return new Seen(s.handedOver(), s.personJoined(), s.personOffered(), s.acknowledged(), s.angryBefore(),
                    last.map(LastReply::answered), last.map(LastReply::entryId), last.map(LastReply::question),
                    last.map(LastReply::offeredChoices).orElse(false),
                    s.history().stream().filter(t -> t.fromCustomer()).map(t -> t.text()).toList());
        }

        static Seen of(ConversationStore.Situation s) {
            Optional<LastReply> last = s.lastReply();
            return new Seen(s.conversation().status() == ConversationStatus.NEEDS_HUMAN,
                    s.conversation().personJoined(), s.conversation().humanOfferedRecently(), s.acknowledged(),
                    s.angryBefore(), last.map(LastReply::answered), last.map(LastReply::entryId),
                    last.map(LastReply::question), last.map(LastReply::offeredChoices).orElse(false),
                    s.history().stream().filter(t -> t.fromCustomer()).map(t -> t.text()).toList());
        }
    }

    @Test
    void theStoredStateAfterAScriptedConversationIsTheTransitionsResult() {
        HttpApi api = new HttpApi(port);
        String session = "s-" + UUID.randomUUID();
        long conversation = 0;
        DialogueState expected = DialogueState.fresh(Locale.ENGLISH);
        boolean confirmed = false;
        boolean offered = false;
        List<String> outcomes = new java.util.ArrayList<>();
        for (String text : SCRIPT) {
            Incoming in = Incoming.question(text);
            Decision decision = policy.decide(expected, in);
            Transition step = Transition.after(expected, in, decision, policy.historyTurns());
            confirmed |= step.marks().confirmed();
            outcomes.add(step.outcome().name());
            expected = step.next();
            offered |= expected.personOffered();

            var response = api.post("/api/chat", json("session_id", session, "message", text));
            assertThat(response.status()).as(text).isEqualTo(decision.replies() ? 200 : 202);
            conversation = response.json().get("conversation_id").asLong();
        }
        var stored = store.situation(conversation, Long.MAX_VALUE, properties.contextWindow(),
                properties.acknowledgeWindow(), policy.historyTurns());

        assertThat(Seen.of(stored)).isEqualTo(Seen.of(expected));
        // an upset customer takes up the offer of a person: handed over, then waiting
        assertThat(expected.handedOver() && expected.acknowledged() && expected.angryBefore() && offered)
                .as("the script reaches every mark").isTrue();
        assertThat(jdbc.sql("select confirmed_at is not null from conversation where id = :id")
                .param("id", conversation).query(Boolean.class).single()).isEqualTo(confirmed).isTrue();
        // each message recorded the outcome the transition gives it, the first one on the web chat's fast path
        assertThat(jdbc.sql("select outcome from message where conversation_id = :id and direction = 'IN' order by id")
                .param("id", conversation).query(String.class).list()).isEqualTo(outcomes);
        assertThat(outcomes).as("the script reaches an answer, a confirmation and a handover")
                .contains(Outcome.ANSWERED.name(), Outcome.CONFIRMED.name(), Outcome.HANDED_OVER.name());
    }
}
