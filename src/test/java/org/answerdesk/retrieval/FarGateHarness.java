package org.answerdesk.retrieval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A measuring tool, not a test: asks every question of {@link FarGateCorpus} of its shop's FAQ with the bot's index
 * at its defaults (the shipped MiniLM, the background, the far gate as shipped) and keeps what a candidate rule of the
 * far gate reads ({@link Asked}); {@link FarGateRules} then scores the candidates leave-one-set-out
 * (docs/retrieval.md, "Not offered, unrelated: the far gate measured leave-one-set-out"). From the repository root,
 * after {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * -Dmdep.includeScope=test}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.retrieval.FarGateHarness \
 *     docs/conversations src/test/resources/eval db/sample-faq.csv [report.md]</pre>
 *
 * Vectors are kept in {@code target/far-gate-vectors.bin} between runs.
 */
public final class FarGateHarness {

    /** One question as the gate sees it; {@code right}: answered with its entry, or its entry among the choices. */
    record Asked(String shop, boolean offTopic, String text, boolean confident, boolean answeredRight,
                 boolean offeredRight, boolean far, double share, double margin, List<String> terms,
                 boolean serviceForm, boolean whatForm, List<String> termsOutsideForm, boolean knowForm,
                 List<String> termsOutsideKnow, List<Long> choiceIds, long entryId) {
    }

    /** A shop's words: all its text, and all but its answers. */
    record Words(Set<String> all, Set<String> withoutAnswers, Map<Long, Set<String>> byEntry, Set<String> background,
                 int backgroundSize, Map<String, Integer> backgroundCount) {
        Words(Set<String> all, Set<String> withoutAnswers) {
            this(all, withoutAnswers, Map.of(), Set.of(), 0, Map.of());
        }

        /** How many entries use the word (question, phrasings, keywords, answer). */
        long entries(String term) {
            return byEntry.values().stream().filter(s -> s.contains(term)).count();
        }
    }

    private FarGateHarness() {
    }

