package org.answerdesk.knowledge;

import java.time.Duration;

import org.answerdesk.retrieval.PassageDecision;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Knowledge source settings ({@code answerdesk.knowledge.*}, e.g. {@code ANSWERDESK_KNOWLEDGE_MAX_PAGES}).
 *
 * @param allowPrivateAddresses fetch from loopback, private, link-local and cloud metadata addresses too; only for
 *                        tests and sites on the shop's own network (a crawler pointed inside it can read what the
 *                        internet cannot)
 * @param maxPages        pages read from one website at most
 * @param maxDepth        links followed from the start page at most (a sitemap's pages are depth 1)
 * @param delay           pause between two requests to the same site, unless its robots.txt asks for more
 * @param timeout         a request's time limit, from connecting to the last byte of the body
 * @param maxPageBytes    a page larger than this is skipped
 * @param maxFileBytes    an uploaded file larger than this is refused
 * @param maxPdfPages     pages of a PDF read at most
 * @param resync          how often a website is read again (unchanged pages are not downloaded twice)
 * @param threshold       the calibrated probability (0-1) that the best passage answers a question, at or above
 *                        which it is offered without an LLM ("From our ...")
 * @param llmPassages     passages given to the LLM beside the FAQ entries
 * @param syncInterval    how often an instance checks for due sources and for passages changed by another
 * @param userAgent       the crawler's name, sent with every request and looked up in robots.txt
 * @param maxCrawlDelay   the longest pause between requests a site's robots.txt {@code Crawl-delay} is granted
 * @param maxPageChars    text read from one web page at most; the rest of a longer page is left out
 * @param maxSourceChars  text read from one website at most; the crawl stops there and says so
 * @param syncBudget      how long one sync of a source may take; a website's crawl stops there and says so (pages
 *                        not reached keep what was read before)
 * @param syncThreads     sources synced at the same time by one instance, so that a slow one holds no other back
 */
@ConfigurationProperties("answerdesk.knowledge")
public record KnowledgeProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("500") int maxPages,
        @DefaultValue("3") int maxDepth,
        @DefaultValue("500ms") Duration delay,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("5000000") long maxPageBytes,
        @DefaultValue("20000000") long maxFileBytes,
        @DefaultValue("300") int maxPdfPages,
        @DefaultValue("24h") Duration resync,
        @DefaultValue(PassageDecision.DEFAULT_THRESHOLD) double threshold,
        @DefaultValue("3") int llmPassages,
        @DefaultValue("5s") Duration syncInterval,
        @DefaultValue("answerdesk") String userAgent,
        @DefaultValue("60s") Duration maxCrawlDelay,
        @DefaultValue("300000") int maxPageChars,
        @DefaultValue("20000000") long maxSourceChars,
        @DefaultValue("1h") Duration syncBudget,
        @DefaultValue("2") int syncThreads) {

    public KnowledgeProperties {
        if (maxPages < 1 || maxDepth < 0 || llmPassages < 0 || threshold < 0 || threshold > 1 || maxPageChars < 1
                || maxSourceChars < 1 || syncThreads < 1) {
            throw new IllegalArgumentException("answerdesk.knowledge: max-pages >= 1, max-depth >= 0, "
                    + "llm-passages >= 0, a threshold from 0 to 1, max-page-chars, max-source-chars and "
                    + "sync-threads >= 1 are needed");
        }
    }
}
