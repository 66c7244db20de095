package org.answerdesk.channel.email;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.HeldResponses;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.Test;

/**
 * The mailbox keeps being read while the LLM takes its time: WireMock, as the OpenAI server, holds the answer to
 * an off-topic mail until the test lets go; a FAQ mail that arrives meanwhile is answered at once.
 */
@SideLane
class EmailSlowLlmIT {

    static final HeldResponses held = new HeldResponses();

    @Test
    void aFaqMailIsAnsweredWhileTheLlmStillThinksAboutAnEarlierOne() throws Exception {
        var llm = new WireMockServer(wireMockConfig().dynamicPort().extensions(held));
        llm.start();
        llm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"c1","object":"chat.completion","created":1700000000,"model":"test-model",
                         "choices":[{"index":0,"message":{"role":"assistant","content":"Our bakery opens at 7."},
                         "finish_reason":"stop"}],"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}
                        """).withTransformers("held")));
        String login = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        TestMailServer.MAIL.setUser(login + "@answerdesk.test", login, TestMailServer.PASSWORD);
        try (var app = TestMailServer.startApp("answerdesk.mail.imap-username=" + login,
                "answerdesk.mail.poll-interval=1s", "answerdesk.llm.provider=openai",
                "answerdesk.llm.base-url=" + llm.baseUrl() + "/v1", "answerdesk.llm.model=test-model",
                "answerdesk.llm.timeout=60s")) {
            String slow = "slow-" + UUID.randomUUID() + "@customer.test";
            String fast = "fast-" + UUID.randomUUID() + "@customer.test";
            TestMailServer.deliverTo(login, TestMailServer.mail(slow, "<" + UUID.randomUUID() + "@customer.test>",
                    "Castles", "Which medieval castle in Scotland has the tallest tower?"));
            await(held::arrived, n -> n == 1, "the off-topic mail reaching the LLM");

            TestMailServer.deliverTo(login, TestMailServer.mail(fast, "<" + UUID.randomUUID() + "@customer.test>",
                    "Password", "How do I reset my password?"));
            await(() -> TestMailServer.sentTo(fast).size(), n -> n == 1, "the FAQ answer while the LLM is held");
            assertThat(TestMailServer.sentTo(slow)).isEmpty();

            held.release();
            await(() -> TestMailServer.sentTo(slow).size(), n -> n == 1, "the LLM's answer once released");
            assertThat(TestMailServer.body(TestMailServer.sentTo(slow).get(0))).contains("Our bakery opens at 7.");
        } finally {
            held.release();
            llm.stop();
        }
    }
}
