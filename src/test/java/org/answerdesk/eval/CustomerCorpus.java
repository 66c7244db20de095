package org.answerdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.adapt.EncoderTraining;

/**
 * A training corpus of customers' own questions from judged sets, and MiniLM trained on it (docs/retrieval.md, "enc21").
 * Not a test: a tool, from the repository root with the classpath of {@link FollowUpProbe}.
 *
 * <pre>... org.answerdesk.eval.CustomerCorpus write corpus.tsv docs/conversations/2026-11-27-set8 ...
 * ... org.answerdesk.eval.CustomerCorpus train corpus.tsv OUTDIR PAIRS_PER_TEXT MAX_PAIRS RATE</pre>
 *
 * {@code write}: for every shop ({@code <lang>-faq.csv} with its {@code <lang>-plan.tsv}) of the given set
 * directories, every entry's question and phrasings, and each plan message whose column 4 names exactly one entry
 * ({@code FAQ: "..."}), is no follow-up (column 4 says "follow-up", or under 5 words) and is not two questions in one;
 * lines "shop TAB entry TAB source TAB text", shop as {@code set/lang}, in the files' order. {@code train}: the shipped
 * MiniLM trained on it by the bot's own trainer, each shop's entries one group (negatives from the same shop), and
 * {@code model.onnx} with {@code tokenizer.json} written to OUTDIR, served with {@code FollowUpProbe -Dmodel=OUTDIR/model.onnx}.
 */
public final class CustomerCorpus {

    private static final Pattern NAMED = Pattern.compile("FAQ: \"([^\"]+)\"");
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private CustomerCorpus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("write")) {
            List<String> lines = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                lines.addAll(lines(Path.of(args[i])));
            }
            Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
            System.out.println(lines.size() + " texts");
        } else if (args.length == 6 && args[0].equals("train")) {
            train(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Double.parseDouble(args[5]));
        } else {
            System.err.println("usage: write OUT.tsv SETDIR... | train CORPUS.tsv OUTDIR PAIRS_PER_TEXT MAX_PAIRS RATE");
            System.exit(2);
        }
    }

    /** The corpus lines of one set directory, its shops in name order. */
    static List<String> lines(Path set) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> faqs;
        try (var files = Files.list(set)) {
            faqs = files.filter(f -> f.getFileName().toString().endsWith("-faq.csv")).sorted().toList();
        }
        for (Path faqFile : faqs) {
            String lang = faqFile.getFileName().toString().replace("-faq.csv", "");
            Path plan = set.resolve(lang + "-plan.tsv");
            String shop = set.getFileName() + "/" + lang;
            List<FaqEntry> entries = FaqFile.read(faqFile).entries();
            Map<String, Integer> byQuestion = new LinkedHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                FaqEntry e = entries.get(i);
                byQuestion.put(norm(e.question()), i + 1);
                out.add(line(shop, i + 1, "question", e.question()));
                for (String p : e.phrasings()) {
                    out.add(line(shop, i + 1, "phrasing", p));
                }
            }
            if (Files.exists(plan)) {
                for (String[] row : customerQuestions(plan)) {
                    Integer entry = byQuestion.get(norm(row[1]));
                    if (entry != null) {
                        out.add(line(shop, entry, "customer", row[0]));
                    }
                }
            }
        }
        return out;
    }

    /** [message, the one entry's question] of each plan row that names exactly one entry and stands on its own. */
    static List<String[]> customerQuestions(Path plan) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> rows = Files.readAllLines(plan, StandardCharsets.UTF_8);
        for (String l : rows.subList(1, rows.size())) {
            String[] f = l.split("\t");
            if (f.length < 4 || !f[0].strip().matches("\\d+")) {
                continue;
            }
            String expected = f[3].replaceFirst("^\\s*(\\[[^\\]]*\\]\\s*)+", "");
            String message = f[2].replaceFirst("^\\[[^\\]]*\\]\\s*", "").strip();
            Matcher m = NAMED.matcher(f[3]);
            List<String> named = new ArrayList<>();
            while (m.find()) {
                if (!named.contains(norm(m.group(1)))) {
                    named.add(norm(m.group(1)));
                }
            }
            if (expected.startsWith("FAQ:") && named.size() == 1
                    && !expected.toLowerCase(Locale.ROOT).contains("follow-up")
                    && message.split("\\s+").length >= 5) {
                out.add(new String[] {message.replaceAll("\\s+", " "), named.get(0)});
            }
        }
        return out;
    }

    static void train(Path corpus, Path outDir, int pairsPerText, int maxPairs, double rate) throws IOException {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (String l : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            String[] f = l.split("\t", 4);
            texts.computeIfAbsent(f[0] + "\t" + f[1], k -> new ArrayList<>()).add(f[3]);
        }
        Map<String, Long> shops = new LinkedHashMap<>();
        List<EncoderTraining.Example> examples = new ArrayList<>();
        texts.forEach((key, list) -> {
            String[] k = key.split("\t");
            long shop = shops.computeIfAbsent(k[0], s -> (long) shops.size() + 1);
            examples.add(new EncoderTraining.Example((shop << 32) | Long.parseLong(k[1]),
                    list.stream().distinct().toList(), List.of()));
        });
        EncoderTraining.Options options = new EncoderTraining.Options(pairsPerText, 1, maxPairs, 32, rate, false, 42,
                Duration.ofHours(3));
        ClassLoader loader = CustomerCorpus.class.getClassLoader();
        byte[] onnx;
        try (var in = loader.getResourceAsStream("all-minilm-l6-v2.onnx")) {
            onnx = in.readAllBytes();
        }
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        byte[] trained;
        try (var tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            trained = EncoderTraining.adapt(onnx, tokenizer, EncoderTraining.Pooling.MEAN, examples, options);
        }
        Files.createDirectories(outDir);
        Files.write(outDir.resolve("model.onnx"), trained);
        try (var tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            Files.copy(tokenizer, outDir.resolve("tokenizer.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.printf(Locale.ROOT, "%d shops, %d entries, %d texts; %s; %.0f s wall, %.0f s CPU of this thread,"
                        + " %.0f s CPU of the process%n", shops.size(), examples.size(),
                examples.stream().mapToInt(e -> e.phrasings().size()).sum(), options.trained(),
                (System.nanoTime() - wall) / 1e9,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9,
                ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
    }

    private static String line(String shop, int entry, String source, String text) {
        return shop + "\t" + entry + "\t" + source + "\t" + text.replaceAll("\\s+", " ").strip();
    }

    static String norm(String q) {
        return q.strip().replaceAll("^[\"\u201c\u201d\u201e]+|[\"\u201c\u201d\u201e]+$", "").strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
