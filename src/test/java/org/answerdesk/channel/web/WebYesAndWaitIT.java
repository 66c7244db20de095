package org.answerdesk.channel.web;

import static org.answerdesk.FaqRows.answerOf;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.language.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import org.answerdesk.SampleFaqMisses;
import org.answerdesk.WaitLane;

/**
 * Through {@code POST /api/chat} with the sample FAQ and MiniLM, in a shop that offers one choice at a time: a typed
 * "yes" to the one choice shown is that entry's answer (YesToChoices, read from the stored reply), unless the entry
 * is gone; while a person is
 * awaited, a terse topic gets the FAQ's choices meanwhile, but the same topic said with "ok I'll wait" gets the
 * acknowledgement alone ({@code wait.ok}). A person asked for with a phone number is told the team calls back on it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "answerdesk.faq.max-choices=1")
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class WebYesAndWaitIT {

    /** Not confident: with one choice at a time, a refund entry is offered (measured on the sample FAQ). */
    private static final String UNSURE = "money back";
    private static final String REFUND = "Why did I only get a partial refund?";
    /** The id of no FAQ entry: one deleted after it was offered. */
    private static final long GONE = 987_654_321L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Texts texts;

    private static String session() {
        return "w-" + UUID.randomUUID();
    }

    private JsonNode chat(String session, String message) {
        return new HttpApi(port).chat(session, message);
    }

    @Test
    void yesToTheOneChoiceShownIsItsAnswer() {
        String s = session();
        JsonNode offer = chat(s, UNSURE);
        assertThat(offer.get("choices")).as(offer.toString()).hasSize(1);
        assertThat(offer.get("choices").get(0).get("question").asString()).isEqualTo(REFUND);

        JsonNode yes = chat(s, "yes");
        assertThat(yes.get("source").asString()).as(yes.toString()).isEqualTo("FAQ");
        assertThat(yes.get("reply").asString()).endsWith(answerOf(jdbc, REFUND));
        assertThat(yes.get("confidence").asDouble()).as("confirmed, as a press is").isEqualTo(1);
        assertThat(yes.get("needs_human").asBoolean()).isFalse();
    }

    /**
     * A person offered, then choices for another question: a plain "ok" is said to the choices, not to the older
     * offer (set 20's en 7.3 was handed over). The offer is read from the stored conversation: none open once the
     * customer wrote after it. "money back" asked nothing, so the "ok" is the yes to the one choice shown (an
     * acknowledgement of choices is no thanks: docs/dialogue.md "acts25"), answered as a "yes" is.
     */
    @Test
    void anOkAfterChoicesTakesNoOlderOfferOfAPerson() {
        String s = session();
        JsonNode offer = chat(s, SampleFaqMisses.SERVICE);
        assertThat(offer.get("reply").asString()).as("a person offered").contains("\"yes\"");
        assertThat(offer.get("needs_human").asBoolean()).isFalse();
        assertThat(chat(s, UNSURE).get("choices")).hasSize(1);

        JsonNode ok = chat(s, "ok");
        assertThat(ok.get("needs_human").asBoolean()).as(ok.toString()).isFalse();
        assertThat(ok.get("source").asString()).as(ok.toString()).isEqualTo("FAQ");
        assertThat(ok.get("reply").asString()).endsWith(answerOf(jdbc, REFUND));
    }

    /** As a press of it is refused: the reply that offered it names the entry by its id, which names none now. */
    @Test
    void yesToTheOneChoiceShownWhoseEntryIsGoneIsNotAnAnswer() {
        String s = session();
        JsonNode offer = chat(s, UNSURE);
        jdbc.sql("update message set choices = :c where id = :id").param("c", GONE + "\t0.5\t" + REFUND + "\n")
                .param("id", offer.get("message_id").asLong()).update();

        JsonNode yes = chat(s, "yes");
        assertThat(yes.get("source").asString()).as(yes.toString()).isNotEqualTo("FAQ");
        assertThat(yes.get("reply").asString()).isNotEqualTo(answerOf(jdbc, REFUND));
    }

    @Test
    void whileAPersonIsAwaitedAMessageThatSaysItWaitsGetsTheAcknowledgementAlone() {
        String topic = waitingFor();
        JsonNode meanwhile = chat(topic, UNSURE);
        assertThat(meanwhile.get("choices")).as("a terse topic: the FAQ's help meanwhile").hasSize(1);

        String waits = waitingFor();
        JsonNode ok = chat(waits, UNSURE + ", ok i'll wait");
        assertThat(ok.get("reply").asString()).as(ok.toString())
                .isEqualTo(texts.text("conversation.waiting-ack", Locale.ENGLISH));
        assertThat(ok.get("choices")).isEmpty();
        assertThat(ok.get("needs_human").asBoolean()).as("the ticket stays open").isTrue();
    }

    /**
     * A person asked for with a number to call back on: the reply says the team calls back on that number, and the
     * ticket holds it for the team.
     */
    @Test
    void aPersonAskedForWithANumberToCallBackOnIsToldTheTeamCallsThatNumber() {
        String s = session();
        JsonNode handedOver = chat(s, "could someone from the shop give me a ring on 07700 900461 this afternoon");
        assertThat(handedOver.get("needs_human").asBoolean()).as(handedOver.toString()).isTrue();
        // the time of day asked for is passed on as written, not promised
        assertThat(handedOver.get("reply").asString()).isEqualTo(texts.text(
                "conversation.human-requested-callback-time", Locale.ENGLISH,
                java.util.Map.of("phone", "07700 900461", "time", "this afternoon")));
        long ticket = jdbc.sql("""
                select h.id from handoff h join conversation c on c.id = h.conversation_id
                where c.external_key = :s and h.resolved_at is null""").param("s", s).query(Long.class).single();
        JsonNode shown = new HttpApi(port).get("/api/tickets/" + ticket, HttpApi.ADMIN).json();
        assertThat(shown.get("callback").asString()).as(shown.toString()).isEqualTo("07700 900461");
    }

    /** A new conversation that waits for a person. */
    private String waitingFor() {
        String s = session();
        assertThat(chat(s, "i want to talk to a person").get("needs_human").asBoolean()).isTrue();
        return s;
    }
}
