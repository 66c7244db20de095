package org.answerdesk.dialogue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * prepare's text rules up to the FAQ lookup, in its order (perf55's harness, docs/benchmarks.md perf56): the FAQ
 * paraphrases with " (n)" appended as ChatBenchmark --distinct does, this thread's CPU per message per round. In
 * package dialogue for the package-private rules: compiled beside the classes, not a single-file program,
 *
 * <pre>
 * javac -d rules -cp target/classes:$(cat target/bench.cp) docs/profiles/RulesHarness.java
 * java -cp rules:target/classes:$(cat target/bench.cp) org.answerdesk.dialogue.RulesHarness \
 *     src/test/resources/faq/paraphrases.csv 4 5000
 * </pre>
 */
public class RulesHarness {
    static volatile int sink;

    public static void main(String[] args) throws Exception {
        List<String> qs = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            String q = line.substring(0, line.lastIndexOf(','));
            if (q.startsWith("\"") && q.endsWith("\"")) q = q.substring(1, q.length() - 1).replace("\"\"", "\"");
            qs.add(q);
        }
        int rounds = Integer.parseInt(args[1]);
        int perRound = Integer.parseInt(args[2]);
        Locale en = Locale.ENGLISH;
        var threads = ManagementFactory.getThreadMXBean();
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                String text = qs.get(i % qs.size()) + " (" + ++n + ")";
                sink += one(text, en);
            }
            double us = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / perRound;
            System.out.printf(Locale.ROOT, "round %d: %.1f us per message%n", r, us);
        }
    }

    static int one(String text, Locale l) {
        int s = 0;
        s += PersonRequest.asksForPerson(text, l) ? 1 : 0;
        s += PersonRequest.acceptsOffer(text, l) ? 1 : 0;
        s += Acts.read(text, l).act().isPresent() ? 1 : 0;
        s += Parts.of(text, l).size() + Parts.joined(text, l).size();
        s += Parts.continues(text, l) ? 1 : 0;
        s += Mood.angry(text, l) ? 1 : 0;
        s += Noise.onlyEmoji(text) || Noise.mash(text) ? 1 : 0;
        s += Cleanup.onlyDetails(text, l) ? 1 : 0;
        s += UnknownWordsAct.mayBe(text, l) ? 1 : 0;
        s += BotThenQuestion.rest(text, l).isPresent() ? 1 : 0;
        s += LooseJoin.mayJoin(text, l) ? 1 : 0;
        String lookup = Cleanup.forLookup(text, l);
        s += Vague.bare(lookup, l) ? 1 : 0;
        s += Cleanup.withoutWrapping(text, l).length() + lookup.length();
        return s;
    }
}
