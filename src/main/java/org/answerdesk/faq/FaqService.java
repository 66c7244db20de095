package org.answerdesk.faq;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The FAQ as the rest of the app sees it: read, create, change, delete and import entries. Every change is
 * embedded and live in the retriever when the call returns, except {@link #add} (the admin's add), which returns
 * before its index is built; no restart is needed. Every change also bumps the
 * shared {@link FaqVersion}, so the other instances on the same database rebuild their index too
 * ({@link FaqChangeListener}).
 */
@Service
public class FaqService {

    private final FaqRepository repository;
    private final TransactionTemplate tx;
    private final FaqVersion version;
    private final FaqIndexing indexing;
    private final FaqImport imports;
    private final PhrasingRequests phrasings;
    private final NotOurs notOurs;
    private final FaqRetriever retriever;
    private final EntryLanguages languages;

    FaqService(FaqRepository repository, TransactionTemplate tx, FaqVersion version, FaqIndexing indexing,
               FaqImport imports, PhrasingRequests phrasings, NotOurs notOurs, FaqRetriever retriever,
               EntryLanguages languages) {
        this.languages = languages;
        this.notOurs = notOurs;
        this.retriever = retriever;
        this.repository = repository;
        this.tx = tx;
        this.version = version;
        this.indexing = indexing;
        this.imports = imports;
        this.phrasings = phrasings;
    }

    public List<FaqEntry> list() {
        return repository.findAll();
    }

    /** How many entries each language has (an entry without one is in the default language). */
    public java.util.Map<String, Integer> entriesPerLanguage() {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        list().forEach(e -> out.merge(languages.of(e), 1, Integer::sum));
        return out;
    }

    public Optional<FaqEntry> find(long id) {
        return repository.find(id);
    }

    /**
     * Whether the entry's question may be shown to customers other than the one who asked it (as a suggestion or a
     * starter question): true for every entry its owner wrote, imported, approved or edited.
     */
    public boolean ownerWorded(long entryId) {
        return !indexing.customerWorded(entryId);
    }

    /** An entry stored by {@link #add}, and the FAQ version that names it: answered once {@link #indexState} has it. */
    public record Added(FaqEntry entry, long version) {
    }

    /**
     * Stores the entry and returns at once. The version bump's notification has {@link FaqChangeListener} rebuild the
     * index on its own thread, as it does for a change made on another instance: adds in a row coalesce (a rebuild
     * takes every change committed before it starts, so ten adds cost one or two rebuilds), and the entry is answered
     * as soon as the index built from {@link Added#version()} or a later one is swapped in ({@link #indexState}).
     * Until then customers get the previous index, whole (the retriever swaps one reference).
     *
     * @throws IllegalArgumentException for a language the shop does not serve
     */
    public Added add(FaqDraft draft) {
        FaqDraft checked = languages.checked(draft);
        long[] stored = tx.execute(s -> new long[] {repository.insert(checked), version.bump()});
        return new Added(repository.find(stored[0]).orElseThrow(), stored[1]);
    }

    /**
     * The shared FAQ version, the version this instance's serving index was built from (a change of version {@code v}
     * is answered once {@code indexedVersion >= v}), and the index rebuilds this instance has done.
     */
    public record IndexState(long version, long indexedVersion, long rebuilds) {
    }

    public IndexState indexState() {
        return indexing.state();
    }

    /** As {@link #add}, and the entry is answered when the call returns (the index is rebuilt on this thread). */
    public FaqEntry create(FaqDraft draft) {
        FaqDraft checked = languages.checked(draft);
        long id = tx.execute(s -> {
            version.bump();
            return repository.insert(checked);
        });
        refresh();
        return repository.find(id).orElseThrow();
    }

    /** @throws IllegalArgumentException for a language the shop does not serve */
    public Optional<FaqEntry> update(long id, FaqDraft draft) {
        FaqDraft checked = languages.checked(draft);
        boolean found = tx.execute(s -> repository.update(id, checked) && version.bump() > 0);
        if (!found) {
            return Optional.empty();
        }
        refresh();
        return repository.find(id);
    }

    public boolean delete(long id) {
        boolean found = tx.execute(s -> repository.delete(id) && version.bump() > 0);
        if (found) {
            refresh();
        }
        return found;
    }

    /** The owner's "not ours" questions, oldest first. */
    public List<NotOurs.Question> notOurs() {
        return notOurs.list();
    }

    /**
     * Adds a "not ours" question: the bot maps neither it nor a question nearer to it than to any phrasing to an
     * entry. Live when the call returns, as an FAQ change is.
     */
    public NotOurs.Question addNotOurs(String question) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty() || q.length() > NotOurs.MAX_LENGTH) {
            throw new IllegalArgumentException("question must be 1 to " + NotOurs.MAX_LENGTH + " characters");
        }
        FaqDraft.storable("the question", q);
        NotOurs.Question added = tx.execute(s -> {
            version.bump();
            return notOurs.add(q);
        });
        refresh();
        return added;
    }

    /**
     * The entry the bot answers {@code question} with today, confidently: a "not ours" question in these words would
     * take that answer away from the customers who ask it (and from questions near it).
     */
    public Optional<FaqMatch> answeredToday(String question) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty() || q.length() > NotOurs.MAX_LENGTH) {
            return Optional.empty();
        }
        FaqDraft.storable("the question", q);
        var retrieval = retriever.retrieve(q);
        return retrieval.confident() ? retrieval.best() : Optional.empty();
    }

    /**
     * The FAQ's verdict on a customer's question in a conversation of {@code language}: in a shop of several
     * languages, the entries of that language first (an entry without one is in the default language), and every
     * entry when none of those fits (neither an answer nor choices), so an answer written only in another of the
     * shop's languages still reaches the customer. A shop of one language: {@link FaqRetriever#retrieve(String)}.
     */
    public Retrieval retrieve(String question, Locale language) {
        if (!languages.several() || language == null) {
            return retriever.retrieve(question);
        }
        return retriever.retrieve(question, language.getLanguage(), languages::of);
    }

    public boolean deleteNotOurs(long id) {
        boolean found = tx.execute(s -> notOurs.delete(id) && version.bump() > 0);
        if (found) {
            refresh();
        }
        return found;
    }

    /** What an import did: entries added, entries updated, rows the FAQ already said, and entries removed. */
    public record Imported(int added, int updated, int unchanged, int removed) {
    }

    /**
     * Imports the drafts as one unit: every phrasing is embedded first, then the new and changed entries are written
     * with their vectors in one transaction, so a bad row, a failure or a kill at any point leaves the FAQ as it was;
     * and an entry is known by its question, so the same file imported twice changes nothing ({@link ImportPlan}).
     */
    public Imported importAll(List<FaqDraft> drafts) {
        return imports.importAll(drafts.stream().map(languages::checked).toList(), false);
    }

    /**
     * As {@link #importAll}, and the entries whose question the file does not have are removed in the same
     * transaction: afterwards the FAQ is the file (the sample FAQ is replaced in one step). A bad file changes
     * nothing. Removing an entry removes its phrasings (learned ones too), the picks and learned pairs for it and
     * the "did not fit" marks of its answer; customers' messages and their votes stay, no longer naming the entry.
     * The owner's "not ours" questions are not entries and stay.
     */
    public Imported replaceAll(List<FaqDraft> drafts) {
        return imports.importAll(drafts.stream().map(languages::checked).toList(), true);
    }

    /** Removes every entry in one transaction (as {@link #replaceAll} with an empty file); how many there were. */
    public int deleteAll() {
        int deleted = tx.execute(s -> {
            int n = repository.deleteAll();
            if (n > 0) {
                version.bump();
            }
            return n;
        });
        if (deleted > 0) {
            refresh();
        }
        return deleted;
    }

    /**
     * Takes up to {@code limit} entries with fewer than {@code fewerThan} phrasings to ask an LLM for more, each
     * once until it changes again; another instance calling at the same time takes other entries. An entry whose
     * phrasings are not embedded yet (committed a moment ago) is left for a later call.
     */
    public List<FaqEntry> takeEntriesToAskPhrasingsFor(int fewerThan, int limit) {
        return phrasings.take(fewerThan, limit);
    }

    /** Gives back an entry taken by {@link #takeEntriesToAskPhrasingsFor} whose LLM could not be asked this time. */
    public void releaseEntryAskedForPhrasings(long entryId) {
        phrasings.release(entryId);
    }

    /**
     * Adds the phrasings an LLM proposed for entries that fit them ({@link ProposedPhrasings}: on topic, new, and
     * clearly closer to their entry than to any other), marked as the LLM's, in one transaction, and rebuilds the
     * index once (which adapts the model to them in turn). Entries deleted meanwhile are skipped.
     *
     * @param replies per entry, the model's reply: one phrasing a line (list markers and quotes are removed)
     * @return per entry, the phrasings kept
     */
    public Map<Long, List<String>> addProposedPhrasings(Map<Long, String> replies) {
        return phrasings.add(replies);
    }

    /**
     * Embeds the phrasings whose vector is missing or from another model, then rebuilds the in-memory index from
     * the stored vectors. Stored vectors are always the shipped model's: the new index serves with it (the change is
     * live at once) until the model adapted to the changed FAQ is ready ({@link FaqAdaptation}).
     */
    public void refresh() {
        indexing.refresh();
    }
}
