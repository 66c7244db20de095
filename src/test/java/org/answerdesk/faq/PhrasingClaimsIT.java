package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Entries with few phrasings are handed out to ask an LLM about once each, also to two instances asking at the
 * same moment (two threads here, each with its own connection), until the entry changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// With a server port, as the web classes: their context, one start fewer than a context of its own (docs/benchmarks.md, "ci56")
class PhrasingClaimsIT {

    @Autowired
    FaqService faq;
    @Autowired
    FaqRepository repository;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    /** Entries this test added, removed after it: the context is the web classes', whose FAQ must stay as it was. */
    private final List<Long> added = new ArrayList<>();

    @AfterEach
    void removeAdded() {
        if (added.isEmpty()) {
            return;
        }
        // all but one in one transaction, the last through the service: one index rebuild instead of one each
        tx.executeWithoutResult(s -> added.subList(1, added.size()).forEach(repository::delete));
        faq.delete(added.get(0));
    }

    @Test
    void twoAskingAtOnceNeverGetTheSameEntryAndAnEditGivesItBack() throws Exception {
        // one import of the six: one index rebuild, where six creates rebuilt it six times
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            questions.add("Do you stock spare part number " + (1000 + i) + "?");
        }
        assertThat(faq.importAll(questions.stream().map(q -> new FaqDraft(q, "Yes, ask the shop.", null, List.of(),
                List.of())).toList()).added()).isEqualTo(6);
        List<Long> created = faq.list().stream().filter(e -> questions.contains(e.question())).map(FaqEntry::id).toList();
        added.addAll(created);
        assertThat(created).hasSize(6);
        var together = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> take(together));
        var second = CompletableFuture.supplyAsync(() -> take(together));
        List<Long> a = first.get(30, TimeUnit.SECONDS);
        List<Long> b = second.get(30, TimeUnit.SECONDS);

        var both = new HashSet<>(a);
        both.retainAll(b);
        assertThat(both).as("taken by both").isEmpty();
        var all = new HashSet<>(a);
        all.addAll(b);
        assertThat(all).containsAll(created); // 6 new entries, up to 50 each: every one was handed out
        assertThat(faq.takeEntriesToAskPhrasingsFor(5, 50)).as("each once").extracting(FaqEntry::id)
                .doesNotContainAnyElementsOf(created);

        faq.update(created.get(0), new FaqDraft("Do you stock spare part number 1000 in blue?", "Yes.", null,
                List.of(), List.of()));
        assertThat(faq.takeEntriesToAskPhrasingsFor(5, 50)).extracting(FaqEntry::id).containsExactly(created.get(0));
    }

    /**
     * A round that took an entry committed a moment ago, before its phrasings were embedded, threw the LLM's reply
     * away (nothing to judge it against) and never asked about the entry again.
     */
    @Test
    void anEntryIsHandedOutOnlyOnceItsPhrasingsAreEmbedded() {
        // in one transaction, so that no other test's refresh embeds it in between
        long id = tx.execute(s -> {
            long inserted = repository.insert(new FaqDraft("Do you repair zips on bags bought elsewhere?",
                    "Yes, for a fee.", null, List.of(), List.of()));
            assertThat(faq.takeEntriesToAskPhrasingsFor(5, 50)).extracting(FaqEntry::id).doesNotContain(inserted);
            return inserted;
        });
        added.add(id);

        faq.refresh();
        assertThat(faq.takeEntriesToAskPhrasingsFor(5, 50)).extracting(FaqEntry::id).contains(id);
    }

    private List<Long> take(CyclicBarrier together) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return faq.takeEntriesToAskPhrasingsFor(5, 50).stream().map(FaqEntry::id).toList();
    }
}
