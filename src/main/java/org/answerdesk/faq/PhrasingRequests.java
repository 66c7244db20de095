package org.answerdesk.faq;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * More phrasings for entries that have few, proposed by an LLM: which entries to ask for (each once until it
 * changes, one instance at a time), and which proposals to keep ({@link ProposedPhrasings}).
 */
@Component
class PhrasingRequests {

    private final FaqRepository repository;
    private final TransactionTemplate tx;
    private final FaqVersion version;
    /** The configured model: stored vectors are always its own. */
    private final Embedder base;
    private final FaqIndexing indexing;

    PhrasingRequests(FaqRepository repository, TransactionTemplate tx, FaqVersion version, Embedder base,
                     FaqIndexing indexing) {
        this.repository = repository;
        this.tx = tx;
        this.version = version;
        this.base = base;
        this.indexing = indexing;
    }

    /** See {@link FaqService#takeEntriesToAskPhrasingsFor}. */
    List<FaqEntry> take(int fewerThan, int limit) {
        List<Long> ids = tx.execute(s -> repository.takeEntriesToAskPhrasingsFor(fewerThan, limit, base.modelName()));
        return ids.stream().map(repository::find).flatMap(Optional::stream).toList();
    }

    /** See {@link FaqService#releaseEntryAskedForPhrasings}. */
    void release(long entryId) {
        repository.releaseEntryAskedForPhrasings(entryId);
    }

    /** See {@link FaqService#addProposedPhrasings}. */
    Map<Long, List<String>> add(Map<Long, String> replies) {
        List<FaqIndex.Phrasing> phrasings = repository.embeddedPhrasings(base.modelName());
        Set<Long> entries = new HashSet<>();
        phrasings.forEach(p -> entries.add(p.entryId()));
        Map<Long, List<String>> kept = new LinkedHashMap<>();
        replies.forEach((entryId, reply) -> {
            List<String> lines = ProposedPhrasings.lines(List.of(reply));
            if (!entries.contains(entryId)) {
                repository.releaseEntryAskedForPhrasings(entryId); // its vectors went away meanwhile: ask again
            } else if (!lines.isEmpty()) {
                kept.put(entryId, ProposedPhrasings.keep(entryId, lines, phrasings, base));
            }
        });
        Map<Long, List<String>> added = tx.execute(s -> {
            Map<Long, List<String>> inserted = new LinkedHashMap<>();
            kept.forEach((entryId, texts) -> inserted.put(entryId,
                    texts.stream().filter(t -> repository.insertProposedPhrasing(entryId, t)).toList()));
            if (inserted.values().stream().anyMatch(l -> !l.isEmpty())) {
                version.bump();
            }
            return inserted;
        });
        if (added.values().stream().anyMatch(l -> !l.isEmpty())) {
            indexing.refresh();
        }
        return added;
    }
}
