package org.answerdesk.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.retrieval.Csv;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sample FAQ's paraphrases as customers write them, end to end through {@code POST /api/chat} (issue 39): each
 * paraphrase is sent once as written and, per seed, wrapped with an opening, a context line (an order number, a date,
 * an amount) and a sign-off from {@code src/test/resources/dialogue/wrappers.tsv}, in one line or several, the
 * context before or after the question. Each part of that file is split by position into a development half (the
 * clean-up is tuned on it) and a held-out half; both are reported. Per variant: direct right (a reply of the message,
 * the first or one under {@code more}, is the expected entry's FAQ answer), self-service (direct right, or the
 * expected entry among the offered choices: one pick, as {@code eval}'s), direct precision (right of all FAQ answers).
 *
 * <p>Offline (no app, always printed first): how many wrapped paraphrases the bot looks up with the same words as the
 * unwrapped ones ({@link DialoguePolicy#lookupText}, case and punctuation aside), and, given {@code --bitext FILE},
 * how many of Bitext's {@code instruction} texts that name an order, invoice or amount are looked up without it
 * (noise written by others; read in place).
 *
 * <p>The app runs in this JVM as {@link SmallTalkBenchmark}'s ({@link InProcessApp}); run it the same way, from the
 * repository root:
 *
 * <pre>./mvnw -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.bench.WrappedBenchmark \
 *     --seeds 1,2,3 --bitext ../shared/data/bitext/Bitext_Sample_Customer_Support_Training_Dataset_v1_2023-08.csv</pre>
 *
 * Options: {@code --seeds 1,2,3}, {@code --frozen}, {@code --offline} (the offline part only), {@code --examples 15}
 * (development-half losses listed: never the held-out half's), {@code --json}, {@code --adapt-wait 40m}.
 */
public final class WrappedBenchmark {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path WRAPPERS = Path.of("src/test/resources/dialogue/wrappers.tsv");
    /** A second development set, every line of it. */
    private static final Path WRAPPERS_DEV2 = Path.of("src/test/resources/dialogue/wrappers-dev2.tsv");
    /** A third, in styles the first two lack. */
    private static final Path WRAPPERS_DEV3 = Path.of("src/test/resources/dialogue/wrappers-dev3.tsv");
    private static final Set<String> BITEXT_DETAILS = Set.of("order_id", "invoice_id", "refund_amount");

    /** One half of the wrappers. */
    record Wrappers(List<String> openings, List<String> contexts, List<String> closings) {

        /** The question wrapped with parts and a layout drawn from {@code random}. */
        String wrap(String question, Random random) {
            String o = openings.get(random.nextInt(openings.size()));
            String c = contexts.get(random.nextInt(contexts.size()));
            String s = closings.get(random.nextInt(closings.size()));
            switch (random.nextInt(6)) {
                case 0: return o + " " + question + " " + c + " " + s;
                case 1: return o + "\n\n" + question + "\n" + c + "\n\n" + s;
                case 2: return o + " " + c + " " + question + " " + s;
                case 3: return o + "\n" + c + "\n" + question + "\n\n" + s;
                case 4: return question + " " + c + "\n" + s;
                default: return o + " " + question + "\n" + s;
            }
        }
    }

    record Question(String text, String label) {
        boolean inScope() {
            return !label.isBlank();
        }
    }

    public static void main(String[] args) throws Exception {
        boolean frozen = flag(args, "--frozen");
        List<Long> seeds = Arrays.stream(arg(args, "--seeds", "1,2,3").split(",")).map(Long::parseLong).toList();
        int examples = Integer.parseInt(arg(args, "--examples", "15"));
        List<Question> questions = InProcessApp.paraphrases().stream().map(p -> new Question(p[0], p[1])).toList();
        Map<String, Wrappers> halves = wrappers(WRAPPERS);
        halves.remove("all");
        halves.put("dev 2", wrappers(WRAPPERS_DEV2).get("all"));
        halves.put("dev 3", wrappers(WRAPPERS_DEV3).get("all"));
        Report report = new Report();
        ObjectNode out = MAPPER.createObjectNode();

        offline(report, out, questions, halves, seeds, examples);
        String bitext = arg(args, "--bitext", null);
        if (bitext != null) {
            bitext(report, out, Path.of(bitext));
        }
        if (!flag(args, "--offline")) {
            online(report, out, questions, halves, seeds, examples, frozen,
                    Duration.parse("PT" + arg(args, "--adapt-wait", "40m").toUpperCase(Locale.ROOT)));
        }
        report.print();
        if (flag(args, "--json")) {
            System.out.println(out);
        }
    }

    // ---- offline: the words looked up ----------------------------------------------------------------------------

    private static void offline(Report report, ObjectNode out, List<Question> questions, Map<String, Wrappers> halves,
                                List<Long> seeds, int examples) {
        report.line("Looked up with the same words wrapped as unwrapped (DialoguePolicy.lookupText), in-scope "
                + "paraphrases, per seed:");
        ObjectNode node = out.putObject("same_lookup");
        for (var half : halves.entrySet()) {
            List<String> shares = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (long seed : seeds) {
                Random random = new Random(seed);
                int same = 0;
                int n = 0;
                for (Question q : questions) {
                    String wrapped = half.getValue().wrap(q.text(), random);
                    if (!q.inScope()) {
                        continue;
                    }
                    n++;
                    String plain = DialoguePolicy.lookupText(q.text(), Locale.ENGLISH);
                    String lookedUp = DialoguePolicy.lookupText(wrapped, Locale.ENGLISH);
                    if (words(plain).equals(words(lookedUp))) {
                        same++;
                    } else if (half.getKey().startsWith("dev") && shown.size() < examples) {
                        shown.add("    " + ChatProbe.oneLine(wrapped) + "\n      -> " + ChatProbe.oneLine(lookedUp));
                    }
                }
                shares.add(share(same, n));
                node.put(half.getKey() + "_seed_" + seed, same);
            }
            report.line(String.format(Locale.ROOT, "  %-8s %s", half.getKey(), String.join("  ", shares)));
            shown.forEach(report::line);
        }
    }

    private static void bitext(Report report, ObjectNode out, Path file) throws IOException {
        int n = 0;
        int masked = 0;
        List<String> kept = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            List<String> head = rows.get(0);
            int text = head.indexOf("instruction");
            int type = head.indexOf("entity_type");
            int value = head.indexOf("entity_value");
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() <= value || !BITEXT_DETAILS.contains(row.get(type))
                        || !row.get(text).contains(row.get(value))) {
                    continue;
                }
                n++;
                String lookedUp = DialoguePolicy.lookupText(row.get(text), Locale.ENGLISH);
                if (!lookedUp.contains(row.get(value))) {
                    masked++;
                } else if (kept.size() < 5) {
                    kept.add("    " + row.get(text) + " -> " + lookedUp);
                }
            }
        }
        report.line("");
        report.line("Bitext instructions naming an order, invoice or amount (" + file.getFileName() + "): looked up "
                + "without it " + share(masked, n) + "; kept, e.g.:");
        kept.forEach(report::line);
        out.put("bitext_details", n);
        out.put("bitext_masked", masked);
    }

    // ---- online: end to end --------------------------------------------------------------------------------------

    private static void online(Report report, ObjectNode out, List<Question> questions, Map<String, Wrappers> halves,
                               List<Long> seeds, int examples, boolean frozen, Duration adaptWait) throws Exception {
        Path dataDir = Files.createTempDirectory("answerdesk-wrapped-bench-");
        try (var app = InProcessApp.Running.start(InProcessApp.productDefaults(dataDir, frozen), frozen, adaptWait)) {
            String model = app.model();
            Map<String, Long> ids = app.entryIds();
            ChatProbe chat = new ChatProbe(new PlainHttp(app.port()), app.data(), "bench-wrapped-");
            report.line("");
            report.line(String.format(Locale.ROOT, "machine: %d cores, Java %s, load average %s at the start; %s; "
                            + "model served: %s (%.0f s from start)", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), InProcessApp.loadAverage(), frozen ? "--frozen"
                            : "defaults (adapted model)", model, app.seconds()));
            out.put("mode", frozen ? "frozen" : "adapted");
            out.put("model", model);
            List<ChatProbe.Got> plain = new ArrayList<>();
            for (Question q : questions) {
                plain.add(chat.send(q.text()));
            }
            report.line(String.format(Locale.ROOT, "%-22s %5s %14s %14s %14s %14s", "variant", "n", "direct right",
                    "self-service", "direct prec.", "off-topic ans."));
            row(report, out, "unwrapped", questions, plain, ids);
            List<String> losses = new ArrayList<>();
            for (var half : halves.entrySet()) {
                for (long seed : seeds) {
                    Random random = new Random(seed);
                    List<ChatProbe.Got> got = new ArrayList<>();
                    List<String> sent = new ArrayList<>();
                    for (Question q : questions) {
                        sent.add(half.getValue().wrap(q.text(), random));
                        got.add(chat.send(sent.get(sent.size() - 1)));
                    }
                    row(report, out, half.getKey() + " seed " + seed, questions, got, ids);
                    for (int i = 0; half.getKey().startsWith("dev") && i < questions.size(); i++) {
                        Long expected = ids.get(questions.get(i).label());
                        if (expected != null && plain.get(i).answered().contains(expected)
                                && !got.get(i).answered().contains(expected) && losses.size() < examples) {
                            losses.add("    " + ChatProbe.oneLine(sent.get(i)) + "\n      -> " + got.get(i).brief());
                        }
                    }
                }
            }
            report.line(String.format(Locale.ROOT, "%d chat requests; load average at the end %s", chat.requests(),
                    InProcessApp.loadAverage()));
            report.line("Development wrappers that lost a right direct answer (first " + examples + "):");
            losses.forEach(report::line);
        }
    }

    private static void row(Report report, ObjectNode out, String variant, List<Question> questions,
                            List<ChatProbe.Got> got,
                            Map<String, Long> ids) {
        int n = 0;
        int right = 0;
        int selfServed = 0;
        int answered = 0;
        int offTopic = 0;
        int offTopicAnswered = 0;
        for (int i = 0; i < questions.size(); i++) {
            ChatProbe.Got g = got.get(i);
            if (!questions.get(i).inScope()) {
                offTopic++;
                offTopicAnswered += g.answered().isEmpty() ? 0 : 1;
                continue;
            }
            Long expected = ids.get(questions.get(i).label());
            if (expected == null) {
                throw new IllegalStateException("paraphrase label not in the FAQ: " + questions.get(i).label());
            }
            n++;
            boolean direct = g.answered().contains(expected);
            right += direct ? 1 : 0;
            answered += g.answered().isEmpty() ? 0 : 1;
            selfServed += direct || !g.ticket() && g.offered().contains(expected) ? 1 : 0;
        }
        report.line(String.format(Locale.ROOT, "%-22s %5d %14s %14s %14s %14s", variant, n, share(right, n),
                share(selfServed, n), answered == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * right / answered),
                share(offTopicAnswered, offTopic)));
        ObjectNode r = out.putObject(variant);
        r.put("n", n);
        r.put("right", right);
        r.put("self_served", selfServed);
        r.put("answered", answered);
        r.put("off_topic_answered", offTopicAnswered);
    }

    // ---- the data ------------------------------------------------------------------------------------------------

    /**
     * {@code part<TAB>text}: each part's even lines the development half ({@code dev}), its odd lines the held-out
     * half ({@code held-out}); {@code all}: every line.
     */
    static Map<String, Wrappers> wrappers(Path file) throws IOException {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0 || line.startsWith("part\t")) {
                continue;
            }
            parts.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                    .add(line.substring(tab + 1).replace("\\n", "\n"));
        }
        Map<String, Wrappers> halves = new LinkedHashMap<>();
        halves.put("dev", new Wrappers(every(parts.get("opening"), 0, 2), every(parts.get("context"), 0, 2),
                every(parts.get("closing"), 0, 2)));
        halves.put("held-out", new Wrappers(every(parts.get("opening"), 1, 2), every(parts.get("context"), 1, 2),
                every(parts.get("closing"), 1, 2)));
        halves.put("all", new Wrappers(parts.get("opening"), parts.get("context"), parts.get("closing")));
        return halves;
    }

    private static List<String> every(List<String> lines, int from, int step) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < lines.size(); i += step) {
            out.add(lines.get(i));
        }
        return out;
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String share(int count, int n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%d %5.1f%%", count, 100.0 * count / n);
    }

    private static boolean flag(String[] args, String name) {
        return Arrays.asList(args).contains(name);
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
