package org.answerdesk.retrieval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A measuring tool, not a test: for every covered question that names its FAQ entry in the judged conversation sets'
 * plans ({@link RankingHarness#shops}, each message asked alone as the bot asks it), the index's first {@code top}
 * entries with what ordered them ({@link EntrySignals}), the question's right entry, the lookup's decision, and each
 * shop's entries with their fields (keywords, answer, phrasings), for a reranker fitted offline
 * ({@code src/test/resources/measure/rank44.py}). From the repository root, after the bench classpath is built:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.retrieval.RankDump \
 *     docs/conversations src/test/resources/eval db/sample-faq.csv OUT.tsv [top]</pre>
 *
 * Lines: {@code E shop id keywords(;) question answer phrasings(|)} per entry; {@code Q shop lang rightId confident
 * bestId choiceIds(,) text} per question, followed by its {@code R} rows ({@link EntrySignals#HEADER}).
 */
public final class RankDump {

    private RankDump() {
    }

    public static void main(String[] args) throws Exception {
        List<FarGateCorpus.Shop> shops = RankingHarness.shops(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        int top = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        Map<String, float[]> cache = FarGateCorpus.loadVectors();
        Function<List<String>, List<float[]>> vectors = FarGateCorpus.cachedVectors(embedder, cache);
        List<String> lines = new ArrayList<>();
        for (FarGateCorpus.Shop shop : shops) {
            if (!shop.name().startsWith("set") || Integer.parseInt(shop.name().replaceAll("^set(\\d+)/.*", "$1")) < 7) {
                continue;
            }
            System.err.println(shop.name());
            FaqIndex index = index(shop, embedder, vectors);
            FaqRetriever retriever = new FaqRetriever(embedder, Double.parseDouble(FaqRetriever.DEFAULT_THRESHOLD), 5,
                    0, Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD), FaqRetriever.DEFAULT_MAX_CHOICES);
            retriever.replaceIndex(index);
            Map<String, Long> ids = new HashMap<>();
            for (FaqEntry e : shop.entries()) {
                ids.put(e.question(), e.id());
                lines.add(String.join("\t", "E", shop.name(), Long.toString(e.id()), clean(String.join(";", e.keywords())),
                        clean(e.question()), clean(e.answer()), clean(String.join("|", e.phrasings()))));
            }
            for (String[] asked : shop.asked()) {
                Long id = ids.get(asked[1]);
                if (id == null) {
                    continue;
                }
                String text = FarGateCorpus.lookedUp(asked[0], shop.language());
                float[] v = vectors.apply(List.of(text)).get(0);
                Retrieval r = retriever.retrieve(text, v);
                lines.add(String.join("\t", "Q", shop.name(), shop.language(), Long.toString(id),
                        r.confident() ? "sure" : "unsure",
                        r.best().map(m -> Long.toString(m.entryId())).orElse("-"),
                        String.join(",", r.choices().stream().map(m -> Long.toString(m.entryId())).toList()),
                        clean(text)));
                EntrySignals.rows(index, text, v, top).forEach(row -> lines.add("R\t" + row));
            }
        }
        FarGateCorpus.saveVectors(cache);
        Files.write(Path.of(args[3]), lines, StandardCharsets.UTF_8);
    }

    /** The shop's index as {@link FarGateCorpus#index} builds it, kept to read its signals. */
    private static FaqIndex index(FarGateCorpus.Shop shop, Embedder embedder, Function<List<String>, List<float[]>> vectors) {
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (FaqEntry e : shop.entries()) {
            List<float[]> v = vectors.apply(e.phrasings());
            for (int i = 0; i < v.size(); i++) {
                phrasings.add(new FaqIndex.Phrasing(e.id(), e.phrasings().get(i), v.get(i)));
            }
        }
        List<String> other = Backgrounds.languageBackground(List.of(shop.language()));
        return FaqIndex.over(embedder.dimensions(), shop.entries(), phrasings)
                .offTopic(new OffTopic(vectors.apply(Backgrounds.shippedForIndex()), List.of(),
                        other.isEmpty() ? List.of() : vectors.apply(other)))
                .language(shop.language()).build();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
