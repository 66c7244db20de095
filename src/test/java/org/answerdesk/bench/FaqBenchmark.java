package org.answerdesk.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.answerdesk.retrieval.Csv;

/**
 * An FAQ file and labelled questions, end to end through {@code POST /api/chat} after the bot adapted to the FAQ
 * (issue 42's measurement): the app starts on a fresh database with the FAQ as its first FAQ, waits for the adapted
 * model (unless {@code --frozen}), and asks every question in a session of its own. The files are {@code eval}'s:
 * {@code cv --write-folds DIR} writes each cross-validation fold as {@code DIR/REGIME-K/faq.csv} and
 * {@code queries.csv} ({@code text,label}: the right entry's question; empty, {@code oos} or {@code none} for an
 * off-topic question, {@code near} for one of the neighbouring business), so a fold's figures here can be set beside
 * {@code eval --adapt}'s on the same files. Prints the figures: self-service (answered right directly, or the
 * right entry offered among choices and no ticket: one pick), in-scope direct (answered right directly), direct
 * precision (right of all questions answered from the FAQ, off-topic ones too, as {@code eval}'s), and the off-topic questions answered from the
 * FAQ (each a wrong answer) or shown choices, near and far apart; then where the off-topic questions went (the
 * reply's {@code source}).
 *
 * <pre>./mvnw -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/classes:$(cat target/bench.cp) org.answerdesk.eval.EvalCli cv --regimes b77-groups-random \
 *     --folds 3 --write-folds target/folds
 * ANSWERDESK_MANAGEMENT_PORT=0 java -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     org.answerdesk.bench.FaqBenchmark --faq target/folds/b77-groups-random-0/faq.csv \
 *     --queries target/folds/b77-groups-random-0/queries.csv</pre>
 *
 * Options: {@code --frozen}, {@code --adapt-wait 40m}.
 */
public final class FaqBenchmark {

    /** One question and the right entry's question ({@code null}: off-topic), and whether it is a near one. */
    record Question(String text, String expected, boolean near) {
    }

    public static void main(String[] args) throws Exception {
        Path faq = Path.of(arg(args, "--faq", "db/sample-faq.csv"));
        List<Question> questions = questions(Path.of(arg(args, "--queries", "src/test/resources/faq/paraphrases.csv")));
        boolean frozen = Arrays.asList(args).contains("--frozen");
        Duration adaptWait = Duration.parse("PT" + arg(args, "--adapt-wait", "40m").toUpperCase(Locale.ROOT));
        Path dataDir = Files.createTempDirectory("answerdesk-faq-bench-");
        List<String> spring = new ArrayList<>(InProcessApp.productDefaults(dataDir, frozen));
        spring.add("--answerdesk.faq.sample=" + faq.toAbsolutePath());
        try (var app = InProcessApp.Running.start(spring, frozen, adaptWait)) {
            Map<String, Long> ids = app.entryIds();
            ChatProbe chat = new ChatProbe(new PlainHttp(app.port()), app.data(), "bench-faq-");
            List<ChatProbe.Got> got = new ArrayList<>();
            for (Question q : questions) {
                if (q.expected() != null && !ids.containsKey(q.expected())) {
                    throw new IllegalArgumentException("label is no question of the FAQ: " + q.expected());
                }
                got.add(chat.send(q.text()));
            }
            System.out.printf(Locale.ROOT, "%s, %d entries, %d questions; %d cores, load average %s; model served: "
                            + "%s (%.0f s from start)%n", faq, ids.size(), questions.size(),
                    Runtime.getRuntime().availableProcessors(), InProcessApp.loadAverage(), app.model(), app.seconds());
            print(questions, got, ids);
        }
    }

    static void print(List<Question> questions, List<ChatProbe.Got> got, Map<String, Long> ids) {
        int inScope = 0;
        int right = 0;
        int selfServed = 0;
        int answered = 0;
        int[] off = new int[2];
        int[] offAnswered = new int[2];
        int[] offChoices = new int[2];
        Map<String, Integer> went = new TreeMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            ChatProbe.Got g = got.get(i);
            if (q.expected() == null) {
                int kind = q.near() ? 0 : 1;
                off[kind]++;
                offAnswered[kind] += g.answered().isEmpty() ? 0 : 1;
                offChoices[kind] += g.answered().isEmpty() && !g.offered().isEmpty() ? 1 : 0;
                went.merge(g.brief().split("[,:]", 2)[0], 1, Integer::sum);
                continue;
            }
            long expected = ids.get(q.expected());
            inScope++;
            boolean direct = !g.answered().isEmpty() && g.answered().get(0) == expected;
            right += direct ? 1 : 0;
            answered += g.answered().isEmpty() ? 0 : 1;
            selfServed += direct || g.answered().isEmpty() && !g.ticket() && g.offered().contains(expected) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "in scope (%d): self-service %s, in-scope direct %s, direct precision %s%n",
                inScope, share(selfServed, inScope), share(right, inScope),
                share(right, answered + offAnswered[0] + offAnswered[1]));
        int allOff = off[0] + off[1];
        System.out.printf(Locale.ROOT, "off-topic (%d): answered %s, shown choices %s; near (%d): answered %s, "
                        + "shown choices %s; far (%d): answered %s, shown choices %s%n", allOff,
                share(offAnswered[0] + offAnswered[1], allOff), share(offChoices[0] + offChoices[1], allOff), off[0],
                share(offAnswered[0], off[0]), share(offChoices[0], off[0]), off[1], share(offAnswered[1], off[1]),
                share(offChoices[1], off[1]));
        System.out.println("off-topic replies by source: " + went);
    }

    static List<Question> questions(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            List<Question> out = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                String label = r.size() > 1 ? r.get(1).strip() : "";
                String kind = label.toLowerCase(Locale.ROOT);
                boolean offTopic = kind.isEmpty() || kind.equals("oos") || kind.equals("none") || kind.equals("near");
                if (!r.get(0).isBlank()) {
                    out.add(new Question(r.get(0), offTopic ? null : label, kind.equals("near")));
                }
            }
            return out;
        }
    }

    private static String share(int count, int n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / n);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
