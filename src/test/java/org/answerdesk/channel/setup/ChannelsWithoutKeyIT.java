package org.answerdesk.channel.setup;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without ANSWERDESK_SECRET_KEY no secret is stored, and everything else runs. The default test context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChannelsWithoutKeyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storingASecretIsRefusedWithWhatToSet() {
        var api = new HttpApi(port);
        var put = api.put("/api/channels/telegram", json("bot_token", "123:a-token-to-keep"), HttpApi.ADMIN);
        assertThat(put.status()).isEqualTo(409);
        assertThat(put.json().get("error").asString()).contains("set ANSWERDESK_SECRET_KEY");
        assertThat(jdbc.sql("select count(*) from channel_setting").query(Long.class).single()).isZero();
        // nor a mailbox's sign-in with its provider, whose refresh token would have nowhere to go
        var signIn = api.post("/api/channels/email/sign-in", json("imap_host", "imap.shop.example",
                "imap_username", "support@shop.example", "smtp_host", "smtp.shop.example", "oauth_provider",
                "microsoft", "oauth_client_id", "an-app"), HttpApi.ADMIN);
        assertThat(signIn.status()).isEqualTo(409);
        assertThat(signIn.json().get("error").asString()).contains("set ANSWERDESK_SECRET_KEY");
        var channels = api.get("/api/channels", HttpApi.ADMIN);
        assertThat(channels.status()).isEqualTo(200);
        assertThat(channels.body()).contains("\"channel\":\"WEB\",\"state\":\"CONNECTED\"")
                .contains("\"channel\":\"TELEGRAM\",\"state\":\"NOT_CONFIGURED\"");
        assertThat(api.get("/api/channels").status()).isEqualTo(401);
    }
}
