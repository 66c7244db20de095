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
import org.answerdesk.SampleFaqMisses;

/**
 * Set 18's push-back and angry customer (docs/dialogue.md, "acts10") through {@code POST /api/chat}, with the sample
 * FAQ, MiniLM and no LLM: after a miss, a rejection that says the question again got the entries of its few words
 * (now the apology and the offer of a person, and the second push-back hands over); an angry customer in words main did not
 * read ("absolutely fumin") got the answer with no apology (now the apology, the answer the problem names, the offer).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPushBackAngerIT {

    @LocalServerPort
    int port;
    @Autowired
    Texts texts;

    private JsonNode says(String session, String message) {
        return new HttpApi(port).post("/api/chat", json("session_id", session, "message", message)).json();
    }

    @Test
    void aRejectionThatSaysTheQuestionAgainAfterAMissGetsTheApologyAndTheOfferThenTheSecondHandsOver() {
        String s = "u-" + UUID.randomUUID();
        JsonNode miss = says(s, SampleFaqMisses.SERVICE);
        assertThat(miss.get("needs_human").asBoolean()).as(miss.toString()).isFalse();
        JsonNode rejected = says(s, "that is not my question, i ask can you sharpen my knives");
        assertThat(rejected.get("reply").asString()).as(rejected.toString())
                .isEqualTo(texts.text("conversation.human-offer-rejected", Locale.ENGLISH));
        assertThat(rejected.get("needs_human").asBoolean()).as("no ticket at the first push-back").isFalse();
        JsonNode again = says(s, "still not it, same again");
        assertThat(again.get("needs_human").asBoolean()).as(again.toString()).isTrue();
    }

    @Test
    void anAngryCustomerWhoseProblemTheFaqCoversGetsTheApologyTheAnswerAndTheOffer() {
        JsonNode angry = says("u-" + UUID.randomUUID(), "the vase came smashed to pieces, absolutely fumin");
        String reply = angry.get("reply").asString();
        assertThat(reply).as(angry.toString()).startsWith(texts.text("conversation.anger-sorry", Locale.ENGLISH))
                .contains("within 14 days")
                .endsWith(texts.text("conversation.anger-offer-after-answer", Locale.ENGLISH));
        assertThat(angry.get("needs_human").asBoolean()).isFalse();
    }
}
