package org.answerdesk.retrieval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A measuring tool, not a test: where the right entry lands for every covered question that names its FAQ entry, in
 * every judged conversation set's plans (docs/conversations, any set with {@code FAQ: "…"} in the right-reply column)
 * and every eval shop's queries (src/test/resources/eval), asked of its shop's FAQ with the bot's index at its
 * defaults (the shipped MiniLM, unadapted; the lexical score in every language but English). Each candidate setting
 * ({@code name k=v,k=v} lines of a file: system properties {@code lx.*} a measuring build reads) is run over every
 * question, and {@link RankingFolds} reports right-first and right-in-the-top-3 per language and per set, and which
 * setting a fold would choose with its set held out. From the repository root, after {@code ./mvnw -o -q
 * test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.retrieval.RankingHarness \
 *     docs/conversations src/test/resources/eval db/sample-faq.csv [settings.txt]</pre>
 *
 * Without a settings file it measures the build as it is ({@code shipped}). Vectors are kept in
 * {@code target/far-gate-vectors.bin} between runs (shared with {@link FarGateHarness}); every question's outcome
 * goes to {@code target/ranking-asked.tsv}.
 */
public final class RankingHarness {

    /**
     * A question's outcome under one setting: its entry's rank (0 first, -1 not among the five), and the decision
     * ({@code offered}: its entry among the choices; for an off-topic question, choices shown at all).
     */
    record Outcome(String setting, String fold, String shop, String language, boolean offTopic, int rank,
                   boolean answeredRight, boolean answered, boolean offered, String text) {
    }

    private static final Pattern SET = Pattern.compile("set(\\d+)$");

    private RankingHarness() {
    }

    public static void main(String[] args) throws Exception {
        List<FarGateCorpus.Shop> shops = shops(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        Map<String, Map<String, String>> settings = settings(args.length > 3 ? Path.of(args[3]) : null);
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        Map<String, float[]> cache = FarGateCorpus.loadVectors();
        Function<List<String>, List<float[]>> vectors = FarGateCorpus.cachedVectors(embedder, cache);
        List<Outcome> out = new ArrayList<>();
        for (FarGateCorpus.Shop shop : shops) {
            out.addAll(ask(shop, embedder, vectors, settings));
        }
        FarGateCorpus.saveVectors(cache);
        List<String> lines = new ArrayList<>(List.of("setting\tfold\tshop\tlanguage\toff\trank\tanswered\tright\toffered\ttext"));
        for (Outcome o : out) {
            lines.add(String.join("\t", o.setting(), o.fold(), o.shop(), o.language(), o.offTopic() ? "off" : "in",
                    Integer.toString(o.rank()), o.answered() ? "A" : "-", o.answeredRight() ? "R" : "-",
                    o.offered() ? "O" : "-", o.text()));
        }
        Files.write(Path.of("target/ranking-asked.tsv"), lines);
        System.out.println(RankingFolds.report(new ArrayList<>(settings.keySet()), out));
    }

    /** The settings to measure: {@code name k=v,k=v} per line ({@code lx.} prefixed to each key); the first is the baseline. */
    static Map<String, Map<String, String>> settings(Path file) throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put("shipped", Map.of());
        if (file == null) {
            return out;
        }
        for (String line : Files.readAllLines(file)) {
            String[] p = line.strip().split("\\s+", 2);
            if (p[0].isEmpty() || p[0].startsWith("#")) {
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>();
            for (String kv : p.length > 1 ? p[1].split(",") : new String[0]) {
                String[] x = kv.split("=", 2);
                props.put("lx." + x[0].strip(), x[1].strip());
            }
            out.put(p[0], props);
        }
        return out;
    }

    private static List<Outcome> ask(FarGateCorpus.Shop shop, Embedder embedder,
                                     Function<List<String>, List<float[]>> vectors,
                                     Map<String, Map<String, String>> settings) {
        FaqRetriever retriever = FarGateCorpus.index(shop, embedder, vectors).retriever();
        Map<String, Long> ids = new HashMap<>();
        shop.entries().forEach(e -> ids.put(e.question(), e.id()));
        List<String> texts = shop.asked().stream().map(a -> FarGateCorpus.lookedUp(a[0], shop.language())).toList();
        List<float[]> v = vectors.apply(texts);
        String fold = shop.name().substring(0, shop.name().lastIndexOf('/'));
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> setting : settings.entrySet()) {
            setting.getValue().forEach(System::setProperty);
            for (int i = 0; i < texts.size(); i++) {
                boolean offTopic = shop.asked().get(i)[1].equals(FarGateCorpus.OFF_TOPIC);
                Long id = ids.get(shop.asked().get(i)[1]);
                if (!offTopic && id == null) {
                    continue;
                }
                Retrieval r = retriever.retrieve(texts.get(i), v.get(i));
                List<FaqMatch> ranked = retriever.ranking(texts.get(i), v.get(i)).matches();
                int rank = -1;
                for (int k = 0; k < ranked.size() && id != null; k++) {
                    rank = rank < 0 && ranked.get(k).entryId() == id ? k : rank;
                }
                boolean right = !offTopic && r.confident() && r.best().map(m -> m.entryId() == id).orElse(false);
                boolean offered = offTopic ? !r.choices().isEmpty() // an off-topic question shown choices
                        : r.choices().stream().anyMatch(m -> m.entryId() == id);
                out.add(new Outcome(setting.getKey(), fold, shop.name(), shop.language(), offTopic, rank, right,
                        r.confident(), offered, texts.get(i)));
            }
            setting.getValue().keySet().forEach(System::clearProperty);
        }
        return out;
    }

    /**
     * The shops: every conversation set's plans whose right replies name FAQ entries (the set's {@code <lang>-faq.csv},
     * English's the sample FAQ), one fold per set; the eval shops, one fold per directory of rounds ({@code round6})
     * and one for the development shops at the top.
     */
    static List<FarGateCorpus.Shop> shops(Path conversations, Path eval, Path sampleFaq) throws IOException {
        List<FarGateCorpus.Shop> shops = new ArrayList<>();
        try (Stream<Path> sets = Files.list(conversations)) {
            for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                Matcher m = SET.matcher(set.getFileName().toString());
                if (!m.find()) {
                    continue;
                }
                for (String lang : List.of("en", "de", "fr", "it", "es", "nl", "pt")) {
                    Path plan = set.resolve(lang + "-plan.tsv");
                    Path faq = set.resolve(lang + "-faq.csv");
                    if (Files.exists(plan) && (Files.exists(faq) || lang.equals("en"))) {
                        FarGateCorpus.Shop shop = FarGateCorpus.plan("set" + m.group(1) + "/" + lang, lang,
                                Files.exists(faq) ? faq : sampleFaq, plan);
                        if (shop.asked().stream().anyMatch(a -> !a[1].equals(FarGateCorpus.OFF_TOPIC))) {
                            shops.add(shop);
                        }
                    }
                }
            }
        }
        Path none = Files.createTempDirectory("no-sets");
        for (FarGateCorpus.Shop s : FarGateCorpus.read(none, eval, sampleFaq)) {
            String name = s.name().contains("/") ? s.name() : "dev/" + s.name();
            shops.add(new FarGateCorpus.Shop(name, s.language(), s.entries(), s.asked()));
        }
        return shops;
    }

}
