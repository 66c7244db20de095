package org.answerdesk.learning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.conversation.ChoicePicked;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.conversation.HandoffRequested;
import org.answerdesk.feedback.Vote;
import org.answerdesk.feedback.VoteCast;
import org.answerdesk.redaction.Redactor;
import org.answerdesk.retrieval.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores every pick of an entry as evidence, in the transaction that answered the press (so a pick is recorded
 * exactly when it was answered), then has {@link PickLearning} decide its pair once that transaction committed, on a
 * worker thread of its own: deciding may rebuild the FAQ index, which must not hold up the customer's answer. A
 * thumbs-down or a handoff in the conversation later has its picks decided again, so that a pair learned from a pick
 * the customer disowns is taken back at once, not only when someone picks that entry again.
 */
@Component
class PickRecorder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PickRecorder.class);
    /** A pick may become a phrasing, kept and shown to staff: no personal details in it. */
    private static final Redactor PERSONAL = Redactor.of(true, true);

    private final PickEvidence evidence;
    private final PickLearning learning;
    private final Embedder embedder;
    private final MeterRegistry meters;
    /** A savepoint inside the answer's transaction: a failure here must not undo the answer. */
    private final TransactionTemplate savepoint;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pick-learning");
        t.setDaemon(true);
        return t;
    });

    PickRecorder(PickEvidence evidence, PickLearning learning, Embedder embedder, MeterRegistry meters,
                 PlatformTransactionManager transactions) {
        this.evidence = evidence;
        this.learning = learning;
        this.embedder = embedder;
        this.meters = meters;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventListener
    void picked(ChoicePicked event) {
        if (event.somethingElse() || event.questionText() == null
                || PickLearning.normalize(event.questionText()).isEmpty()
                || !DialoguePolicy.learnable(event.questionText(), event.language())) {
            return; // "Something else" teaches nothing about an entry
        }
        String question = PERSONAL.mask(event.questionText().strip().replaceAll("\\s+", " "));
        Long pickId;
        try {
            float[] vector = embedder.embed(question);
            pickId = savepoint.execute(s -> evidence.record(event, question, PickLearning.normalize(question),
                    vector, embedder.modelName()).orElse(null));
        } catch (RuntimeException e) {
            meters.counter("answerdesk.faq.picks", "outcome", "failed").increment();
            log.warn("Could not store the pick of entry {} in conversation {}", event.entryId(),
                    event.conversationId(), e);
            return;
        }
        if (pickId == null) {
            return; // the same press again, or the entry is gone
        }
        long entryId = event.entryId();
        afterCommit(() -> { // counted once the pick's row is there for others to read
            meters.counter("answerdesk.faq.picks", "outcome", "recorded").increment();
            learning.decide(entryId, pickId);
        });
    }

    /** A thumbs-down may disown a pick of its conversation: decided again once the vote committed. */
    @EventListener
    void voted(VoteCast vote) {
        if (vote.vote() == Vote.DOWN) {
            long replyId = vote.replyId();
            afterCommit(() -> evidence.conversationOf(replyId).ifPresent(this::decideAgain));
        }
    }

    /** A request for a person may disown a pick of its conversation: decided again once the handoff committed. */
    @EventListener
    void handedOff(HandoffRequested handoff) {
        long conversationId = handoff.conversationId();
        afterCommit(() -> decideAgain(conversationId));
    }

    /** On the worker: the conversation's picks not disowned yet, each decided again. */
    private void decideAgain(long conversationId) {
        evidence.undisownedPicks(conversationId).forEach(p -> learning.decide(p.entryId(), p.id()));
    }

    /**
     * Runs {@code work} on the worker once the current transaction committed (at once without one): it reads what
     * that transaction wrote, and must not hold up the committing thread. A failure is logged and counted.
     */
    private void afterCommit(Runnable work) {
        Runnable submit = () -> worker.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                meters.counter("answerdesk.faq.picks", "outcome", "failed").increment();
                log.warn("Could not decide picks after a commit", e);
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit.run();
                }
            });
        } else {
            submit.run();
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
