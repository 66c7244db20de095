package org.answerdesk.knowledge;

import java.time.OffsetDateTime;

/**
 * A knowledge source as the admin API shows it.
 *
 * @param kind        SITE or FILE
 * @param url         a website's start URL or sitemap; for a file, where it is published ("" if nowhere)
 * @param status      PENDING (not read yet), SYNCING, OK (read; {@code error} may list pages that failed) or
 *                    FAILED (not read: {@code error} says why; what was read before stays)
 * @param syncPending a sync was asked for and has not finished yet
 * @param draftsStatus the last request for draft FAQ entries from the source: null (none), RUNNING, DONE or
 *                    FAILED; {@code draftsDetail} says what came of it
 * @param held        passages held for the owner's review and not decided yet ({@code /api/knowledge/held})
 */
public record KnowledgeSource(long id, String kind, String url, String fileName,
                              String status, String error, int pages, int passages,
                              OffsetDateTime lastSync,
                              boolean syncPending, String draftsStatus, String draftsDetail,
                              int held) {
}
