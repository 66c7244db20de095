package org.answerdesk.channel.setup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.ReadsTheLog;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.github.tomakehurst.wiremock.http.Fault;

import tools.jackson.databind.JsonNode;

/**
 * WhatsApp connected from the admin API at run time, against a stand-in Graph API on loopback: its webhook, a
 * controller of the channel's own context, answers through the app's {@code RunTimeRoutes} once connected and is a
 * 404 again once disconnected. Same context as {@link ChannelsIT}: no access token in the environment.
 */
@ReadsTheLog
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ChannelsIT.Settings.class)
@ExtendWith(OutputCaptureExtension.class)
class WhatsAppChannelIT {

    /** A phone number id whose server drops the connection. */
    private static final String DROPPING = "5550000000";
    private static final String HANDSHAKE = "/whatsapp/webhook?hub.mode=subscribe&hub.verify_token="
            + FakeGraphApi.VERIFY_TOKEN + "&hub.challenge=4242";

    static {
        ChannelsIT.WHATSAPP.stubFor(get(urlPathEqualTo("/v21.0/" + DROPPING))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private HttpApi api;

    static String settings(String token, String phoneNumberId) {
        return json("access_token", token, "phone_number_id", phoneNumberId, "app_secret", FakeGraphApi.APP_SECRET,
                "verify_token", FakeGraphApi.VERIFY_TOKEN);
    }

    @BeforeEach
    @AfterEach
    void disconnected() {
        api = new HttpApi(port);
        api.delete("/api/channels/whatsapp", HttpApi.ADMIN);
        jdbc.sql("delete from channel_setting").update();
        Await.await(this::whatsapp, w -> w.get("state").asString().equals("NOT_CONFIGURED"), "whatsapp stopped");
    }

    @Test
    void aNumberConnectedAtRunTimeAnswersACustomerWithoutARestart(CapturedOutput log) {
        assertThat(api.get(HANDSHAKE).status()).as("no webhook before").isEqualTo(404);
        var connected = api.put("/api/channels/whatsapp", settings(FakeGraphApi.ACCESS_TOKEN,
                FakeGraphApi.PHONE_NUMBER_ID), HttpApi.ADMIN);
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.json().get("state").asString()).isEqualTo("CONNECTED");
        assertThat(connected.json().get("source").asString()).isEqualTo("ADMIN");
        assertThat(connected.json().get("account").asString()).isEqualTo("Answerdesk Test Shop +1 555-0100");

        // Meta's handshake, then a customer's message through the webhook, answered through the Graph API
        var handshake = api.get(HANDSHAKE);
        assertThat(handshake.status()).as(handshake.body()).isEqualTo(200);
        assertThat(handshake.body()).isEqualTo("4242");
        String customer = FakeGraphApi.nextNumber();
        var delivered = FakeGraphApi.deliverSigned(port, FakeGraphApi.textMessage(customer,
                "How can I reset my password?"));
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        var answer = Await.await(() -> FakeGraphApi.calls(ChannelsIT.WHATSAPP).stream()
                .filter(s -> s.to().equals(customer)).toList(), a -> !a.isEmpty(), "the answer on WhatsApp").get(0);
        assertThat(answer.text()).containsIgnoringCase("password");

        String secrets = FakeGraphApi.ACCESS_TOKEN + "|" + FakeGraphApi.APP_SECRET + "|" + FakeGraphApi.VERIFY_TOKEN;
        byte[] sealed = jdbc.sql("select sealed from channel_setting where channel = 'WHATSAPP'")
                .query(byte[].class).single();
        for (String secret : secrets.split("\\|")) {
            assertThat(connected.body() + api.get("/api/channels", HttpApi.ADMIN).body()).doesNotContain(secret);
            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
            assertThat(log.getAll()).doesNotContain(secret);
        }
        assertThat(api.post("/api/channels/whatsapp/test", "{}", HttpApi.ADMIN).status()).isEqualTo(200);

        assertThat(api.delete("/api/channels/whatsapp", HttpApi.ADMIN).json().get("state").asString())
                .isEqualTo("NOT_CONFIGURED");
        assertThat(api.get(HANDSHAKE).status()).as("no webhook once disconnected").isEqualTo(404);
    }

    @Test
    void aWrongTokenOrNumberIsRefusedWithItsReasonAndChangesNothing(CapturedOutput log) {
        var wrong = api.put("/api/channels/whatsapp", settings("EAAG-a-typo", FakeGraphApi.PHONE_NUMBER_ID),
                HttpApi.ADMIN);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asString()).contains("WhatsApp refused", "Invalid OAuth access token")
                .doesNotContain("a-typo");
        var unreachable = api.put("/api/channels/whatsapp", settings(FakeGraphApi.ACCESS_TOKEN, DROPPING),
                HttpApi.ADMIN);
        assertThat(unreachable.status()).isEqualTo(502);
        assertThat(unreachable.json().get("error").asString()).contains("could not be reached");
        var phoneNumber = api.put("/api/channels/whatsapp", settings(FakeGraphApi.ACCESS_TOKEN, "+49 151 2345"),
                HttpApi.ADMIN);
        assertThat(phoneNumber.status()).isEqualTo(400);
        assertThat(phoneNumber.json().get("error").asString()).contains("not the phone number");
        var header = api.put("/api/channels/whatsapp", settings("EAAG\r\nX-Injected: 1", "1"), HttpApi.ADMIN);
        assertThat(header.status()).isEqualTo(400);
        var halfFilled = api.put("/api/channels/whatsapp", json("access_token", FakeGraphApi.ACCESS_TOKEN),
                HttpApi.ADMIN);
        assertThat(halfFilled.status()).isEqualTo(400);
        assertThat(halfFilled.json().get("error").asString()).contains("phone_number_id is required");

        assertThat(whatsapp().get("state").asString()).isEqualTo("NOT_CONFIGURED");
        assertThat(jdbc.sql("select count(*) from channel_setting").query(Long.class).single()).isZero();
        assertThat(log.getAll()).doesNotContain("a-typo");
    }

    private JsonNode whatsapp() {
        for (JsonNode channel : api.get("/api/channels", HttpApi.ADMIN).json()) {
            if (channel.get("channel").asString().equals("WHATSAPP")) {
                return channel;
            }
        }
        throw new AssertionError("no whatsapp channel");
    }
}
