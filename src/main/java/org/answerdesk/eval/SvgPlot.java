package org.answerdesk.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** A small SVG chart of answered precision and answered share against the threshold. */
final class SvgPlot {

    private static final int W = 640;
    private static final int H = 400;
    private static final int PAD = 50;

    private SvgPlot() {
    }

    static String render(List<Metrics.AtThreshold> sweep, double threshold) {
        double lo = sweep.get(0).threshold();
        double hi = sweep.get(sweep.size() - 1).threshold();
        StringBuilder s = new StringBuilder();
        s.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                + "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", W, H));
        s.append(f("<text x=\"%d\" y=\"20\">FAQ answers against the threshold</text>%n", PAD));
        for (int i = 0; i <= 4; i++) {
            double y = y(i / 4.0);
            s.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", PAD, y, W - PAD, y));
            s.append(f("<text x=\"10\" y=\"%.1f\">%d%%</text>%n", y + 4, i * 25));
        }
        for (Metrics.AtThreshold t : sweep) {
            s.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>", x(t.threshold(), lo, hi),
                    H - PAD + 18, t.threshold()));
        }
        s.append(f("%n<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">threshold</text>%n", W / 2, H - 8));
        s.append(line(sweep, lo, hi, Metrics.AtThreshold::answeredPrecision, "#1f77b4"));
        s.append(line(sweep, lo, hi, Metrics.AtThreshold::answeredRate, "#ff7f0e"));
        double tx = x(threshold, lo, hi);
        s.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\" stroke-dasharray=\"4\"/>%n", tx,
                PAD, tx, H - PAD));
        s.append(f("<text x=\"%d\" y=\"38\" fill=\"#1f77b4\">precision of FAQ answers</text>", PAD));
        s.append(f("<text x=\"%d\" y=\"38\" fill=\"#ff7f0e\">share answered from the FAQ</text>%n", PAD + 200));
        return s.append("</svg>\n").toString();
    }

    private static String line(List<Metrics.AtThreshold> sweep, double lo, double hi,
                               ToDoubleFunction<Metrics.AtThreshold> value, String colour) {
        StringBuilder points = new StringBuilder();
        for (Metrics.AtThreshold t : sweep) {
            double v = value.applyAsDouble(t);
            if (!Double.isNaN(v)) {
                points.append(f("%.1f,%.1f ", x(t.threshold(), lo, hi), y(v)));
            }
        }
        return f("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", colour,
                points.toString().strip());
    }

    private static double x(double t, double lo, double hi) {
        return PAD + (hi == lo ? 0 : (t - lo) / (hi - lo)) * (W - 2 * PAD);
    }

    private static double y(double v) {
        return H - PAD - v * (H - 2 * PAD);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
