package org.answerdesk.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.optimaize.langdetect.LanguageDetector;

import org.answerdesk.language.DevSet;
import org.answerdesk.language.LanguageDetection;
import org.answerdesk.language.Languages;

/**
 * The time {@link LanguageDetection#next} takes per customer message on the development set (p50, p99, after a
 * warm-up), per shop, its accuracy, and the size the detector adds to the jar. Figures in docs/benchmarks.md.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.answerdesk.bench.LanguageBenchmark
 * </pre>
 */
public final class LanguageBenchmark {

    private static final int ROUNDS = 20;

    private LanguageBenchmark() {
    }

    public static void main(String[] args) {
        List<DevSet.Sample> samples = DevSet.read(DevSet.DEVELOPMENT);
        List<Languages> shops = new ArrayList<>(DevSet.shops());
        shops.add(0, Languages.of("en"));
        for (Languages shop : shops) {
            long start = System.nanoTime();
            var detection = new LanguageDetection(shop);
            double loadMs = (System.nanoTime() - start) / 1e6;
            for (int i = 0; i < 5; i++) { // warm-up
                samples.forEach(s -> detection.next(Locale.ENGLISH, s.text(), null));
            }
            long[] nanos = new long[samples.size() * ROUNDS];
            int n = 0;
            Locale sink = null;
            for (int r = 0; r < ROUNDS; r++) {
                for (DevSet.Sample s : samples) {
                    long t = System.nanoTime();
                    sink = detection.next(r % 2 == 0 ? null : shop.defaultLanguage(), s.text(), null);
                    nanos[n++] = System.nanoTime() - t;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "shop %-24s load %6.1f ms  next(): p50 %7.3f ms  p99 %7.3f ms  (%d calls, %s)%n",
                    shop, loadMs, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, nanos.length,
                    sink);
        }
        DevSet.main(new String[0]);
        System.out.printf(Locale.ROOT, "jar size added: %s%n", sizes());
    }

    /** The detector's jar and what it brings (Guava, its failure-access part, jsonic), as on the class path. */
    private static String sizes() {
        long total = 0;
        StringBuilder out = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.startsWith("language-detector-") || name.startsWith("guava-") || name.startsWith("failureaccess-")
                    || name.startsWith("jsonic-")) {
                long size = new File(entry).length();
                total += size;
                out.append(name).append(' ').append(size / 1024).append(" KB, ");
            }
        }
        return out.append("in all ").append(String.format(Locale.ROOT, "%.1f MB", total / 1048576.0))
                .append(" (").append(LanguageDetector.class.getSimpleName()).append(" profiles loaded in memory only)")
                .toString();
    }
}
