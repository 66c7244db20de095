package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.List;

/**
 * The largest {@link Embedder#cosine} of a query with a fixed set of vectors, exactly as a scan of all of them finds
 * it, without computing every cosine: the vectors are grouped once (a few k-means rounds), each group kept as a cone
 * (its mean's direction and the widest angle of a member from it), and a query visits the groups by the bound of
 * their cone, skipping those that cannot beat the best cosine found so far.
 * <p>
 * The bound: for a member x at angle β ≤ α from the group's direction c, and a query q at angle θ from c, the angle
 * between q and x is at least θ - β ≥ θ - α (triangle inequality of angles on the sphere), so
 * {@code q·x ≤ |q| |x| cos(max(0, θ - α))}. A group is skipped only when that bound plus {@link #ROUNDING} is below
 * the best cosine found; the cosines that are computed are computed by {@link Embedder#cosine} itself, so the
 * maximum is the same value, bit for bit.
 * <p>
 * Measured, not served ({@link NearestSearchHarness}, docs/benchmarks.md, perf13): on the shipped background with the
 * MiniLM the cones are too wide for the bound to skip a group (about 302 dot products a query against the scan's 270),
 * so {@link OffTopic} scans.
 */
final class NearestSearch {

    /**
     * Covers every rounding between the bound and a computed cosine, with room: {@link Embedder#cosine} multiplies in
     * float (relative error 2^-24 each, so at most 6e-8 |q| |x| over the sum) and adds in double (about 1e-14); the
     * angles come from double dot products and {@code acos} (an error of 1e-16 in a cosine near 1 moves its angle by
     * about 1.5e-8, and cos is 1-Lipschitz). Together under 2e-7 for vectors of length about 1; 1e-6 is five times that.
     */
    static final double ROUNDING = 1e-6;
    /** Fewer vectors than this are scanned: a group's bound would cost about as much as its members. */
    static final int SMALL = 48;
    /** About this many members a group. */
    static final int GROUP = 8;
    private static final int ROUNDS = 6;

    private final float[][] vectors;
    /** Per group: its unit direction, widest member angle, longest member, and the members' indexes. */
    private final double[][] directions;
    private final double[] widest;
    private final double[] longest;
    private final int[][] members;

    NearestSearch(float[][] vectors) {
        this.vectors = vectors;
        if (vectors.length < SMALL) {
            directions = new double[0][];
            widest = new double[0];
            longest = new double[0];
            members = new int[0][];
            return;
        }
        List<int[]> groups = groups(vectors, Math.max(2, vectors.length / GROUP));
        int k = groups.size();
        directions = new double[k][];
        widest = new double[k];
        longest = new double[k];
        members = groups.toArray(int[][]::new);
        for (int g = 0; g < k; g++) {
            directions[g] = unitMean(vectors, members[g]);
            for (int i : members[g]) {
                double norm = norm(vectors[i]);
                longest[g] = Math.max(longest[g], norm);
                widest[g] = Math.max(widest[g], angle(dot(directions[g], vectors[i]), norm));
            }
        }
    }

    /** The largest cosine of {@code query} with the vectors, {@code -Infinity} when there are none. */
    double nearest(float[] query) {
        return search(query).cosine();
    }

    /** The largest cosine and how many dot products (members' and groups' directions) finding it took. */
    record Found(double cosine, int dotProducts) {
    }

    Found search(float[] query) {
        double best = Double.NEGATIVE_INFINITY;
        if (members.length == 0) {
            for (float[] v : vectors) {
                best = Math.max(best, Embedder.cosine(v, query));
            }
            return new Found(best, vectors.length);
        }
        int k = members.length;
        double queryNorm = norm(query);
        double[] bounds = new double[k];
        for (int g = 0; g < k; g++) {
            double theta = angle(dot(directions[g], query), queryNorm);
            double length = queryNorm * longest[g];
            bounds[g] = length * Math.cos(Math.max(0, theta - widest[g])) + ROUNDING * Math.max(1, length);
        }
        int dots = k;
        // the groups by their bound, highest first (a selection: a few dozen groups, no sort's allocations)
        for (int visited = 0; visited < k; visited++) {
            int g = 0;
            for (int h = 1; h < k; h++) {
                if (bounds[h] > bounds[g]) {
                    g = h;
                }
            }
            if (bounds[g] < best) {
                break;
            }
            bounds[g] = Double.NEGATIVE_INFINITY;
            for (int i : members[g]) {
                best = Math.max(best, Embedder.cosine(vectors[i], query));
            }
            dots += members[g].length;
        }
        return new Found(best, dots);
    }

    /** Spherical k-means from evenly spaced seeds (deterministic), a few rounds; empty groups dropped. */
    private static List<int[]> groups(float[][] vectors, int k) {
        double[][] centres = new double[k][];
        for (int g = 0; g < k; g++) {
            centres[g] = unitMean(vectors, new int[] {(int) ((long) g * vectors.length / k)});
        }
        int[] of = new int[vectors.length];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < vectors.length; i++) {
                int best = 0;
                double bestDot = Double.NEGATIVE_INFINITY;
                for (int g = 0; g < k; g++) {
                    double d = centres[g] == null ? Double.NEGATIVE_INFINITY : dot(centres[g], vectors[i]);
                    if (d > bestDot) {
                        bestDot = d;
                        best = g;
                    }
                }
                of[i] = best;
            }
            List<int[]> members = members(of, k);
            for (int g = 0; g < k; g++) {
                centres[g] = members.get(g).length == 0 ? null : unitMean(vectors, members.get(g));
            }
        }
        return members(of, k).stream().filter(m -> m.length > 0).toList();
    }

    private static List<int[]> members(int[] of, int k) {
        List<int[]> out = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            final int group = g;
            out.add(java.util.stream.IntStream.range(0, of.length).filter(i -> of[i] == group).toArray());
        }
        return out;
    }

    private static double[] unitMean(float[][] vectors, int[] members) {
        double[] mean = new double[vectors[members[0]].length];
        for (int i : members) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += vectors[i][d];
            }
        }
        double norm = 0;
        for (double x : mean) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < mean.length; d++) {
            mean[d] = norm == 0 ? 0 : mean[d] / norm;
        }
        return mean;
    }

    /** The angle of a vector of length {@code norm} whose dot product with a unit direction is {@code dot}. */
    private static double angle(double dot, double norm) {
        return norm == 0 ? Math.PI / 2 : Math.acos(Math.max(-1, Math.min(1, dot / norm)));
    }

    private static double dot(double[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }
}
