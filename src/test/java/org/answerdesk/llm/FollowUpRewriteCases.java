package org.answerdesk.llm;

import static org.answerdesk.FaqRows.answerOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.HttpApi;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Follow-ups rewritten by the LLM through the web API, with WireMock as the model and the sample FAQ (run by
 * {@link LlmFallbackIT}, in its Spring context, with {@code rewrite-timeout=3s}): "and to the UK?" after the delivery
 * question is rewritten from that question and answered with the delivery entry; a rewrite the FAQ is not confident
 * of, a server error and a time-out fall back to reading it with the previous question; thanks and presses never
 * reach the model; nothing is rewritten from across a reset.
 */
final class FollowUpRewriteCases {

    static final String CHAT = "/v1/chat/completions";
    /** Words of prompts/rewrite.md that no other prompt has. */
    static final String REWRITE_PROMPT = "one question that stands alone";
    static final String DELIVERY = "How long does delivery take?";
    static final String FOLLOW_UP = "and to the UK?";

    private final WireMockServer llm;
    private final HttpApi api;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    FollowUpRewriteCases(WireMockServer llm, HttpApi api, JdbcClient jdbc, MeterRegistry meters) {
        this.llm = llm;
        this.api = api;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    void aFollowUpIsRewrittenByTheModelWithThePreviousQuestionAndAnswered() {
        llm.stubFor(rewrite().willReturn(ok("How long does delivery to the UK take?")));
        double before = rewrites("rewritten");
        String s = session();
        JsonNode next = chat(s, FOLLOW_UP);

        assertThat(next.get("source").asString()).isEqualTo("FAQ");
        assertThat(next.get("reply").asString()).isEqualTo(answerOf(jdbc, DELIVERY));
        llm.verify(1, rewriteRequest().withRequestBody(containing("<customer_message>\\n" + DELIVERY))
                .withRequestBody(containing("<customer_message>\\n" + FOLLOW_UP))
                .withRequestBody(containing("<faq_question>\\n" + DELIVERY)));
        assertThat(llm.findAll(postRequestedFor(urlPathEqualTo(CHAT)))).as("only the rewrite was asked").hasSize(1);
        assertThat(rewrites("rewritten")).isEqualTo(before + 1);
    }

    void aRewriteTheFaqIsNotConfidentOfFallsBackToReadingWithThePreviousQuestion() {
        llm.stubFor(rewrite().willReturn(ok("Which medieval castle in Scotland has the tallest tower?")));
        JsonNode next = chat(session(), FOLLOW_UP);

        assertThat(next.get("reply").asString()).isEqualTo(answerOf(jdbc, DELIVERY));
        llm.verify(1, rewriteRequest());
        assertThat(llm.findAll(postRequestedFor(urlPathEqualTo(CHAT)))).hasSize(1);
    }

    void aServerErrorOrATimeOutFallsBackToReadingWithThePreviousQuestion() {
        llm.stubFor(rewrite().willReturn(aResponse().withStatus(500)));
        double failed = rewrites("failed");
        assertThat(chat(session(), FOLLOW_UP).get("reply").asString()).isEqualTo(answerOf(jdbc, DELIVERY));
        llm.verify(1, rewriteRequest()); // asked once: the customer waits
        assertThat(rewrites("failed")).isEqualTo(failed + 1);

        llm.resetAll();
        llm.stubFor(rewrite().willReturn(ok("How long does delivery to the UK take?").withFixedDelay(8000)));
        assertThat(chat(session(), FOLLOW_UP).get("reply").asString()).isEqualTo(answerOf(jdbc, DELIVERY));
        llm.verify(1, rewriteRequest());
        assertThat(rewrites("failed")).isEqualTo(failed + 2);
    }

    void thanksAndPressesNeverReachTheModel() {
        String s = session();
        assertThat(chat(s, "thanks").get("needs_human").asBoolean()).isFalse();
        String other = "t-" + UUID.randomUUID();
        JsonNode offer = chat(other, "money back");
        assertThat(offer.get("choices").size()).as("choices to press").isPositive();
        JsonNode pressed = api.post("/api/chat", json("session_id", other, "choice",
                offer.get("choices").get(0).get("payload").asString())).json();
        assertThat(pressed.get("source").asString()).isEqualTo("FAQ");

        llm.verify(0, postRequestedFor(urlPathEqualTo(CHAT)));
    }

    void noContextIsRewrittenFromAcrossAReset() {
        String s = session();
        assertThat(api.post("/api/reset", json("session_id", s)).status()).isEqualTo(200);
        chat(s, FOLLOW_UP);
        llm.verify(0, rewriteRequest());
    }

    /** A web session whose first question got the delivery entry's answer. */
    private String session() {
        String s = "rw-" + UUID.randomUUID();
        assertThat(chat(s, DELIVERY).get("reply").asString()).isEqualTo(answerOf(jdbc, DELIVERY));
        return s;
    }

    private JsonNode chat(String session, String message) {
        return api.post("/api/chat", json("session_id", session, "message", message)).json();
    }

    private double rewrites(String outcome) {
        return meters.counter("answerdesk.llm.rewrites", "outcome", outcome).count();
    }

    private static MappingBuilder rewrite() {
        return post(urlPathEqualTo(CHAT)).withRequestBody(containing(REWRITE_PROMPT));
    }

    private static RequestPatternBuilder rewriteRequest() {
        return postRequestedFor(urlPathEqualTo(CHAT)).withRequestBody(containing(REWRITE_PROMPT));
    }

    private static ResponseDefinitionBuilder ok(String text) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(FakeOpenAi.completion(text));
    }
}
