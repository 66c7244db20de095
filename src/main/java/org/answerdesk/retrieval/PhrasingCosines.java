package org.answerdesk.retrieval;

import java.util.Arrays;
import java.util.List;

/**
 * An FAQ index's phrasing vectors in one flat array and their cosines to a question, per entry the closest two.
 * Every phrasing is scored exactly unless the index shortlists: above {@value FaqIndex#EXACT_LIMIT} phrasings only
 * the {@value #SHORTLIST} nearest to the question by sign codes are.
 */
final class PhrasingCosines {

    static final int SHORTLIST = 256;

    private final int dimensions;
    private final float[] vectors;
    private final int[] classOfRow;
    private final int classes;
    private final SignCodes codes;

    /**
     * @param classOfRow per phrasing, the index of its entry among the {@code classes} entries
     * @param shortlist  whether to shortlist by sign codes above {@value FaqIndex#EXACT_LIMIT} phrasings
     * @throws IllegalArgumentException for a vector that has not {@code dimensions} dimensions
     */
    PhrasingCosines(int dimensions, List<FaqIndex.Phrasing> phrasings, int[] classOfRow, int classes,
                    boolean shortlist) {
        this.dimensions = dimensions;
        this.classOfRow = classOfRow;
        this.classes = classes;
        this.vectors = new float[phrasings.size() * dimensions];
        for (int row = 0; row < phrasings.size(); row++) {
            FaqIndex.Phrasing p = phrasings.get(row);
            if (p.vector().length != dimensions) {
                throw new IllegalArgumentException("vector of phrasing '" + p.text() + "' has " + p.vector().length
                        + " dimensions, expected " + dimensions);
            }
            System.arraycopy(p.vector(), 0, vectors, row * dimensions, dimensions);
        }
        this.codes = shortlist && phrasings.size() > FaqIndex.EXACT_LIMIT
                ? new SignCodes(vectors, dimensions, phrasings.size()) : null;
    }

    /** The cosines of one phrasing to every phrasing (the answer model's leave-one-out examples). */
    double[] ofRow(int row) {
        float[] v = Arrays.copyOfRange(vectors, row * dimensions, (row + 1) * dimensions);
        double[] out = new double[classOfRow.length];
        for (int o = 0; o < out.length; o++) {
            out[o] = dot(v, o);
        }
        return out;
    }

    /**
     * Per entry, the cosines of its closest and second closest phrasings (the closest again for an entry of one
     * phrasing); entries off a large index's shortlist get the shortlist's lowest.
     */
    double[][] closest(float[] query) {
        double[] best = new double[classes];
        double[] second = new double[classes];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(second, Double.NEGATIVE_INFINITY);
        double lowest = 1;
        int[] rows = codes == null ? null : codes.nearest(codes.encode(query), SHORTLIST);
        int count = rows == null ? classOfRow.length : rows.length;
        for (int i = 0; i < count; i++) {
            int row = rows == null ? i : rows[i];
            double s = dot(query, row);
            lowest = Math.min(lowest, s);
            int c = classOfRow[row];
            if (s > best[c]) {
                second[c] = best[c];
                best[c] = s;
            } else if (s > second[c]) {
                second[c] = s;
            }
        }
        for (int c = 0; c < best.length; c++) {
            if (best[c] == Double.NEGATIVE_INFINITY) {
                best[c] = rows == null ? -1 : lowest;
            }
            if (second[c] == Double.NEGATIVE_INFINITY) {
                second[c] = best[c];
            }
        }
        return new double[][] {best, second};
    }

    // four float sums, added in this order: the cosines (and so every ranking) depend on the rounding
    private double dot(float[] query, int row) {
        int offset = row * dimensions;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dimensions; i += 4) {
            s0 += query[i] * vectors[offset + i];
            s1 += query[i + 1] * vectors[offset + i + 1];
            s2 += query[i + 2] * vectors[offset + i + 2];
            s3 += query[i + 3] * vectors[offset + i + 3];
        }
        for (; i < dimensions; i++) {
            s0 += query[i] * vectors[offset + i];
        }
        return s0 + s1 + s2 + s3;
    }
}
