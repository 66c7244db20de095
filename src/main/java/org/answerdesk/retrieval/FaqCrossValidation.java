package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Estimates how well an FAQ answers questions it has not seen, from its own phrasings and stored vectors: in each
 * of {@value #FOLDS} folds, every fifth phrasing of each entry is asked of an index (the bot's own, head and all)
 * built from the rest, and about a tenth of the entries are left out entirely so that their phrasings stand for
 * questions the FAQ cannot answer. Entries with one phrasing are never asked (their only phrasing must stay).
 * Large FAQs run two of the five folds (see {@link #LARGE}).
 */
public final class FaqCrossValidation {

    static final int FOLDS = 5;
    /** Entries are left out in turn: entry i in fold i mod this, when that is below {@link #FOLDS} (10% a fold). */
    static final int OUT_OF_SCOPE_CYCLE = 10;
    private static final int EXAMPLES = 3;
    /**
     * Above this many phrasings only the first {@value #LARGE_FOLDS} folds are run: each fold retrains the answer
     * model, and two folds of a large FAQ already ask thousands of questions.
     */
    static final int LARGE = 2500;
    static final int LARGE_FOLDS = 2;

    /** The trials of every fold (for {@link Calibration}) and the pairs of entries mixed up, most often first. */
    public record Result(Calibration calibration, List<Confusion> confusions) {
    }

    /** One pair of entries the index mixed up: phrasings of {@code expected} answered with {@code answered}. */
    public record Confusion(long expectedId, String expectedQuestion, long answeredId, String answeredQuestion,
                            int count, List<String> examples) {
    }

    private FaqCrossValidation() {
    }

    /** Cross-validates the FAQ given as entries and phrasings with their stored vectors. */
    public static Result run(int dimensions, List<FaqEntry> entries, List<FaqIndex.Phrasing> phrasings) {
        return run(dimensions, entries, phrasings, FaqRetriever.DEFAULT_MAX_CHOICES);
    }

    /**
     * Cross-validates the FAQ, with the clarify estimate about the top {@code choices} entries and whether the
     * right entry was among the choices the retriever would offer. The same inputs give the same result, so a JVM
     * keeps its last few ({@link CrossValidationMemo}).
     */
    public static Result run(int dimensions, List<FaqEntry> entries, List<FaqIndex.Phrasing> phrasings, int choices) {
        return CrossValidationMemo.get(dimensions, entries, phrasings, choices,
                () -> compute(dimensions, entries, phrasings, choices));
    }

    static Result compute(int dimensions, List<FaqEntry> entries, List<FaqIndex.Phrasing> phrasings, int choices) {
        Map<Long, FaqEntry> entryById = new LinkedHashMap<>();
        entries.forEach(e -> entryById.put(e.id(), e));
        Map<Long, List<FaqIndex.Phrasing>> byEntry = new LinkedHashMap<>();
        for (FaqIndex.Phrasing p : phrasings) {
            if (entryById.containsKey(p.entryId())) {
                byEntry.computeIfAbsent(p.entryId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Long> ids = new ArrayList<>(byEntry.keySet());
        boolean withOutOfScope = ids.size() >= OUT_OF_SCOPE_CYCLE;
        List<Calibration.Trial> trials = new ArrayList<>();
        Map<List<Long>, List<String>> mixups = new LinkedHashMap<>();
        int folds = phrasings.size() > LARGE ? LARGE_FOLDS : FOLDS;
        for (int fold = 0; fold < folds; fold++) {
            Set<Long> leftOut = new HashSet<>();
            List<FaqIndex.Phrasing> kept = new ArrayList<>();
            List<FaqIndex.Phrasing> asked = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                List<FaqIndex.Phrasing> own = byEntry.get(ids.get(i));
                if (withOutOfScope && i % OUT_OF_SCOPE_CYCLE == fold) {
                    leftOut.add(ids.get(i));
                    continue;
                }
                for (int j = 0; j < own.size(); j++) {
                    // rotating the start by entry spreads the folds; with 2+ phrasings one always stays
                    boolean ask = own.size() > 1 && (j + i) % FOLDS == fold;
                    (ask ? asked : kept).add(own.get(j));
                }
            }
            List<FaqEntry> indexed = entries.stream().filter(e -> !leftOut.contains(e.id())).toList();
            FaqIndex index = FaqIndex.over(dimensions, indexed, kept).build();
            for (FaqIndex.Phrasing q : asked) {
                FaqIndex.Ranking r = index.rank(q.text(), q.vector(), choices, Set.of(), choices);
                long answered = r.matches().isEmpty() ? -1 : r.matches().get(0).entryId();
                boolean correct = answered == q.entryId();
                boolean offered = FaqRetriever.choices(r, choices).stream().anyMatch(m -> m.entryId() == q.entryId());
                trials.add(new Calibration.Trial(r.confidence(), true, correct, r.inTopK(), offered));
                if (!correct && answered >= 0) {
                    mixups.computeIfAbsent(List.of(q.entryId(), answered), k -> new ArrayList<>()).add(q.text());
                }
            }
            for (long out : leftOut) {
                for (FaqIndex.Phrasing q : byEntry.get(out)) {
                    FaqIndex.Ranking r = index.rank(q.text(), q.vector(), choices, Set.of(), choices);
                    trials.add(new Calibration.Trial(r.confidence(), false, false, r.inTopK(), false));
                }
            }
        }
        List<Confusion> confusions = new ArrayList<>();
        mixups.forEach((pair, texts) -> {
            FaqEntry expected = entryById.get(pair.get(0));
            FaqEntry answered = entryById.get(pair.get(1));
            confusions.add(new Confusion(expected.id(), expected.question(), answered.id(), answered.question(),
                    texts.size(), java.util.Collections.unmodifiableList(
                    new ArrayList<>(texts.subList(0, Math.min(EXAMPLES, texts.size()))))));
        });
        confusions.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return new Result(new Calibration(trials), List.copyOf(confusions)); // shared by every caller of a kept result
    }
}
