import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.answerdesk.dialogue.Cleanup;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.PersonRequest;
import org.answerdesk.dialogue.RecentTexts;

/**
 * Two checks of the readings the one-step answer makes of a message (docs/benchmarks.md, perf11), run on a build's
 * classes as a single-file program:
 *
 * <pre>
 * java -cp target/classes:$(cat target/bench.cp) docs/profiles/PrepareReadings.java cpu db/sample-faq.csv plain|suffix
 * java -cp target/classes:$(cat target/bench.cp) docs/profiles/PrepareReadings.java dump out.tsv DIR...
 * java -cp target/classes:$(cat target/bench.cp) docs/profiles/PrepareReadings.java loop db/sample-faq.csv SECONDS
 * </pre>
 *
 * {@code cpu}: this thread's CPU per message for the person request, the act reading and the lookup text of the
 * FAQ's phrasings in English, 25 rounds (the last 15 printed): {@code plain} forgets the rules' recent texts before
 * each message, {@code suffix} appends " (n)" as ChatBenchmark's --distinct does. {@code dump}: the same readings of
 * every field of the .tsv/.csv files under DIR in the seven languages (with the act reading: closed act, learnable,
 * lookup text), one line each, to compare two builds. {@code loop}: the {@code suffix} readings for a number of
 * seconds (under JFR, say), then this thread's allocation per message after 20 rounds and the median and lowest CPU
 * per message of the second half's rounds.
 */
public class PrepareReadings {

    private static final List<Locale> LANGUAGES = Stream.of("en", "de", "fr", "it", "es", "nl", "pt")
            .map(Locale::forLanguageTag).toList();
    private static volatile int sink;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("loop")) {
            loop(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args[0].equals("cpu")) {
            cpu(Path.of(args[1]), args[2].equals("suffix"));
        } else {
            dump(Path.of(args[1]), List.of(args).subList(2, args.length));
        }
    }

    private static void loop(Path faq, int seconds) throws Exception {
        List<String> phrasings = phrasings(faq);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Double> rounds = new ArrayList<>();
        long allocated = 0;
        int n = 0;
        int counted = 0;
        while (System.nanoTime() < end) {
            if (rounds.size() == 20) {
                allocated = threads.getCurrentThreadAllocatedBytes();
                counted = n;
            }
            long start = threads.getCurrentThreadCpuTime();
            for (String q : phrasings) {
                String text = q + " (" + ++n + ")";
                sink += (PersonRequest.asksForPerson(text, Locale.ENGLISH) ? 1 : 0)
                        + (DialoguePolicy.isClosedAct(text, Locale.ENGLISH) ? 2 : 0)
                        + Cleanup.forLookup(text, Locale.ENGLISH).length();
            }
            rounds.add((threads.getCurrentThreadCpuTime() - start) / 1000.0 / phrasings.size());
        }
        List<Double> late = new ArrayList<>(rounds.subList(rounds.size() / 2, rounds.size()));
        late.sort(null);
        System.out.printf(Locale.ROOT, "%d rounds; %d bytes allocated per message; second half: median %.1f, lowest"
                + " %.1f us per message%n", rounds.size(), (threads.getCurrentThreadAllocatedBytes() - allocated)
                / Math.max(1, n - counted), late.get(late.size() / 2), late.get(0));
    }

    private static List<String> phrasings(Path faq) throws Exception {
        List<String> phrasings = new ArrayList<>();
        List<String> lines = Files.readAllLines(faq);
        for (String line : lines.subList(1, lines.size())) {
            for (String p : line.substring(line.lastIndexOf(',') + 1).split("\\|")) {
                if (!p.isBlank()) {
                    phrasings.add(p.strip());
                }
            }
        }
        return phrasings;
    }

    private static void cpu(Path faq, boolean suffix) throws Exception {
        List<String> phrasings = phrasings(faq);
        var threads = ManagementFactory.getThreadMXBean();
        int n = 0;
        for (int round = 0; round < 25; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String q : phrasings) {
                String text = suffix ? q + " (" + ++n + ")" : q;
                if (!suffix) {
                    RecentTexts.forget();
                }
                sink += (PersonRequest.asksForPerson(text, Locale.ENGLISH) ? 1 : 0)
                        + (DialoguePolicy.isClosedAct(text, Locale.ENGLISH) ? 2 : 0)
                        + Cleanup.forLookup(text, Locale.ENGLISH).length();
            }
            long spent = threads.getCurrentThreadCpuTime() - start;
            if (round >= 10) {
                System.out.printf(Locale.ROOT, "round %d: %.1f us per message%n", round,
                        spent / 1000.0 / phrasings.size());
            }
        }
    }

    private static void dump(Path out, List<String> roots) throws Exception {
        Set<String> texts = new TreeSet<>();
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".csv"))
                        .toList()) {
                    for (String line : Files.readAllLines(p)) {
                        for (String field : line.split("\t")) {
                            field = field.strip();
                            if (!field.isEmpty() && field.length() <= 700) {
                                texts.add(field.replace("\\n", "\n"));
                            }
                        }
                    }
                }
            }
        }
        StringBuilder lines = new StringBuilder();
        for (String t : texts) {
            for (Locale l : LANGUAGES) {
                lines.append(l).append('\t').append(PersonRequest.asksForPerson(t, l) ? 'P' : '-')
                        .append(DialoguePolicy.isClosedAct(t, l) ? 'A' : '-')
                        .append(DialoguePolicy.learnable(t, l) ? 'L' : '-').append('\t')
                        .append(Cleanup.forLookup(t, l).replace("\n", "\\n")).append('\t')
                        .append(DialoguePolicy.lookupText(t, l).replace("\n", "\\n")).append('\n');
            }
        }
        Files.writeString(out, lines);
        System.err.println(texts.size() + " texts, " + texts.size() * LANGUAGES.size() + " readings");
    }
}
