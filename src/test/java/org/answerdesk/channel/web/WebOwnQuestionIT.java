package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import org.answerdesk.SampleFaqMisses;

/**
 * A question of its own after a miss, through the web API with the sample FAQ and MiniLM (issue 61, Wanted 1: the rule
 * "the second miss in a row opens a ticket" holds per question): the stored conversation decides what the last reply
 * was for, and a second question that names other things gets its own first miss, no ticket; the same question missed
 * again opens one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebOwnQuestionIT {

    private static final String KNIVES = SampleFaqMisses.SERVICE;

    @LocalServerPort
    int port;

    private JsonNode chat(String session, String message) {
        return new HttpApi(port).chat(session, message);
    }

    @Test
    void aNewQuestionAfterAMissIsNotHandedOverButTheSameOneAgainIs() {
        String s = "own-" + UUID.randomUUID();
        JsonNode first = chat(s, SampleFaqMisses.PRODUCT);
        assertThat(first.get("needs_human").asBoolean()).as(first.toString()).isFalse();
        assertThat(first.get("reply").asString()).contains("person");

        JsonNode other = chat(s, KNIVES);
        assertThat(other.get("needs_human").asBoolean()).as("a question of its own: " + other).isFalse();
        assertThat(other.get("reply").asString()).contains("person");

        JsonNode again = chat(s, KNIVES);
        assertThat(again.get("needs_human").asBoolean()).as("the same question missed again: " + again).isTrue();
    }
}
