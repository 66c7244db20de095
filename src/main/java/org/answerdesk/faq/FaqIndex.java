package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable in-memory index over every phrasing's unit vector. Search scores all phrasings by dot product and
 * keeps the best phrasing per entry.
 */
public final class FaqIndex {

    /** One phrasing of an entry, with its unit vector. */
    public record Phrasing(long entryId, String text, float[] vector) {
    }

    private final int dimensions;
    private final float[] vectors;
    private final long[] entryOfRow;
    private final Map<Long, FaqEntry> entries;

    public FaqIndex(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings) {
        this.dimensions = dimensions;
        this.entries = new HashMap<>();
        for (FaqEntry e : entries) {
            this.entries.put(e.id(), e);
        }
        List<Phrasing> kept = phrasings.stream().filter(p -> this.entries.containsKey(p.entryId())).toList();
        this.vectors = new float[kept.size() * dimensions];
        this.entryOfRow = new long[kept.size()];
        for (int row = 0; row < kept.size(); row++) {
            Phrasing p = kept.get(row);
            if (p.vector().length != dimensions) {
                throw new IllegalArgumentException("vector of phrasing '" + p.text() + "' has " + p.vector().length
                        + " dimensions, expected " + dimensions);
            }
            System.arraycopy(p.vector(), 0, vectors, row * dimensions, dimensions);
            entryOfRow[row] = p.entryId();
        }
    }

    public static FaqIndex empty(int dimensions) {
        return new FaqIndex(dimensions, List.of(), List.of());
    }

    public int phrasingCount() {
        return entryOfRow.length;
    }

    public int entryCount() {
        return entries.size();
    }

    public FaqEntry entry(long id) {
        return entries.get(id);
    }

    /** The {@code limit} entries whose best phrasing is closest to the query vector, best first. */
    public List<FaqMatch> search(float[] query, int limit) {
        Map<Long, Double> bestPerEntry = new HashMap<>();
        for (int row = 0; row < entryOfRow.length; row++) {
            double score = dot(query, row * dimensions);
            bestPerEntry.merge(entryOfRow[row], score, Math::max);
        }
        List<Map.Entry<Long, Double>> ranked = new ArrayList<>(bestPerEntry.entrySet());
        ranked.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<FaqMatch> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            FaqEntry e = entries.get(ranked.get(i).getKey());
            out.add(new FaqMatch(e.id(), e.question(), e.answer(), ranked.get(i).getValue()));
        }
        return out;
    }

    private double dot(float[] query, int offset) {
        float sum = 0;
        for (int i = 0; i < dimensions; i++) {
            sum += query[i] * vectors[offset + i];
        }
        return sum;
    }
}
