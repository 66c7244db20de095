package org.answerdesk.retrieval;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The six lists of service-question forms of English asked about each phrasing of an FAQ (" (n)" appended), as the
 * gates ask them of a message: this thread's allocation per message from round 5, and the median and lowest CPU per
 * message of the second half's rounds (docs/benchmarks.md, perf42). In the package it reads, so compiled aside:
 *
 * <pre>
 * javac -d OUT -cp CLASSES docs/profiles/ServiceQuestionsLoop.java
 * java -cp CLASSES:OUT org.answerdesk.retrieval.ServiceQuestionsLoop db/sample-faq.csv SECONDS
 * </pre>
 */
public class ServiceQuestionsLoop {
    static volatile int sink;

    public static void main(String[] args) throws Exception {
        List<String> phr = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            for (String p : line.substring(line.lastIndexOf(',') + 1).split("\\|")) {
                if (!p.isBlank()) phr.add(p.strip());
            }
        }
        List<List<Pattern>> lists = List.of(ServiceQuestions.you("en"), ServiceQuestions.of("en"),
                ServiceQuestions.know("en"), ServiceQuestions.what("en"), ServiceQuestions.world("en"),
                ServiceQuestions.may("en"));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + Integer.parseInt(args[1]) * 1_000_000_000L;
        List<Double> rounds = new ArrayList<>();
        long alloc = 0; int n = 0, counted = 0;
        while (System.nanoTime() < end) {
            if (rounds.size() == 5) { alloc = threads.getCurrentThreadAllocatedBytes(); counted = n; }
            long start = threads.getCurrentThreadCpuTime();
            for (String q : phr) {
                String text = q + " (" + ++n + ")";
                for (List<Pattern> l : lists) sink += ServiceQuestions.asks(l, text) ? 1 : 0;
            }
            rounds.add((threads.getCurrentThreadCpuTime() - start) / 1000.0 / phr.size());
        }
        List<Double> late = new ArrayList<>(rounds.subList(rounds.size() / 2, rounds.size()));
        late.sort(null);
        System.out.printf(Locale.ROOT, "%d rounds; %d bytes per message; median %.2f, lowest %.2f us per message%n",
                rounds.size(), (threads.getCurrentThreadAllocatedBytes() - alloc) / Math.max(1, n - counted),
                late.get(late.size() / 2), late.get(0));
    }
}
