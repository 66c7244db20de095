package org.answerdesk.llm;

import org.answerdesk.ReadsTheLog;
import static org.answerdesk.FaqRows.answerOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The LLM fallback through langchain4j's OpenAI client, against WireMock acting as an OpenAI-compatible server; and
 * follow-ups rewritten by it to stand alone ({@link FollowUpRewriteCases}, in this class's context).
 */
@ReadsTheLog
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// In the side lane: no other class has its settings, and its context polls none of the shared fakes.
@SideLane
class LlmFallbackIT {

    static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        llm.start();
    }

    @DynamicPropertySource
    static void llmProperties(DynamicPropertyRegistry registry) {
        FakeOpenAi.register(registry, llm, "1500ms");
        registry.add("answerdesk.llm.api-key", () -> "test-key");
        registry.add("answerdesk.llm.rewrite-timeout", () -> "3s");
    }

    @AfterAll
    static void stop() {
        llm.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void reset() {
        llm.resetAll();
    }

    static String completion(String text) {
        return FakeOpenAi.completion(text);
    }

    JsonNode ask(String question) {
        return new HttpApi(port).post("/api/chat", json("session_id", "llm-" + UUID.randomUUID(), "message", question))
                .json();
    }

    @Test
    void answersWhatTheFaqDoesNotCoverAndRecordsModelTokensAndLatency() {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(completion("We do not repair watches, sorry."))));

        JsonNode body = ask("Do you appraise antique pocket watches?");

        assertThat(body.get("source").asString()).isEqualTo("LLM");
        assertThat(body.get("reply").asString()).isEqualTo("We do not repair watches, sorry.");
        assertThat(body.get("needs_human").asBoolean()).isFalse();
        var row = jdbc.sql("select model, tokens_in, tokens_out, latency_ms from message where id = :id")
                .param("id", body.get("message_id").asLong()).query().singleRow();
        assertThat(row.get("model")).isEqualTo("test-model-2025");
        assertThat(row.get("tokens_in")).isEqualTo(123);
        assertThat(row.get("tokens_out")).isEqualTo(17);
        assertThat(row.get("latency_ms")).as("the answer's latency is stored").isNotNull();
        // the prompt carries the system template, the question and the closest FAQ entries as context
        llm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(containing("Do you appraise antique pocket watches?"))
                .withRequestBody(containing("FAQ excerpts")));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void cardNumbersAndIbansNeverReachTheModelNorTheLog(CapturedOutput output) {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(completion("Noted."))));
        String question = "Do you appraise antique pocket watches? Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00";

        JsonNode body = ask(question);

        assertThat(body.get("reply").asString()).isEqualTo("Noted.");
        var requests = llm.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
        assertThat(requests).isNotEmpty().allSatisfy(r -> assertThat(r.getBodyAsString())
                .contains("pocket watches? Card [card], IBAN [iban]")
                .doesNotContain("4111 1111", "4111111111111111", "DE89 3704", "DE89370400440532013000"));
        // the customer's own conversation keeps what they wrote (ANSWERDESK_REDACTION_STORED_TEXT is off)
        assertThat(jdbc.sql("select text from message where conversation_id = :c and direction = 'IN'")
                .param("c", body.get("conversation_id").asLong()).query(String.class).single()).isEqualTo(question);

        LoggerFactory.getLogger(LlmFallbackIT.class).warn("customer wrote: {}", question,
                new IllegalStateException("refused value 4111-1111-1111-1111"));
        assertThat(output.getAll()).contains("customer wrote: Do you appraise antique pocket watches? Card [card], IBAN [iban]")
                .contains("refused value [card]")
                .doesNotContain("4111 1111 1111 1111", "4111-1111-1111-1111", "DE89 3704 0044 0532 0130 00");
    }

    @Test
    void whenTheModelSaysItCannotAnswerAPersonTakesOver() {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(completion("[[HANDOFF]]"))));

        JsonNode body = ask("Why did your fraud department put a flag on me last Tuesday?");

        assertThat(body.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(body.get("needs_human").asBoolean()).isTrue();
        assertThat(body.get("reply").asString()).doesNotContain("HANDOFF").contains("person");
        String reason = jdbc.sql("select reason from handoff where conversation_id = :c")
                .param("c", body.get("conversation_id").asLong()).query(String.class).single();
        assertThat(reason).isEqualTo(org.answerdesk.dialogue.HandoffReasons.LLM_DECLINED);
    }

    @Test
    void serverErrorIsRetriedOnceThenHandedToAPerson() {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));

        JsonNode body = ask("Can you recommend a good plumber near me?");

        assertThat(body.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(body.get("needs_human").asBoolean()).isTrue();
        // the free-text answer is tried twice (the model's choice among the entries before it, once)
        llm.verify(2, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("FAQ excerpts")));
    }

    @Test
    void timeoutIsRetriedOnceThenHandedToAPerson() {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withFixedDelay(4000).withHeader("Content-Type", "application/json")
                        .withBody(completion("too late"))));

        // a need the FAQ does not cover, not small talk (which the bot answers itself)
        JsonNode body = ask("Do you sell tickets for the opera in Vienna?");

        assertThat(body.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(body.get("needs_human").asBoolean()).isTrue();
        // the free-text answer is tried twice (the model's choice among the entries before it, once)
        llm.verify(2, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("FAQ excerpts")));
    }

    @Test
    void followUpQuestionsCarryTheConversationHistory() {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(completion("Noted."))));
        var api = new HttpApi(port);
        String session = "llm-history-" + UUID.randomUUID();
        api.post("/api/chat", json("session_id", session, "message", "My cat is called Whiskers and likes boxes."));
        api.post("/api/chat", json("session_id", session, "message", "Which of your boxes would suit my pet?"));

        llm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("Which of your boxes would suit my pet?"))
                .withRequestBody(containing("My cat is called Whiskers")));
    }

    // follow-ups rewritten by the model, in this class's context (a context of their own would cost CI a start)

    @Test
    void aFollowUpIsRewrittenByTheModelWithThePreviousQuestionAndAnswered() {
        cases().aFollowUpIsRewrittenByTheModelWithThePreviousQuestionAndAnswered();
    }

    @Test
    void aRewriteTheFaqIsNotConfidentOfFallsBackToReadingWithThePreviousQuestion() {
        cases().aRewriteTheFaqIsNotConfidentOfFallsBackToReadingWithThePreviousQuestion();
    }

    @Test
    void aServerErrorOrATimeOutFallsBackToReadingWithThePreviousQuestion() {
        cases().aServerErrorOrATimeOutFallsBackToReadingWithThePreviousQuestion();
    }

    @Test
    void thanksAndPressesNeverReachTheModel() {
        cases().thanksAndPressesNeverReachTheModel();
    }

    @Test
    void noContextIsRewrittenFromAcrossAReset() {
        cases().noContextIsRewrittenFromAcrossAReset();
    }

    // questions in a language the FAQ lacks, translated by the model for the lookup (issue 51, item 5)

    /** Words of prompts/translate.md that no other prompt has. */
    static final String TRANSLATE_PROMPT = "Translate it";
    static final String GERMAN_DELIVERY = "Wie lange dauert die Lieferung zu mir nach Hause?";

    @Test
    void aQuestionInALanguageTheFaqLacksIsLookedUpAsTheModelTranslatesIt() {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(completion("Das wissen wir leider nicht."))));
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing(TRANSLATE_PROMPT))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(completion("How long does delivery take?"))));
        double answered = meters.counter("answerdesk.faq.translated.lookups", "result", "answered").count();

        JsonNode body = ask(GERMAN_DELIVERY);

        // the owner's entry answers, found through the translation; the customer never sees the translation
        assertThat(body.get("source").asString()).isEqualTo("FAQ");
        assertThat(body.get("reply").asString()).isEqualTo(answerOf(jdbc, "How long does delivery take?"));
        llm.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(TRANSLATE_PROMPT))
                .withRequestBody(containing("<customer_message>\\n" + GERMAN_DELIVERY))
                .withRequestBody(containing("The message is in German")));
        assertThat(meters.counter("answerdesk.faq.translated.lookups", "result", "answered").count())
                .isEqualTo(answered + 1);
    }

    @Test
    void withTheModelDownTheQuestionIsLookedUpAsWrittenAndAnEnglishOneIsNeverTranslated() {
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
        double failed = meters.counter("answerdesk.llm.translations", "outcome", "failed").count();

        JsonNode german = ask(GERMAN_DELIVERY);
        JsonNode english = ask("Do you appraise antique pocket watches?");

        // as without a translation: no FAQ answer from it, the conversation goes on (a person, the model failing)
        assertThat(german.get("source").asString()).isNotEqualTo("FAQ");
        assertThat(german.get("reply").asString()).isNotBlank();
        assertThat(english.get("reply").asString()).isNotBlank();
        assertThat(meters.counter("answerdesk.llm.translations", "outcome", "failed").count()).isEqualTo(failed + 1);
        llm.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(TRANSLATE_PROMPT)));
        llm.verify(0, postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(TRANSLATE_PROMPT))
                .withRequestBody(containing("antique pocket watches")));
    }

    private FollowUpRewriteCases cases() {
        return new FollowUpRewriteCases(llm, new HttpApi(port), jdbc, meters);
    }
}
