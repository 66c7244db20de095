package org.answerdesk.retrieval;

/**
 * A compact layout of unit vectors for large indexes: one sign bit per dimension (48 bytes for MiniLM instead of
 * 1,536). The Hamming distance between codes tracks the angle closely enough to shortlist candidates that are
 * then scored exactly.
 */
final class SignCodes {

    private final int words;
    private final long[] codes;

    SignCodes(float[] vectors, int dimensions, int rows) {
        this.words = (dimensions + 63) / 64;
        this.codes = new long[rows * words];
        for (int r = 0; r < rows; r++) {
            encode(vectors, r * dimensions, dimensions, codes, r * words);
        }
    }

    long[] encode(float[] v) {
        long[] out = new long[words];
        encode(v, 0, v.length, out, 0);
        return out;
    }

    private static void encode(float[] v, int from, int dimensions, long[] out, int at) {
        for (int d = 0; d < dimensions; d++) {
            if (v[from + d] > 0) {
                out[at + d / 64] |= 1L << (d % 64);
            }
        }
    }

    /** The rows whose codes are nearest to the query's, at most {@code limit}, in no particular order. */
    int[] nearest(long[] query, int limit) {
        int rows = codes.length / words;
        // a bounded max-heap on distance keeps the limit nearest rows
        int[] heapRow = new int[limit];
        int[] heapDist = new int[limit];
        int size = 0;
        for (int r = 0; r < rows; r++) {
            int dist = 0;
            int base = r * words;
            for (int w = 0; w < words; w++) {
                dist += Long.bitCount(codes[base + w] ^ query[w]);
            }
            if (size < limit) {
                heapRow[size] = r;
                heapDist[size] = dist;
                siftUp(heapRow, heapDist, size++);
            } else if (dist < heapDist[0]) {
                heapRow[0] = r;
                heapDist[0] = dist;
                siftDown(heapRow, heapDist, size);
            }
        }
        return java.util.Arrays.copyOf(heapRow, size);
    }

    private static void siftUp(int[] row, int[] dist, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (dist[parent] >= dist[i]) {
                return;
            }
            swap(row, dist, i, parent);
            i = parent;
        }
    }

    private static void siftDown(int[] row, int[] dist, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int big = i;
            if (l < size && dist[l] > dist[big]) {
                big = l;
            }
            if (r < size && dist[r] > dist[big]) {
                big = r;
            }
            if (big == i) {
                return;
            }
            swap(row, dist, i, big);
            i = big;
        }
    }

    private static void swap(int[] row, int[] dist, int a, int b) {
        int tr = row[a];
        row[a] = row[b];
        row[b] = tr;
        int td = dist[a];
        dist[a] = dist[b];
        dist[b] = td;
    }
}