    public static void main(String[] args) throws Exception {
        List<FarGateCorpus.Shop> shops = FarGateCorpus.read(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        Map<String, float[]> cache = FarGateCorpus.loadVectors();
        Function<List<String>, List<float[]>> vectors = FarGateCorpus.cachedVectors(embedder, cache);
        List<Asked> asked = new ArrayList<>();
        Map<String, Words> words = new HashMap<>();
        Map<String, Integer> order = new java.util.LinkedHashMap<>();
        for (FarGateCorpus.Shop shop : shops) {
            order.put(shop.name(), order.size());
            words.put(shop.name(), words(shop));
            asked.addAll(ask(shop, embedder, vectors));
        }
        FarGateCorpus.saveVectors(cache);
        dump(asked, words);
        String report = FarGateRules.report(new ArrayList<>(order.keySet()), asked, words);
        System.out.println(report);
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), report);
        }
    }

    private static List<Asked> ask(FarGateCorpus.Shop shop, Embedder embedder,
                                   Function<List<String>, List<float[]>> vectors) {
        FarGateCorpus.Indexed indexed = FarGateCorpus.index(shop, embedder, vectors);
        FaqRetriever retriever = indexed.retriever();
        List<FaqIndex.Phrasing> phrasings = indexed.phrasings();
        List<float[]> background = indexed.background();
        List<float[]> languages = indexed.languages();
        // the background the gate weighs a question against: less what the FAQ has a near-paraphrase of
        List<float[]> kept = new ArrayList<>();
        for (float[] b : concat(background, languages)) {
            if (phrasings.stream().mapToDouble(p -> Embedder.cosine(b, p.vector())).max().orElse(-1) < OffTopic.SAME) {
                kept.add(b);
            }
        }
        Map<String, Long> ids = new HashMap<>();
        shop.entries().forEach(e -> ids.put(e.question(), e.id()));
        Function<String, List<String>> terms = LexicalAnalysis.forLanguage(shop.language());
        List<Pattern> service = ServiceQuestions.of(shop.language());
        List<Pattern> what = ServiceQuestions.what(shop.language());
        List<Pattern> know = ServiceQuestions.know(shop.language());
        List<String> texts = shop.asked().stream().map(a -> FarGateCorpus.lookedUp(a[0], shop.language())).toList();
        List<float[]> v = vectors.apply(texts);
        List<Asked> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            boolean offTopic = shop.asked().get(i)[1].equals(FarGateCorpus.OFF_TOPIC);
            Long id = ids.get(shop.asked().get(i)[1]);
            if (!offTopic && id == null) {
                continue;
            }
            Retrieval r = retriever.retrieve(text, v.get(i));
            FaqIndex.Ranking ranking = retriever.ranking(text, v.get(i));
            float[] q = v.get(i);
            double nearest = kept.stream().mapToDouble(b -> Embedder.cosine(b, q)).max().orElse(-1);
            double top = ranking.matches().isEmpty() ? 0 : ranking.matches().get(0).score();
            boolean answeredRight = !offTopic && r.confident() && r.best().map(m -> m.entryId() == id).orElse(false);
            boolean offeredRight = !offTopic && r.choices().stream().anyMatch(m -> m.entryId() == id);
            out.add(new Asked(shop.name(), offTopic, text, r.confident(), answeredRight, offeredRight, r.far(),
                    ranking.shares().isEmpty() ? 1 : ranking.shares().get(0), top - nearest, terms.apply(text),
                    ServiceQuestions.asks(service, text), ServiceQuestions.asks(what, text),
                    terms.apply(FarGate.outside(service, text)), ServiceQuestions.asks(know, text),
                    terms.apply(FarGate.outside(know, text)),
                    r.choices().stream().map(FaqMatch::entryId).toList(), id == null ? -1 : id));
        }
        return out;
    }


    private static Words words(FarGateCorpus.Shop shop) {
        Function<String, List<String>> terms = LexicalAnalysis.forLanguage(shop.language());
        Set<String> all = new HashSet<>();
        Set<String> withoutAnswers = new HashSet<>();
        Map<Long, Set<String>> byEntry = new HashMap<>();
        for (FaqEntry e : shop.entries()) {
            Set<String> mine = byEntry.computeIfAbsent(e.id(), k -> new HashSet<>());
            e.phrasings().forEach(t -> mine.addAll(terms.apply(t)));
            e.keywords().forEach(t -> mine.addAll(terms.apply(t)));
            mine.addAll(terms.apply(e.question()));
            mine.addAll(terms.apply(e.answer()));
        }
        Map<String, Integer> bgCount = new HashMap<>();
        List<String> bg = shop.language().startsWith("en") ? Backgrounds.shippedForIndex()
                : Backgrounds.languageBackground(List.of(shop.language()));
        for (String b : bg) {
            new HashSet<>(terms.apply(b)).forEach(t -> bgCount.merge(t, 1, Integer::sum));
        }
        for (FaqEntry e : shop.entries()) {
            List<String> own = new ArrayList<>(e.phrasings());
            own.addAll(e.keywords());
            own.forEach(t -> withoutAnswers.addAll(terms.apply(t)));
            all.addAll(withoutAnswers);
            all.addAll(terms.apply(e.answer()));
        }
        return new Words(all, withoutAnswers, byEntry, bgCount.keySet(), bg.size(), bgCount);
    }

    /** Every question with what the rules read, one a line, for reading by eye: {@code target/far-gate-asked.tsv}. */
    private static void dump(List<Asked> asked, Map<String, Words> words) throws IOException {
        List<String> lines = new ArrayList<>(List.of("shop\toff\tconfident\tright\tfar\tshare\tmargin\tform\tnew\ttext\twords"));
        for (Asked q : asked) {
            Words w = words.get(q.shop());
            lines.add(String.join("\t", q.shop(), q.offTopic() ? "off" : "in", q.confident() ? "C" : "-",
                    q.answeredRight() ? "answered" : q.offeredRight() ? "offered" : "-", q.far() ? "far" : "-",
                    String.format(java.util.Locale.ROOT, "%.2f", q.share()),
                    String.format(java.util.Locale.ROOT, "%.2f", q.margin()),
                    q.knowForm() ? "know" : q.serviceForm() ? (q.whatForm() ? "what" : "service") : "-",
                    q.terms().stream().filter(t -> !w.all().contains(t)).distinct().collect(java.util.stream.Collectors.joining(",")) + " / "
                            + q.terms().stream().filter(t -> w.all().contains(t) && !w.withoutAnswers().contains(t))
                            .distinct().collect(java.util.stream.Collectors.joining(",")),
                    q.text(), String.valueOf(q.terms().stream().distinct().count())));
        }
        Files.write(Path.of("target/far-gate-asked.tsv"), lines);
        // per question, every content word: entries using it, whether a choice's entry uses it, background count
        List<String> t = new ArrayList<>(List.of("shop\toff\tconfident\tright\tfar\tshare\tmargin\tform\tchoices\tentries\tbgsize\ttext\tterms\toutside\toutsideKnow"));
        for (FarGateHarness.Asked q : asked) {
            Words w = words.get(q.shop());
            String terms = q.terms().stream().distinct().map(x -> x + ":" + w.entries(x) + ":"
                    + (q.choiceIds().stream().anyMatch(id -> w.byEntry().getOrDefault(id, Set.of()).contains(x)) ? 1 : 0)
                    + ":" + w.backgroundCount().getOrDefault(x, 0)).collect(java.util.stream.Collectors.joining(" "));
            t.add(String.join("\t", q.shop(), q.offTopic() ? "off" : "in", q.confident() ? "C" : "-",
                    q.answeredRight() ? "answered" : q.offeredRight() ? "offered" : "-", q.far() ? "far" : "-",
                    String.format(java.util.Locale.ROOT, "%.3f", q.share()),
                    String.format(java.util.Locale.ROOT, "%.3f", q.margin()),
                    q.knowForm() ? "know" : q.serviceForm() ? (q.whatForm() ? "what" : "service") : "-",
                    String.valueOf(q.choiceIds().size()), String.valueOf(w.byEntry().size()), String.valueOf(w.backgroundSize()),
                    q.text().replace('\t', ' '), terms, String.join(" ", q.termsOutsideForm()),
                    String.join(" ", q.termsOutsideKnow())));
        }
        Files.write(Path.of("target/far-gate-terms.tsv"), t);
        // each shop's words (all its text), for rules that look for near words
        List<String> v = new ArrayList<>();
        words.forEach((shop, w) -> v.add(shop + "\t" + String.join(" ", new java.util.TreeSet<>(w.all()))));
        Files.write(Path.of("target/far-gate-vocabulary.tsv"), v);
    }

    private static List<float[]> concat(List<float[]> a, List<float[]> b) {
        List<float[]> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

}
