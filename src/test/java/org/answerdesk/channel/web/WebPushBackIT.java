package org.answerdesk.channel.web;

import static org.answerdesk.FaqRows.answerOf;
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
 * Push-backs, a request for a person beside a bot question and a yes that says neither, through the web API with the
 * sample FAQ and MiniLM (the policy's readings of issue 61 item 3 and of acts among unknown words, end to end: the
 * stored conversation decides "in a row", the bundles give the text).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPushBackIT {

    private static final String DELIVERY = "How long does delivery take?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Texts texts;

    private JsonNode chat(String session, String message) {
        return new HttpApi(port).chat(session, message);
    }

    @Test
    void theSecondPushBackInARowHandsOverWithNoChoices() {
        String s = "w-" + UUID.randomUUID();
        assertThat(chat(s, DELIVERY).get("reply").asString()).isEqualTo(answerOf(jdbc, DELIVERY));

        JsonNode first = chat(s, "you keep telling me the same, mate");
        assertThat(first.get("needs_human").asBoolean()).as(first.toString()).isFalse();
        assertThat(first.get("reply").asString()).doesNotContain(answerOf(jdbc, DELIVERY));

        JsonNode second = chat(s, "same rubbish again, every single time");
        assertThat(second.get("needs_human").asBoolean()).as(second.toString()).isTrue();
        assertThat(second.get("choices")).as(second.toString()).isNullOrEmpty();
    }

    @Test
    void aRequestForAPersonBesideABotQuestionHandsOver() {
        JsonNode reply = chat("w-" + UUID.randomUUID(), "are you a bot? then get me a real human to talk to");
        assertThat(reply.get("needs_human").asBoolean()).as(reply.toString()).isTrue();
    }

    @Test
    void aYesThatSaysNeitherAfterAnAnswerIsAskedWhatNext() {
        String s = "w-" + UUID.randomUUID();
        chat(s, DELIVERY);
        JsonNode reply = chat(s, "yeah nah");
        assertThat(reply.get("reply").asString()).as(reply.toString())
                .isEqualTo(texts.text("conversation.acts.what-next", Locale.ENGLISH));
        assertThat(reply.get("needs_human").asBoolean()).isFalse();
    }
}
