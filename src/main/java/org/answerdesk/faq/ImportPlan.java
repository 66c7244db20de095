package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.answerdesk.retrieval.FaqEntry;

/**
 * What importing a file does to the FAQ: an entry is known by its question (case and surrounding spaces aside), so
 * a row whose question is new adds an entry, a row that changes a known entry updates it, and a row the FAQ already
 * says changes nothing. Importing the same file twice therefore changes nothing the second time. Within a file, a
 * later row with the same question wins. A replacing import also removes every entry whose question the file does not
 * have; an entry it keeps (same question) keeps its id, so what points at it (learned phrasings and picks,
 * the answers customers rated) stays with it.
 *
 * @param added     drafts for new entries
 * @param updated   entry id to its new draft
 * @param unchanged how many rows the FAQ already says
 * @param removed   entries the file does not have (a replacing import only)
 */
record ImportPlan(List<FaqDraft> added, Map<Long, FaqDraft> updated, int unchanged, List<Long> removed) {

    static ImportPlan of(List<FaqEntry> existing, List<FaqDraft> drafts) {
        return of(existing, drafts, false);
    }

    static ImportPlan of(List<FaqEntry> existing, List<FaqDraft> drafts, boolean replace) {
        Map<String, FaqEntry> known = new LinkedHashMap<>();
        existing.forEach(e -> known.putIfAbsent(key(e.question()), e));
        Map<String, FaqDraft> rows = new LinkedHashMap<>();
        drafts.forEach(d -> rows.put(key(d.question()), d));
        List<FaqDraft> added = new ArrayList<>();
        Map<Long, FaqDraft> updated = new LinkedHashMap<>();
        int unchanged = 0;
        Set<Long> kept = new HashSet<>();
        for (var row : rows.entrySet()) {
            FaqEntry entry = known.get(row.getKey());
            if (entry != null) {
                kept.add(entry.id());
            }
            if (entry == null) {
                added.add(row.getValue());
            } else if (says(entry, row.getValue())) {
                unchanged++;
            } else {
                updated.put(entry.id(), row.getValue());
            }
        }
        List<Long> removed = replace
                ? existing.stream().map(FaqEntry::id).filter(id -> !kept.contains(id)).toList() : List.of();
        return new ImportPlan(List.copyOf(added), Map.copyOf(updated), unchanged, removed);
    }

    /** Every phrasing the plan stores, which the import embeds before it writes anything. */
    List<String> phrasings() {
        var all = new java.util.LinkedHashSet<String>();
        added.forEach(d -> all.addAll(d.allPhrasings()));
        updated.values().forEach(d -> all.addAll(d.allPhrasings()));
        return new ArrayList<>(all);
    }

    boolean changesNothing() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }

    /** Whether the entry already says what the row says (phrasings an LLM added to it aside). */
    private static boolean says(FaqEntry entry, FaqDraft row) {
        return entry.question().equals(row.question()) && entry.answer().equals(row.answer())
                && Objects.equals(entry.category(), row.category()) && entry.keywords().equals(row.keywords())
                && Objects.equals(entry.language(), row.language())
                && new HashSet<>(entry.phrasings()).containsAll(row.allPhrasings());
    }

    private static String key(String question) {
        return question.strip().toLowerCase(Locale.ROOT);
    }
}
