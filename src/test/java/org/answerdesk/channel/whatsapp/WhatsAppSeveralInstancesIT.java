package org.answerdesk.channel.whatsapp;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.SharedDatabase;
import org.answerdesk.Settled;
import org.answerdesk.TestDirs;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.node.ObjectNode;

/**
 * Meta redelivers a message it is not sure arrived, possibly to another instance behind the load balancer, or
 * after a restart: two instances on one PostgreSQL, and a third started after the first stopped, each get the same
 * wamid; the customer gets one answer. The Graph API is a fake of this test's own.
 */
@WaitLane
class WhatsAppSeveralInstancesIT {

    @Test
    void aWamidRedeliveredToAnotherInstanceAndAfterARestartIsAnsweredOnce() throws Exception {
        String database = SharedDatabase.newDatabase();
        WireMockServer graph = FakeGraphApi.separate();
        String from = FakeGraphApi.nextNumber();
        ObjectNode delivery = FakeGraphApi.textMessage(from, "How can I reset my password?");
        try (var b = start(database, graph, "whatsapp-b")) {
            try (var a = start(database, graph, "whatsapp-a")) {
                assertThat(FakeGraphApi.deliver(port(a), delivery).status()).isEqualTo(200);
                await(() -> sentTo(graph, from), n -> n == 1, "the answer");
                assertThat(FakeGraphApi.deliver(port(b), delivery).status()).isEqualTo(200);
            }
            try (var restarted = start(database, graph, "whatsapp-a")) {
                assertThat(FakeGraphApi.deliver(port(restarted), delivery).status()).isEqualTo(200);
                Settled.await(SharedDatabase.client(database),
                        "select id from conversation where channel = 'WHATSAPP' and external_key = :k", Map.of("k", from),
                        "the conversation of " + from);
            }
            assertThat(sentTo(graph, from)).isEqualTo(1);
        } finally {
            graph.stop();
        }
    }

    private static long sentTo(WireMockServer graph, String to) {
        return FakeGraphApi.calls(graph).stream().filter(s -> to.equals(s.to()) && s.wamid() != null).count();
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start(String database, WireMockServer graph, String instance)
            throws Exception {
        Path dataDir = TestDirs.create("whatsapp-instance-");
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + dataDir, "--answerdesk.instance-id=" + instance,
                "--answerdesk.whatsapp.access-token=EAAG-fake-token",
                "--answerdesk.whatsapp.phone-number-id=" + FakeGraphApi.PHONE_NUMBER_ID,
                "--answerdesk.whatsapp.app-secret=" + FakeGraphApi.APP_SECRET,
                "--answerdesk.whatsapp.verify-token=" + FakeGraphApi.VERIFY_TOKEN,
                "--answerdesk.whatsapp.api-url=" + graph.baseUrl() + "/v21.0",
                "--spring.datasource.url=" + database);
    }
}
