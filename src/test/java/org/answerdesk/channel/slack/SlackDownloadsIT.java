package org.answerdesk.channel.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.Await;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.answerdesk.channel.whatsapp.FakeGraphApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A Slack customer's file whose body trickles (WireMock as Slack, the headers at once, then a byte a second) is cut
 * at the download deadline each time, and given up after its attempts with the customer told: no attempt reads it
 * for minutes. Same context as {@code SlackDidItHelpIT} (download time-out 2 s, 4 attempts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {FakeTelegram.Settings.class, SlackTestServer.class, FakeGraphApi.class})
@TestPropertySource(properties = "answerdesk.conversation.ask-if-helped=true")
class SlackDownloadsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWhoseBodyTricklesIsCutAtTheDeadlineAndGivenUpAfterItsAttempts() {
        String dm = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String user = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String fileId = "F" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/files-pri/T1-" + fileId + "/mug.png";
        SlackTestServer.API.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer xoxb-fake"))
                .willReturn(aResponse().withBody(new byte[120]).withChunkedDribbleDelay(120, 120_000)));
        var payload = SlackFixtures.json("message_im.json");
        String eventId = "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        payload.put("event_id", eventId);
        var event = SlackFixtures.event(payload);
        event.put("subtype", "file_share").put("channel", dm).put("user", user).put("text", "")
            .put("ts", SlackFixtures.now() + ".000300");
        event.remove("blocks");
        String url = SlackTestServer.API.baseUrl() + path;
        event.putArray("files").addObject().put("id", fileId).put("name", "mug.png").put("title", "mug.png")
            .put("mimetype", "image/png").put("url_private", url).put("url_private_download", url);

        assertThat(SlackFixtures.deliver(port, payload).status()).isEqualTo(200);

        String refused = Await.await(() -> jdbc.sql("""
                select a.refused from attachment a join inbox i on i.message_id = a.message_id
                where i.channel = 'SLACK' and i.event_id = :e""").param("e", eventId).query(String.class)
                .optional().orElse(null), r -> r != null, "the trickling file given up");
        assertThat(refused).isEqualTo("DOWNLOAD_FAILED");
        // the stand-in journals a request it is still dribbling out on its own thread: wait for it, never count early
        Await.await(() -> SlackTestServer.API.findAll(getRequestedFor(urlPathEqualTo(path))).size(), n -> n >= 4,
            "every attempt cut");
        assertThat(SlackTestServer.API.findAll(getRequestedFor(urlPathEqualTo(path)))).as("every attempt cut")
            .hasSize(4);
        SlackTestServer.awaitPostTo(dm, 0, "could not fetch");
    }
}
