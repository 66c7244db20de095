package org.answerdesk.conversation.work;

import org.answerdesk.WaitLane;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.answering.DecisionRunner;
import org.answerdesk.dialogue.Intent;
import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The core's due work against the real PostgreSQL: pools of workers claiming from one database never answer a
 * message twice; a claim whose holder died is taken over once its lease ran out, and the dead holder's late answer
 * is not stored; each intent is answered with its configured text. The app's own pool is off (0 workers) so the
 * test decides who answers.
 */
@SpringBootTest(properties = {
        "answerdesk.conversation.workers=0",
        "answerdesk.conversation.answer-lease=2s",
        "answerdesk.conversation.poll-interval=200ms",
        "answerdesk.conversation.help-message=Ask me anything: I am the test bot."})
// In the wait lane: its context (shared with StoreInboundIT, the same settings) polls none of the shared fakes.
@WaitLane
class AnswerClaimsIT {

    @Autowired
    org.answerdesk.language.Texts texts;
    @Autowired
    ConversationService conversations;
    @Autowired
    InboundClaims claims;
    @Autowired
    DecisionRunner answerer;
    @Autowired
    GivingUp givingUp;
    @Autowired
    ConversationProperties properties;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Hearing hearing;

    @Test
    void twoPoolsOnOneDatabaseAnswerEveryMessageExactlyOnce() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(conversations.receive(question("How do I reset my password?")).messageId());
        }
        var a = pool(4);
        var b = pool(4);
        a.start();
        b.start();
        try {
            await(() -> answered(ids), n -> n == ids.size(), "every message answered");
            Map<String, Object> counts = jdbc.sql("""
                    select count(*) as replies, count(distinct reply_to_id) as messages from message
                    where reply_to_id in (:ids)""").param("ids", ids).query().singleRow();
            assertThat(counts).containsEntry("replies", 60L).containsEntry("messages", 60L);
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test
    void aClaimWhoseHolderDiedIsTakenOverAfterItsLeaseAndAnsweredOnce() {
        long id = conversations.receive(question("How do I reset my password?")).messageId();
        // a worker claims the message and dies before it answers
        var dead = claims.claimInbound(id, properties.answerLease()).orElseThrow();
        long claimed = System.nanoTime();
        var pool = pool(2);
        pool.start();
        try {
            await(() -> answered(List.of(id)), n -> n == 1, "the message taken over and answered");
            assertThat((System.nanoTime() - claimed) / 1_000_000).as("ms until taken over")
                    .isGreaterThanOrEqualTo(properties.answerLease().toMillis() - 100);
            // the holder comes back late: its claim is gone, nothing more is stored
            assertThat(answerer.answer(dead)).isPresent();
            assertThat(replies(id)).isEqualTo(1);
            assertThat(conversations.respond(id)).isPresent();
            assertThat(replies(id)).isEqualTo(1);
        } finally {
            pool.stop();
        }
    }

    @Test
    void aWorkerStoppedMidAnswerGivesItsClaimBackAndNobodyAnswersTwice() {
        long id = conversations.receive(question("How do I reset my password?")).messageId();
        var claim = claims.claimInbound(id, properties.answerLease()).orElseThrow();
        claims.release(List.of(claim.claim()));
        assertThat(claims.claimInbound(id, properties.answerLease())).as("claimable again at once").isPresent();
        assertThat(answerer.answer(claim)).as("the released claim stores nothing").isEmpty();
        assertThat(replies(id)).isZero();
    }

    @Test
    void eachIntentIsAnsweredByTheCoreWithItsConfiguredText() {
        assertThat(answer(Intent.HELP, "/help")).isEqualTo("Ask me anything: I am the test bot.");
        assertThat(answer(Intent.START, "/start")).startsWith("Hi! I'm answerdesk, the support bot.")
                .contains("/human asks for a person");
        assertThat(answer(Intent.NOT_TEXT, "[photo]")).isEqualTo(texts.text("conversation.not-text", java.util.Locale.ENGLISH));
        assertThat(answer(Intent.HUMAN, "/human")).isEqualTo(texts.text("conversation.human-requested", java.util.Locale.ENGLISH));

        var key = new ConversationKey(Channel.WEB, "intent-" + UUID.randomUUID());
        conversations.receive(question(key, "How do I reset my password?"));
        assertThat(answer(key, Intent.RESET, "/reset")).isEqualTo(texts.text("conversation.reset", java.util.Locale.ENGLISH));
        assertThat(jdbc.sql("select count(*) from conversation where external_key = :k and status <> 'CLOSED'")
                .param("k", key.externalId()).query(Long.class).single()).as("live conversations after /reset")
                .isZero();

        // too long: the core, not the adapter, stores a placeholder and answers with the notice
        long id = conversations.receive(question("x".repeat(properties.maxMessageLength() + 1))).messageId();
        assertThat(jdbc.sql("select text || ' ' || intent from message where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("[a message of 4001 characters] TOO_LONG");
        assertThat(conversations.respond(id).orElseThrow().text())
                .isEqualTo("That message is too long for me. Please ask in fewer than 4000 characters.");
    }

    private String answer(Intent intent, String text) {
        return answer(new ConversationKey(Channel.WEB, "intent-" + UUID.randomUUID()), intent, text);
    }

    private String answer(ConversationKey key, Intent intent, String text) {
        var message = InboundMessage.of(intent, "e-" + UUID.randomUUID(), key,
                new Participant(Channel.WEB, key.externalId(), null, null), text, null, null);
        long id = conversations.receive(message).messageId();
        Reply reply = conversations.respond(id).orElseThrow();
        assertThat(reply.source()).isEqualTo(ReplySource.SYSTEM);
        return reply.text();
    }

    private AnswerWorkers pool(int workers) {
        var p = properties;
        return new AnswerWorkers(claims, answerer, givingUp, new ConversationProperties(p.maxMessageLength(), p.handoffMessage(),
                p.humanRequestedMessage(), p.humanOfferMessage(), p.answerLease(), workers, p.pollInterval(),
                p.startMessage(), p.helpMessage(), p.resetMessage(), p.notTextMessage(), p.tooLongMessage(),
                p.maxAnswerAttempts(), p.clarifyMessage(), p.acts(), p.contextWindow(), p.acknowledgeWindow(), p.askIfHelped(),
                p.actsFile()), meters, hearing);
    }

    private static InboundMessage question(String text) {
        return question(new ConversationKey(Channel.WEB, "claims-" + UUID.randomUUID()), text);
    }

    private static InboundMessage question(ConversationKey key, String text) {
        return new InboundMessage("e-" + UUID.randomUUID(), key,
                new Participant(Channel.WEB, key.externalId(), null, null), text);
    }

    private long answered(List<Long> ids) {
        return jdbc.sql("select count(*) from message where id in (:ids) and handled_at is not null")
                .param("ids", ids).query(Long.class).single();
    }

    private long replies(long id) {
        return jdbc.sql("select count(*) from message where reply_to_id = :id").param("id", id)
                .query(Long.class).single();
    }
}
