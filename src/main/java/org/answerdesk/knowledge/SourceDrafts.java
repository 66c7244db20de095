package org.answerdesk.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.answerdesk.faq.DraftCandidates;
import org.answerdesk.llm.DraftPassage;
import org.answerdesk.llm.LlmFallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Draft FAQ entries from a source, asked of the LLM by the owner: off the request thread, the source's passages go
 * to the model in batches of at most {@link DraftBatches#BATCH_CHARS} characters
 * ({@link DraftBatches#MAX_BATCHES} batches at most, read from the database no further than they need); each
 * reply is read strictly ({@link DraftReply}) and the drafts that survive, and are not duplicates of the FAQ, become
 * FAQ candidates for the owner's review ({@link DraftCandidates}). The outcome is the source's {@code drafts_status}.
 */
@Component
class SourceDrafts {

    private static final Logger log = LoggerFactory.getLogger(SourceDrafts.class);
    static final int DRAFTS_PER_BATCH = 5;
    /** A run marked RUNNING for longer than this was lost with its instance and may start again. */
    static final Duration STALE = Duration.ofMinutes(30);

    private final DraftRuns repository;
    private final LlmFallback llm;
    private final DraftCandidates candidates;
    private final MeterRegistry meters;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "knowledge-drafts");
        t.setDaemon(true);
        return t;
    });

    SourceDrafts(DraftRuns repository, LlmFallback llm, DraftCandidates candidates, MeterRegistry meters) {
        this.repository = repository;
        this.llm = llm;
        this.candidates = candidates;
        this.meters = meters;
    }

    /**
     * Starts writing drafts from the source in the background.
     *
     * @throws ResponseStatusException 409 when no LLM is configured, the source has no passages, or drafts of the
     *                                 source are being written
     */
    void start(KnowledgeSource source) {
        long sourceId = source.id();
        if (!llm.enabled()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "drafts are written by an LLM and none is configured (ANSWERDESK_LLM_PROVIDER)");
        }
        if (source.passages() == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "knowledge source " + sourceId
                    + " has no passages yet" + (source.error() == null ? "" : ": " + source.error()));
        }
        if (!repository.claimDrafts(sourceId, STALE)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "drafts from knowledge source " + sourceId + " are being written already");
        }
        worker.execute(() -> run(sourceId));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** How a run ended: usable (some reply could be read, or drafts were added) and the outcome in words. */
    private record Result(boolean ok, String detail) {
    }

    private void run(long sourceId) {
        try {
            Result result = write(sourceId);
            repository.finishDrafts(sourceId, result.ok(), result.detail());
            log.info("Drafts from knowledge source {}: {}", sourceId, result.detail());
        } catch (RuntimeException e) {
            log.warn("Drafts from knowledge source {} failed: {}", sourceId, e.toString());
            repository.finishDrafts(sourceId, false, "no drafts: " + e.getMessage());
        }
    }

    /** Writes the drafts. */
    private Result write(long sourceId) {
        DraftBatches cut = new DraftBatches();
        repository.passagesOf(sourceId, cut::add);
        List<List<DraftRuns.SourcePassage>> batches = cut.done();
        if (batches.isEmpty()) {
            return new Result(false, "no drafts: the source has no passages (sync it first)");
        }
        int unanswered = 0;
        List<String> invalid = new ArrayList<>();
        Map<String, Integer> dropped = new LinkedHashMap<>();
        int added = 0;
        int duplicates = 0;
        for (var batch : batches) {
            Set<String> urls = new HashSet<>();
            batch.forEach(p -> urls.add(p.url()));
            var reply = llm.draftFaqEntries(batch.stream().map(p -> new DraftPassage(p.url(), p.title(),
                    p.headings(), p.text())).toList(), DRAFTS_PER_BATCH);
            if (reply.isEmpty()) {
                unanswered++;
                continue;
            }
            DraftReply.Parsed parsed = DraftReply.parse(reply.get(), urls);
            if (parsed.invalid() != null) {
                invalid.add(parsed.invalid());
                log.warn("LLM reply with drafts from knowledge source {} dropped: {}", sourceId, parsed.invalid());
                continue;
            }
            parsed.dropped().forEach((why, n) -> dropped.merge(why, n, Integer::sum));
            var outcome = candidates.propose("knowledge source " + sourceId, parsed.drafts());
            added += outcome.added();
            duplicates += outcome.duplicates();
        }
        meters.counter("answerdesk.knowledge.drafts", "outcome", "dropped")
                .increment(dropped.values().stream().mapToInt(Integer::intValue).sum());
        meters.counter("answerdesk.knowledge.drafts", "outcome", "duplicate").increment(duplicates);
        meters.counter("answerdesk.knowledge.drafts", "outcome", "added").increment(added);
        if (duplicates > 0) {
            dropped.put("already in the FAQ or the candidates", duplicates);
        }
        boolean ok = added > 0 || batches.size() - unanswered - invalid.size() > 0;
        StringBuilder text = new StringBuilder(ok ? added + " draft(s) for review" : "no drafts");
        if (!dropped.isEmpty()) {
            text.append("; dropped: ").append(dropped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
        }
        if (unanswered > 0) {
            text.append("; ").append(unanswered).append(" of ").append(batches.size())
                    .append(" batch(es) got no reply from the LLM (error, time-out or busy)");
        }
        if (!invalid.isEmpty()) {
            text.append("; ").append(invalid.size()).append(" of ").append(batches.size())
                    .append(" repl(ies) unusable (").append(String.join(", ", invalid)).append(')');
        }
        return new Result(ok, text.toString());
    }
}
