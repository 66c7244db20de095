package org.answerdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The benchmark's output, printed at the end so that it is not mixed with the app's log. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
        text.append(line).append('\n');
    }

    void header() {
        line(String.format(Locale.ROOT, "%-44s %8s %8s %8s", "", "p50 ms", "p99 ms", "n"));
    }

    /** A row of percentiles; returns {p50, p99} in ms. */
    double[] row(String label, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double p50 = percentile(sorted, 0.50);
        double p99 = percentile(sorted, 0.99);
        line(String.format(Locale.ROOT, "%-44s %8.2f %8.2f %8d", label, p50, p99, sorted.size()));
        return new double[] {p50, p99};
    }

    void print() {
        System.out.print(text);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
