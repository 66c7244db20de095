package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A measuring tool's view of what orders an index's entries for a question ({@code EntryScorer.Signals}): one
 * tab-separated row per entry of the {@code top} the bot shows first, in that order: place, entry id, the closest
 * and second closest phrasing's cosine, the head's log probability before the lexical score, the lexical score's
 * parts (phrasings and keywords, answer, concepts, near words; 0 without a lexical score), the lexical weight, the
 * cosine's temperature, and the entry's question. Read by {@code eval.RankSignals}.
 */
public final class EntrySignals {

    private EntrySignals() {
    }

    /** The header of {@link #rows}. */
    public static final String HEADER = "place\tid\tcos\tcos2\tloghead\tlexp\tlexa\tlexc\tlexn\tlexw\ttemp\tquestion";

    public static List<String> rows(FaqIndex index, String text, float[] vector, int top) {
        if (index.entryCount() == 0 || index.phrasingCount() == 0) {
            return List.of();
        }
        EntryScorer.Signals s = index.scorer().signals(text, vector);
        List<String> out = new ArrayList<>();
        IntStream.range(0, s.place().length).boxed().sorted(Comparator.comparingInt(c -> s.place()[c]))
                .limit(top).forEach(c -> out.add(String.format(Locale.ROOT,
                        "%d\t%d\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.1f\t%.3f\t%s", s.place()[c],
                        s.entries()[c].id(), s.cosine()[c], s.second()[c], s.logHead()[c], part(s, 0, c),
                        part(s, 1, c), part(s, 2, c), part(s, 3, c), s.lexicalWeight(), s.temperature(),
                        s.entries()[c].question().replace('\t', ' ').replace('\n', ' '))));
        return out;
    }

    private static double part(EntryScorer.Signals s, int part, int c) {
        return s.lexical() == null ? 0 : s.lexical()[part][c];
    }
}
