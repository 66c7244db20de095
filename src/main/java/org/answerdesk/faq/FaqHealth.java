package org.answerdesk.faq;

import java.time.Instant;
import java.util.List;

import org.answerdesk.retrieval.Calibration;
import org.answerdesk.retrieval.FaqCrossValidation;

/**
 * How well the FAQ is expected to answer, estimated by cross-validating it on its own phrasings
 * ({@code GET /api/faq/health}).
 *
 * @param status                 READY, or COMPUTING while the first report for this FAQ is being made
 * @param asked                  held-out phrasings asked (in scope) and phrasings of left-out entries (out of scope)
 * @param top1                   share of in-scope questions whose best entry was right, at any threshold
 * @param atThreshold            precision, in-scope accuracy and out-of-scope recall at the bot's threshold
 * @param thresholdForPrecision  the lowest threshold reaching {@code targetPrecision} (null: none does)
 * @param atTarget               what that threshold would do (null with it)
 * @param confusions             pairs of entries mixed up, most often first
 * @param fewPhrasings           entries with fewer than {@link FaqHealthService#FEW_PHRASINGS} phrasings
 * @param clarify                at the bot's threshold and clarify threshold: the share of questions offered
 *                               choices, of answerable ones resolved directly or by a pick, of unanswerable ones
 *                               offered choices
 * @param offTopic               held-out off-topic questions (many businesses' customer questions) the bot would
 *                               answer (each a wrong answer) or offer choices for, the entries that draw them, and the
 *                               last adapted model's check against the configured model
 */
public record FaqHealth(String status, String model, int entries, int phrasings, int asked, int askedOutOfScope,
                        double top1, Calibration.Point atThreshold, double targetPrecision,
                        Double thresholdForPrecision, Calibration.Point atTarget,
                        List<FaqCrossValidation.Confusion> confusions, List<ThinEntry> fewPhrasings,
                        Instant computedAt, long millis, Calibration.Clarify clarify, OffTopicRisk offTopic) {

    /** An entry with too few phrasings to be matched reliably. */
    public record ThinEntry(long id, String question, int phrasings) {
    }

    static FaqHealth computing() {
        return new FaqHealth("COMPUTING", null, 0, 0, 0, 0, 0, null, 0, null, null, List.of(), List.of(), null, 0, null,
                null);
    }
}
