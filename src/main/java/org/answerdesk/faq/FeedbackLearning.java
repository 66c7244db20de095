package org.answerdesk.faq;

import java.util.Locale;

import org.answerdesk.retrieval.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learns from what people tell the bot, without training: when a customer voted an FAQ answer down and an agent
 * then answered the conversation differently, that (question, entry) pair is stored as a negative and the
 * retriever stops offering the entry for that question and near-identical ones, on every instance.
 */
@Component
class FeedbackLearning {

    private static final Logger log = LoggerFactory.getLogger(FeedbackLearning.class);

    private final FaqNegatives negatives;
    private final FaqVersion version;
    private final FaqService faq;
    private final Embedder embedder;
    private final TransactionTemplate tx;

    FeedbackLearning(FaqNegatives negatives, FaqVersion version, FaqService faq, Embedder embedder,
                     TransactionTemplate tx) {
        this.negatives = negatives;
        this.version = version;
        this.faq = faq;
        this.embedder = embedder;
        this.tx = tx;
    }

    /** Called with every agent reply; returns true when it stored a new negative pair. */
    boolean agentAnswered(long conversationId, String answer) {
        var rejected = negatives.latestRejected(conversationId);
        if (rejected.isEmpty() || same(rejected.get().entryAnswer(), answer)) {
            return false;
        }
        var r = rejected.get();
        float[] vector = embedder.embed(r.question());
        boolean added = Boolean.TRUE.equals(tx.execute(s -> {
            boolean fresh = negatives.add(r.entryId(), r.question(), vector, embedder.modelName(), conversationId);
            if (fresh) {
                version.bump(); // the other instances reload the pairs with their index
            }
            return fresh;
        }));
        if (added) {
            log.info("FAQ entry {} demoted for the question of conversation {} (voted down, answered differently)",
                    r.entryId(), conversationId);
            faq.refresh();
        }
        return added;
    }

    private static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
