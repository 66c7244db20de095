package org.answerdesk.channel.web;

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

import tools.jackson.databind.JsonNode;

/**
 * What outside testers' sets 8 and 9 found, through {@code POST /api/chat} with the sample FAQ, MiniLM and no LLM: a
 * question no entry fits opened a ticket at once, so every next question only got "the team has your message"; now
 * the chat customer is offered a person with the words to ask again, and a second such question hands over. An angry
 * customer whose problem the FAQ is unsure of gets the apology, the likely entries and the offer in one reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebUnsureAndAngryIT {

    @LocalServerPort
    int port;
    @Autowired
    Texts texts;

    private JsonNode says(String session, String message) {
        return new HttpApi(port).post("/api/chat", json("session_id", session, "message", message)).json();
    }

    @Test
    void aQuestionNoEntryFitsIsOfferedAPersonNotATicketAndTheNextOneStillGetsLookedUp() {
        String s = "u-" + UUID.randomUUID();
        JsonNode unsure = says(s, "the box came today and the mug inside is in bits");
        assertThat(unsure.get("reply").asString()).as(unsure.toString())
                .isEqualTo(texts.text("conversation.human-offer-unsure", Locale.ENGLISH));
        assertThat(unsure.get("needs_human").asBoolean()).as("no ticket yet").isFalse();

        JsonNode rephrased = says(s, "my mug arrived damaged");
        assertThat(rephrased.get("source").asString()).as("asked again, answered: " + rephrased).isEqualTo("FAQ");
        assertThat(rephrased.get("needs_human").asBoolean()).isFalse();
    }

    @Test
    void aSecondQuestionNoEntryFitsAfterTheOfferHandsOver() {
        String s = "u-" + UUID.randomUUID();
        says(s, "the box came today and the mug inside is in bits");
        JsonNode again = says(s, "can i use it on the reduced stuff tho");
        assertThat(again.get("needs_human").asBoolean()).as(again.toString()).isTrue();
    }

    @Test
    void anAngryCustomerTheFaqIsUnsureOfGetsTheApologyTheLikelyEntriesAndTheOffer() {
        String s = "u-" + UUID.randomUUID();
        JsonNode angry = says(s, "THIS IS RIDICULOUS my parcel never came and the tracking says delivered!!!");
        String reply = angry.get("reply").asString();
        assertThat(reply).as(angry.toString()).startsWith(texts.text("conversation.anger-sorry", Locale.ENGLISH))
                .contains(texts.text("conversation.anger-choices", Locale.ENGLISH))
                .endsWith(texts.text("conversation.anger-offer-after-choices", Locale.ENGLISH));
        assertThat(angry.get("choices").toString()).contains("My parcel is lost. What can I do?");
        assertThat(angry.get("needs_human").asBoolean()).isFalse();
        assertThat(says(s, "yes").get("needs_human").asBoolean()).as("the yes takes the offer").isTrue();
    }
}
