package org.answerdesk.eval;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A measuring tool, not a test: replays many plans through {@link FollowUpProbe} in one JVM (the vectors cached
 * across plans), each into its own file. Each line of LIST is {@code faq plan language out}; run with {@code
 * -Dsignals=15} every lookup is followed by its 15 first entries and what ordered them, which
 * {@code src/test/resources/measure/rank22.py} reads to fit a ranking across shops (docs/retrieval.md, "rank22").
 *
 * <pre>java -Dsignals=15 -Dcache=DIR -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     org.answerdesk.eval.RankSignals LIST</pre>
 */
public final class RankSignals {

    private RankSignals() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream console = System.out;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.trim().split("\\s+");
            Path out = Path.of(p[3]);
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (PrintStream ps = new PrintStream(new FileOutputStream(out.toFile()), true, StandardCharsets.UTF_8)) {
                System.setOut(ps);
                FollowUpProbe.main(new String[] {p[0], p[1], p[2]});
            } finally {
                System.setOut(console);
            }
            console.println("done " + p[3]);
        }
    }
}
