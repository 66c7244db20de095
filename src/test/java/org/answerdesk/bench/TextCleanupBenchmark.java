package org.answerdesk.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.answerdesk.Adversarial;
import org.answerdesk.dialogue.Acts;
import org.answerdesk.dialogue.Cleanup;
import org.answerdesk.dialogue.PersonRequest;
import org.answerdesk.redaction.Redactor;

/**
 * The worst case of reading one message: each entry point that runs regular expressions over customer text, timed on
 * every adversarial 4,000-character message of {@link Adversarial} (issue 53, item 1: the clean-up of any such message
 * at most 50 ms). Each message is read {@code --repeat} times after one warm-up pass over all; the slowest message's
 * median is reported with the message.
 *
 * <pre>./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.bench.TextCleanupBenchmark</pre>
 */
public final class TextCleanupBenchmark {

    private TextCleanupBenchmark() {
    }

    public static void main(String[] args) {
        int repeat = args.length == 2 && args[0].equals("--repeat") ? Integer.parseInt(args[1]) : 5;
        Redactor redactor = Redactor.of(true, true);
        Map<String, Function<String, Object>> entries = new LinkedHashMap<>();
        entries.put("Cleanup.forLookup", m -> Cleanup.forLookup(m, Locale.ENGLISH));
        entries.put("Cleanup.withoutWrapping", m -> Cleanup.withoutWrapping(m, Locale.ENGLISH));
        entries.put("Acts.read", m -> Acts.read(m, Locale.ENGLISH));
        entries.put("PersonRequest.asksForPerson", m -> PersonRequest.asksForPerson(m, Locale.ENGLISH));
        entries.put("Redactor.mask (emails, phones)", redactor::mask);
        List<String> messages = Adversarial.messages();
        System.out.printf(Locale.ROOT, "%d messages of %d characters, median of %d reads each%n", messages.size(),
                Adversarial.LENGTH, repeat);
        System.out.printf(Locale.ROOT, "%-32s %10s %10s  %s%n", "entry", "worst ms", "median ms", "worst message");
        for (var entry : entries.entrySet()) {
            messages.forEach(entry.getValue()::apply);
            double worst = 0;
            String worstMessage = "";
            double[] medians = new double[messages.size()];
            for (int i = 0; i < messages.size(); i++) {
                long[] nanos = new long[repeat];
                for (int r = 0; r < repeat; r++) {
                    long start = System.nanoTime();
                    entry.getValue().apply(messages.get(i));
                    nanos[r] = System.nanoTime() - start;
                }
                java.util.Arrays.sort(nanos);
                medians[i] = nanos[repeat / 2] / 1e6;
                if (medians[i] > worst) {
                    worst = medians[i];
                    worstMessage = Adversarial.describe(messages.get(i));
                }
            }
            java.util.Arrays.sort(medians);
            System.out.printf(Locale.ROOT, "%-32s %10.2f %10.3f  %s%n", entry.getKey(), worst,
                    medians[medians.length / 2], worstMessage);
        }
    }
}
