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

/**
 * What outside testers' set 7 found, through {@code POST /api/chat} with the sample FAQ and MiniLM: "cancel" alone
 * asks about cancelling an order; "are you a bot? do you ship to canada" gets both replies; a follow-up that tells
 * ("its been a week") gets the offer of a person, never the same answer; a message after the choices of a "that
 * didn't help" is answered (it was refused with HTTP 400); "are you a bot?" while a person is awaited says who writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebActsAroundQuestionsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Texts texts;

    private static String session() {
        return "w-" + UUID.randomUUID();
    }

    @Test
    void cancelAloneAsksAboutCancellingAnOrder() {
        JsonNode reply = new HttpApi(port).post("/api/chat", json("session_id", session(), "message", "cancel"))
                .json();
        String cancelling = "How do I cancel my order?";
        boolean answered = reply.get("reply").asString().equals(answerOf(jdbc, cancelling));
        boolean offered = reply.has("choices") && reply.get("choices").toString().contains(cancelling);
        assertThat(answered || offered).as(reply.toString()).isTrue();
        assertThat(reply.get("reply").asString()).isNotEqualTo(texts.text("conversation.acts.no", Locale.ENGLISH));
    }

    @Test
    void aBotQuestionBeforeAQuestionGetsBothReplies() {
        JsonNode reply = new HttpApi(port).post("/api/chat", json("session_id", session(), "message",
                "hi are you a bot? do you ship to canada")).json();
        String[] bot = texts.text("conversation.acts.bot", Locale.ENGLISH).split("\\{bot\\}");
        assertThat(reply.get("reply").asString()).startsWith(bot[0])
                .endsWith(bot[1] + "\n\n" + answerOf(jdbc, "Which countries do you ship to?"));
        assertThat(reply.get("more")).hasSize(1);
        assertThat(reply.get("more").get(0).get("reply").asString())
                .isEqualTo(answerOf(jdbc, "Which countries do you ship to?"));
    }

    @Test
    void aBotQuestionBeforeAnUnsureOneCarriesItsChoicesUpFront() {
        JsonNode reply = new HttpApi(port).post("/api/chat", json("session_id", session(), "message",
                "are you a bot? money back")).json();

        assertThat(reply.get("more")).hasSize(1);
        JsonNode unsure = reply.get("more").get(0);
        assertThat(unsure.get("choices")).as(reply.toString()).isNotEmpty();
        // a client reading one reply sees the choices and their text too; a tap of one is the second reply's
        assertThat(reply.get("choices")).isEqualTo(unsure.get("choices"));
        assertThat(reply.get("something_else")).isEqualTo(unsure.get("something_else"));
        assertThat(reply.get("reply").asString()).endsWith(unsure.get("reply").asString());
    }

    @Test
    void aFollowUpThatTellsGetsThePersonNotTheSameAnswer() {
        var api = new HttpApi(port);
        String s = session();
        JsonNode first = api.post("/api/chat", json("session_id", s, "message", "I was charged twice for my order"))
                .json();
        assertThat(first.get("reply").asString()).isEqualTo(answerOf(jdbc, "I was charged twice for my order. What should I do?"));
        JsonNode told = api.post("/api/chat", json("session_id", s, "message", "its been a week")).json();
        assertThat(told.get("reply").asString())
                .isEqualTo(texts.text("conversation.human-offer-nothing-more", Locale.ENGLISH));
        JsonNode yes = api.post("/api/chat", json("session_id", s, "message", "yes")).json();
        assertThat(yes.get("needs_human").asBoolean()).isTrue();
    }

    @Test
    void aMessageAfterTheChoicesOfADidNotHelpIsAnswered() {
        var api = new HttpApi(port);
        String s = session();
        api.post("/api/chat", json("session_id", s, "message", "i moved and the parcel is going to my old flat"));
        api.post("/api/chat", json("session_id", s, "message", "it already shipped"));
        var notHelped = api.post("/api/chat", json("session_id", s, "message", "that didnt help"));
        assertThat(notHelped.status()).isEqualTo(200);
        var typed = api.post("/api/chat", json("session_id", s, "message", "fine just give me a number to ring"));
        assertThat(typed.status()).as(typed.json().toString()).isEqualTo(200);
        assertThat(typed.json().get("reply").asString()).isNotBlank();
    }

    @Test
    void whileAPersonIsAwaitedTheBotQuestionSaysWhoWrites() {
        var api = new HttpApi(port);
        String s = session();
        JsonNode asked = api.post("/api/chat", json("session_id", s, "message", "i want to talk to a person")).json();
        assertThat(asked.get("needs_human").asBoolean()).isTrue();
        JsonNode bot = api.post("/api/chat", json("session_id", s, "message", "are you a bot?")).json();
        String[] waiting = texts.text("conversation.waiting-bot", Locale.ENGLISH).split("\\{bot\\}");
        assertThat(bot.get("reply").asString()).startsWith(waiting[0]).endsWith(waiting[1]);
        assertThat(bot.get("needs_human").asBoolean()).as("the ticket stays open").isTrue();
    }

    /** Thanks and a goodbye right after an answer: the thanks-and-goodbye reply, not the thanks alone. */
    @Test
    void thanksAndGoodbyeAfterAnAnswerGetsTheGoodbyeToo() {
        String s = session();
        JsonNode answer = new HttpApi(port).post("/api/chat", json("session_id", s, "message",
                "do you ship to canada")).json();
        assertThat(answer.get("reply").asString()).as(answer.toString())
                .isEqualTo(answerOf(jdbc, "Which countries do you ship to?"));
        JsonNode bye = new HttpApi(port).post("/api/chat", json("session_id", s, "message",
                "great, thanks a lot. bye!")).json();
        assertThat(bye.get("reply").asString()).as(bye.toString())
                .isEqualTo(texts.text("conversation.acts.welcome-bye", Locale.ENGLISH));
        assertThat(bye.get("needs_human").asBoolean()).isFalse();
    }

    /** A demand for a person in any words after "get me" hands over; someone who should come round is a visit. */
    @Test
    void aDemandForAPersonHandsOverAndSomeoneWhoComesRoundIsAQuestion() {
        var api = new HttpApi(port);
        JsonNode demand = api.post("/api/chat", json("session_id", session(), "message",
                "this is useless, get me an actual human being, now")).json();
        assertThat(demand.get("needs_human").asBoolean()).as(demand.toString()).isTrue();

        JsonNode visit = api.post("/api/chat", json("session_id", session(), "message",
                "my mug arrived cracked, can someone come round and have a look at it?")).json();
        assertThat(visit.get("needs_human").asBoolean()).as(visit.toString()).isFalse();
        assertThat(visit.get("reply").asString()).isNotBlank();
    }

    /**
     * A demanded discount after an answer gets the honest refusal from the bundle and the offer of a person, nothing
     * promised; a customer passed on to a person with a verb of handing over is handed over.
     */
    @Test
    void aDemandedDiscountIsRefusedHonestlyAndPassedOnHandsOver() {
        var api = new HttpApi(port);
        String s = session();
        api.post("/api/chat", json("session_id", s, "message", "how much does shipping cost?")).json();
        JsonNode demand = api.post("/api/chat", json("session_id", s, "message",
                "that is far too dear, i want 20% off my next order")).json();
        assertThat(demand.get("reply").asString())
                .startsWith(texts.text("conversation.concession-sorry", Locale.ENGLISH))
                .contains(texts.text("conversation.concession-offer", Locale.ENGLISH));
        assertThat(demand.get("needs_human").asBoolean()).isFalse();

        JsonNode passed = api.post("/api/chat", json("session_id", session(), "message",
                "this is going nowhere, put me through to a real person")).json();
        assertThat(passed.get("needs_human").asBoolean()).as(passed.toString()).isTrue();
    }

    /**
     * A thanks and goodbye beside a statement that asks nothing, in words no list holds ("sorted", "ta"), after an
     * answer: the closing, never "did you mean" choices (docs/dialogue.md, closing53).
     */
    @Test
    void aThanksAndGoodbyeBesideAStatementGetsTheClosingNotChoices() {
        var api = new HttpApi(port);
        String s = session();
        JsonNode answer = api.post("/api/chat", json("session_id", s, "message", "do you ship to canada")).json();
        assertThat(answer.get("reply").asString()).isEqualTo(answerOf(jdbc, "Which countries do you ship to?"));
        JsonNode bye = api.post("/api/chat", json("session_id", s, "message",
                "lovely jubbly, i'll order on friday then. ta muchly, see ya")).json();
        assertThat(bye.has("choices") && !bye.get("choices").isEmpty()).as(bye.toString()).isFalse();
        assertThat(bye.get("reply").asString()).as(bye.toString()).isIn(
                texts.text("conversation.acts.welcome-bye", Locale.ENGLISH),
                texts.text("conversation.acts.welcome", Locale.ENGLISH),
                texts.text("conversation.acts.bye", Locale.ENGLISH));
        assertThat(bye.get("needs_human").asBoolean()).isFalse();
    }

    /**
     * A demand for a person in a form no list holds (a reach verb's dropped "g", "one of you lot") hands over
     * (docs/dialogue.md, person53).
     */
    @Test
    void aDemandForAPersonInAnUnlistedFormHandsOver() {
        JsonNode demand = new HttpApi(port).post("/api/chat", json("session_id", session(), "message",
                "enough of this, i want to be speakin to one of you lot right now")).json();
        assertThat(demand.get("needs_human").asBoolean()).as(demand.toString()).isTrue();
    }
}
