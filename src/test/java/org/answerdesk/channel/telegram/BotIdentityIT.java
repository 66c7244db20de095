package org.answerdesk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.answerdesk.Await;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** {@code getMe} through a real HTTP client against a Bot API stand-in that fails first. */
@WaitLane
class BotIdentityIT {

    private static final String GET_ME = "/bot123:fake/getme";

    private final WireMockServer api = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void start() {
        api.start();
        api.stubFor(post(urlPathEqualTo(GET_ME)).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")).willSetStateTo("up"));
        api.stubFor(post(urlPathEqualTo(GET_ME)).inScenario("down").whenScenarioStateIs("up")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Shop Help","username":"shop_help_bot"}}
                        """)));
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void anUnreachableBotApiIsNotAskedAgainForEveryMessageAndIsAskedOnceItIsTimeTo() {
        var client = new OkHttpTelegramClient("123:fake", new TelegramUrl("http", "localhost", api.port(), false));
        var identity = new BotIdentity(client, Duration.ofSeconds(3));

        assertThat(identity.user()).isEmpty();
        assertThat(identity.name()).isEqualTo("the support bot");
        assertThat(identity.username()).isNull();
        api.verify(1, postRequestedFor(urlPathEqualTo(GET_ME)));

        Await.pause(3200); // lets the 3 s back-off under test run out: BotIdentity reads the real clock, no signal
        assertThat(identity.username()).isEqualTo("shop_help_bot");
        assertThat(identity.name()).isEqualTo("Shop Help");
        api.verify(2, postRequestedFor(urlPathEqualTo(GET_ME)));
    }
}
