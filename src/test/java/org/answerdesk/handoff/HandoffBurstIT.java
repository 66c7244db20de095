package org.answerdesk.handoff;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A burst of chats that all go to a person, with fewer database connections than request threads: each is
 * answered (none gets a 503 for want of a connection) and each gets its ticket, with no event publication left
 * incomplete. The ticket used to be opened on the request thread after its commit, while that thread still held
 * the finished transaction's connection: with every connection so held, every thread waited for a second one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.maximum-pool-size=3",
        "server.tomcat.threads.max=8",
        "answerdesk.conversation.workers=1"})
// In the wait lane: no other class has its settings, and its context polls none of the shared fakes.
@WaitLane
class HandoffBurstIT {

    private static final int CHATS = 16;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBurstOfHandoffsOnFewConnectionsIsAnsweredAndEveryTicketOpened() throws Exception {
        HttpApi api = new HttpApi(port);
        String prefix = "burst-" + UUID.randomUUID() + "-";
        ExecutorService clients = Executors.newFixedThreadPool(CHATS);
        List<CompletableFuture<HttpApi.Response>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < CHATS; i++) {
                String session = prefix + i;
                sent.add(CompletableFuture.supplyAsync(() -> api.askWithoutAnAnswer(session,
                        "Can somebody from your team call me back about my contract?"), clients));
            }
            for (var response : sent) {
                var r = response.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                assertThat(r.json().get("needs_human").asBoolean()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
        await(() -> jdbc.sql("""
                select count(*) from handoff h join conversation c on c.id = h.conversation_id
                where c.external_key like :p""").param("p", prefix + "%").query(Long.class).single(),
                n -> n == CHATS, "a ticket for every chat");
    }
}
