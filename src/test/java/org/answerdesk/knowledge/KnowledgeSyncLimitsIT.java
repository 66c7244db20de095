package org.answerdesk.knowledge;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The sync of knowledge sources against a site served on 127.0.0.1 and the real PostgreSQL: a file that breaks the
 * Markdown parser ends as a read source, a source stuck in its crawl delay holds no other back and stops when it is
 * deleted, and a website is read again by the schedule once its last sync is older than 24 hours.
 */
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class KnowledgeSyncLimitsIT extends KnowledgeSourcesFixture {

    @Autowired
    MeterRegistry meters;

    /** 10 KB of '>' threw StackOverflowError in commonmark, which the sync did not catch: SYNCING for ever. */
    @Test
    void aMarkdownFileNestedTooDeeplyIsReadAsText() {
        JsonNode source = read(upload("quotes.md", "text/markdown", ">".repeat(10_000) + "\n\nGift cards never expire.", null));

        assertThat(source.get("status").asString()).isEqualTo("OK");
        assertThat(source.get("passages").asInt()).isPositive();
    }

    /**
     * A site asking for a minute between requests kept the one sync thread for as long as it liked, and deleting it
     * did not stop it.
     */
    @Test
    void aSourceWaitingOutItsCrawlDelayHoldsNoOtherBackAndStopsWhenDeleted() {
        site.robots("User-agent: *\nCrawl-delay: 1e9\n");
        double stoppedBefore = meters.counter("answerdesk.knowledge.syncs", "outcome", "stopped").count();
        long slow = addSite(site.url("/chain/1"));
        await(() -> status(slow), "SYNCING"::equals, "the slow source syncing");
        await(() -> site.requested("/robots.txt"), n -> n > 0, "robots.txt read");

        JsonNode other = read(upload("care.md", "text/markdown", "# Cast iron\n\nDry the pan on the hob after washing.", null));
        assertThat(other.get("status").asString()).isEqualTo("OK");
        assertThat(status(slow)).as("still in its crawl delay").isEqualTo("SYNCING");

        assertThat(api.delete("/api/knowledge/sources/" + slow, HttpApi.ADMIN).status()).isEqualTo(204);
        await(() -> meters.counter("answerdesk.knowledge.syncs", "outcome", "stopped").count(),
                n -> n > stoppedBefore, "the deleted source's sync stopped");
        assertThat(site.pageRequests()).as("no page read after the deletion").isEmpty();
    }

    @Test
    void aSiteIsReadAgainOnceItsLastSyncIsOlderThan24Hours() {
        long due = addSite(site.url("/chain/50"));
        long fresh = addSite(site.url("/chain/49"));
        read(due);
        read(fresh);
        OffsetDateTime yesterday = setLastSync(due, "25 hours");
        OffsetDateTime recent = setLastSync(fresh, "23 hours");
        int readsBefore = site.bodiesSent("/chain/50");

        await(() -> lastSync(due), t -> t.isAfter(yesterday.plusHours(1)), "the 25-hour-old source read again");
        assertThat(site.bodiesSent("/chain/50")).isGreaterThan(readsBefore);
        assertThat(lastSync(fresh)).as("23 hours old: not due yet").isEqualTo(recent);
    }

    private OffsetDateTime setLastSync(long id, String ago) {
        return jdbc.sql("update knowledge_source set last_sync = now() - cast(:ago as interval) where id = :id "
                        + "returning last_sync").param("ago", ago).param("id", id).query(OffsetDateTime.class).single();
    }

    private OffsetDateTime lastSync(long id) {
        return jdbc.sql("select last_sync from knowledge_source where id = :id").param("id", id)
                .query(OffsetDateTime.class).single();
    }
}
