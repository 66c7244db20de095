package org.answerdesk.channel.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.HttpApi;
import org.answerdesk.db.DataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A desk post stored but not sent before the app stops (Slack answered 503 until then) is sent after the restart,
 * exactly once, and becomes the handoff's thread.
 */
class SlackDeskRestartIT {

    static final String DESK = "C0DESK0002";

    @Test
    void aDeskPostStoredBeforeAStopIsSentOnceAfterTheRestart() throws Exception {
        Path dataDir = DataDirs.startedOnce("desk-restart"); // the subject is the restart, not the first start's initdb
        String marker = "gnomon" + ProcessHandle.current().pid() + System.nanoTime() % 100000;
        var down = SlackTestServer.API.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(aResponse().withStatus(503)));
        long conversation;
        try (var app = start(dataDir)) {
            var first = new HttpApi(port(app)).post("/api/chat", json("session_id", "restart-" + marker,
                    "message", "I want to talk to a person about my " + marker + " order")).json();
            assertThat(first.get("needs_human").asBoolean()).as(first.toString()).isTrue();
            conversation = first.get("conversation_id").asLong();
            await(() -> SlackDeskOutboxIT.calls(marker).size(), n -> n >= 2, "Slack refusing the summary");
        }
        assertThat(SlackDeskOutboxIT.calls(marker)).noneMatch(SlackDeskOutboxIT::ok);
        SlackTestServer.API.removeStub(down);

        try (var app = start(dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            await(() -> jdbc.sql("""
                    select p.status from desk_post p join handoff h on h.id = p.handoff_id
                    where h.conversation_id = :c and p.kind = 'SUMMARY'""").param("c", conversation)
                    .query(String.class).single(), "SENT"::equals, "the summary sent after the restart");
            var sent = SlackDeskOutboxIT.calls(marker).stream().filter(SlackDeskOutboxIT::ok).toList();
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0).getRequest().getBodyAsString()).contains("Handoff");
            assertThat(jdbc.sql("select desk_ref from handoff where conversation_id = :c").param("c", conversation)
                    .query(String.class).single()).startsWith(DESK + ":");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(AnswerdeskApplication.class)
                .initializers(new SlackTestServer())
                .run("--server.port=0", "--answerdesk.data-dir=" + dataDir, "--answerdesk.slack.handoff-channel=" + DESK,
                        // an attempt cut off by the stop is retried soon after the restart, not a minute later
                        "--answerdesk.channel.lease=2s");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
