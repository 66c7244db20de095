package org.answerdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.answerdesk.AnswerdeskApplication;
import org.answerdesk.Await;
import org.answerdesk.WaitLane;
import org.answerdesk.db.DataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app stops between storing a message and answering it (as after a crash): the next start answers it, once,
 * and a redelivery of the same event after the restart is not answered again.
 */
@WaitLane
class CrashBeforeAnswerIT {

    @Test
    void aMessageStoredButNeverAnsweredIsAnsweredOnceAfterTheRestart() throws Exception {
        // a data directory the embedded server ran on once: the unpack and initdb are other tests' subject
        Path dataDir = DataDirs.startedOnce("crash-before-answer");
        var event = new InboundMessage("evt-crash-1", new ConversationKey(Channel.WEB, "crash-before-answer"),
                new Participant(Channel.WEB, "crash-before-answer", null, null), "How do I reset my password?");
        long messageId;
        try (var app = start(dataDir, 0)) { // no worker: nothing answers before the stop
            Receipt receipt = app.getBean(ConversationService.class).receive(event);
            assertThat(receipt.status()).isEqualTo(Receipt.Status.ACCEPTED);
            messageId = receipt.messageId();
            // the app goes away here, before anything answered the message
        }
        try (var app = start(dataDir, 2)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Await.await(() -> replies(jdbc, messageId), n -> n == 1, "the stored message answered after the restart");
            assertThat(jdbc.sql("select source from message where reply_to_id = :id").param("id", messageId)
                    .query(String.class).single()).isEqualTo("FAQ");

            Receipt again = app.getBean(ConversationService.class).receive(event);
            assertThat(again.status()).isEqualTo(Receipt.Status.DUPLICATE);
            assertThat(app.getBean(ConversationService.class).respond(again.messageId())).isPresent();
            assertThat(replies(jdbc, messageId)).isEqualTo(1);
        }
    }

    private static long replies(JdbcClient jdbc, long messageId) {
        return jdbc.sql("select count(*) from message where reply_to_id = :id").param("id", messageId)
                .query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(Path dataDir, int workers) {
        return new SpringApplicationBuilder(AnswerdeskApplication.class).run("--server.port=0",
                "--answerdesk.data-dir=" + dataDir, "--answerdesk.conversation.workers=" + workers);
    }
}
