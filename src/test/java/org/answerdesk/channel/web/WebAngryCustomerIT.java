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
 * What outside testers' sets 8 and 9 found, through {@code POST /api/chat} with the sample FAQ, MiniLM and no LLM: an
 * angry customer whose problem the FAQ is unsure of got the apology alone (now the apology, the likely entries and
 * the offer of a person in one reply, looked up without the shouting, and the entry's answer where the closest is the
 * shop's word on that trouble); a typed "none of those" opened a ticket at once
 * (now a first push-back: the offer, and the second one hands over); "i want a human NOW" got the bot's
 * self-introduction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebAngryCustomerIT {

    @LocalServerPort
    int port;
    @Autowired
    Texts texts;

    private JsonNode says(String session, String message) {
        return new HttpApi(port).post("/api/chat", json("session_id", session, "message", message)).json();
    }

    @Test
    void anAngryCustomerWhoseTroubleTheFaqCoversGetsTheApologyThatEntrysAnswerAndTheOffer() {
        // unsure alone, but the closest entry is the shop's word on this trouble ("… What can I do?"): its answer, not
        // a pick asked of an upset customer
        String s = "u-" + UUID.randomUUID();
        JsonNode angry = says(s, "THIS IS RIDICULOUS my parcel never came and the tracking says delivered!!!");
        String reply = angry.get("reply").asString();
        assertThat(reply).as(angry.toString()).startsWith(texts.text("conversation.anger-sorry", Locale.ENGLISH))
                .contains("open an investigation with the carrier")
                .doesNotContain(texts.text("conversation.anger-choices", Locale.ENGLISH))
                .endsWith(texts.text("conversation.anger-offer-after-answer", Locale.ENGLISH));
        assertThat(angry.get("choices").toString()).doesNotContain("My parcel is lost. What can I do?");
        assertThat(angry.get("needs_human").asBoolean()).isFalse();
        assertThat(says(s, "yes").get("needs_human").asBoolean()).as("the yes takes the offer").isTrue();
    }

    /** After an answer, its figure said back in outrage and a demand: the honest refusal and the offer, not choices. */
    @Test
    void aPriceSaidBackInOutrageThenADemandGetsTheRefusalAndTheOffer() {
        String s = "u-" + UUID.randomUUID();
        assertThat(says(s, "How much does shipping cost?").get("source").asString()).isEqualTo("FAQ");
        JsonNode pushBack = says(s, "$6.95 just for shipping?? seriously. waive it and take 10% off my order");
        assertThat(pushBack.get("reply").asString()).as(pushBack.toString())
                .contains(texts.text("conversation.concession-sorry", Locale.ENGLISH))
                .contains(texts.text("conversation.concession-offer", Locale.ENGLISH));
        assertThat(pushBack.get("needs_human").asBoolean()).isFalse();
        assertThat(says(s, "yes").get("needs_human").asBoolean()).as("the yes takes the offer").isTrue();
    }

    /** "How long?" after the offer of a person, before any handover, asks when a person comes: no FAQ entry. */
    @Test
    void howLongAfterTheOfferOfAPersonSaysNoOneHasItYetAndOffersOne() {
        String s = "u-" + UUID.randomUUID();
        JsonNode offer = says(s, "Who won the football world cup in 1986?");
        assertThat(offer.get("needs_human").asBoolean()).as(offer.toString()).isFalse();
        JsonNode howLong = says(s, "how long will that take then");
        assertThat(howLong.get("reply").asString()).as(howLong.toString())
                .isEqualTo(texts.text("conversation.human-offer-not-yet", Locale.ENGLISH));
        assertThat(howLong.get("needs_human").asBoolean()).isFalse();
        assertThat(says(s, "yes").get("needs_human").asBoolean()).as("the yes takes the offer").isTrue();
    }

    @Test
    void aTypedRejectionOfTheChoicesIsAFirstPushBackAndTheSecondHandsOver() {
        String s = "u-" + UUID.randomUUID();
        JsonNode choices = says(s, "good morning! problem with the jumper i got");
        assertThat(choices.get("choices")).as(choices.toString()).isNotEmpty();
        JsonNode rejected = says(s, "none of those");
        assertThat(rejected.get("reply").asString()).as(rejected.toString())
                .isEqualTo(texts.text("conversation.human-offer-rejected", Locale.ENGLISH));
        assertThat(rejected.get("needs_human").asBoolean()).as("no ticket at the first push-back").isFalse();
        assertThat(says(s, "thats not it either").get("needs_human").asBoolean()).as("the second").isTrue();
    }

    @Test
    void wantingAHumanHandsOver() {
        JsonNode reply = says("u-" + UUID.randomUUID(), "i dont want a bot i want a human NOW");
        assertThat(reply.get("needs_human").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.get("reply").asString()).isEqualTo(texts.text("conversation.human-requested", Locale.ENGLISH));
    }

    /** A request for a person after a verdict that the bot did not help: the handover opens with the apology. */
    @Test
    void anAngryRequestForAPersonIsApologisedTo() {
        JsonNode reply = says("u-" + UUID.randomUUID(), "that did not help at all. I want to talk to someone");
        assertThat(reply.get("needs_human").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.get("reply").asString()).isEqualTo(texts.text("conversation.anger-sorry", Locale.ENGLISH)
                + " " + texts.text("conversation.human-requested", Locale.ENGLISH));
    }
}
