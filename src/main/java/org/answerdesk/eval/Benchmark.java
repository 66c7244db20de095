package org.answerdesk.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;

/**
 * {@code bench --faq FAQ.csv --queries QUERIES.csv [--model FULL|QUANTIZED|MODEL.onnx] [--embedding-cache DIR]}: ingest
 * (embedding) and index build time for 10k phrasings, search latency p50/p99 and top-1 accuracy for 10k and 100k
 * phrasings (shortlist vs exact scan), and the embedding cache's hit rate and latency for repeated questions.
 * Indexes larger than the FAQ file are filled with jittered copies of its phrasings under the same entries.
 */
final class Benchmark {

    private Benchmark() {
    }

    /** Runs the benchmark on the FAQ, queries, model and cache of {@code o} (it takes {@code eval}'s options). */
    static void run(EvalCommand.Options o, PrintStream out) throws IOException {
        FaqFile faq = FaqFile.read(o.faq());
        List<LabeledText> queries = LabeledCsv.read(o.queries()).stream().filter(q -> !q.outOfScope()).toList();
        Embedder embedder = o.embedder();
        out.printf("model %s, %d cores, FAQ %d entries / %d phrasings, %d in-scope queries%n", embedder.modelName(),
                Runtime.getRuntime().availableProcessors(), faq.entries().size(), faq.phrasingCount(), queries.size());

        List<String> texts = new ArrayList<>(new LinkedHashSet<>(faq.entries().stream()
                .flatMap(e -> e.phrasings().stream()).toList()));
        queries.forEach(q -> texts.add(q.text()));
        List<String> ingest = texts.subList(0, Math.min(10_000, texts.size()));
        embedder.embedAll(ingest.subList(0, Math.min(64, ingest.size()))); // warm up
        long t0 = System.nanoTime();
        embedder.embedInBatches(ingest, 256, (from, vectors) -> { });
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf("ingest: embedded %d phrasings in %.1f s (%.0f/s, batches of 256)%n", ingest.size(), ingestSeconds,
                ingest.size() / ingestSeconds);

        VectorCache vectors = new VectorCache(embedder, o.embeddingCache());
        List<FaqIndex.Phrasing> base = BotIndex.phrasings(faq, vectors);
        List<float[]> qv = vectors.vectors(queries.stream().map(LabeledText::text).toList());
        long[] expected = queries.stream().mapToLong(q -> faq.entries().stream()
                .filter(e -> e.question().equalsIgnoreCase(q.label())).mapToLong(FaqEntry::id).findFirst()
                .orElse(-1)).toArray();
        for (int size : new int[] {10_000, 100_000}) {
            List<FaqIndex.Phrasing> rows = grow(base, size, new Random(Splits.SEED));
            for (boolean shortlist : new boolean[] {true, false}) {
                long b0 = System.nanoTime();
                FaqIndex.Builder builder = FaqIndex.over(embedder.dimensions(), faq.entries(), rows);
                FaqIndex index = (shortlist ? builder : builder.exact()).build();
                double build = (System.nanoTime() - b0) / 1e9;
                search(out, index, queries, qv, expected, shortlist ? "sign-code shortlist" : "exact float scan",
                        build);
            }
        }
        cache(out, embedder, faq, vectors, queries);
    }

    /** The phrasings, cut or filled up to {@code size} with noisy copies (cosine about 0.9 to the original). */
    static List<FaqIndex.Phrasing> grow(List<FaqIndex.Phrasing> base, int size, Random random) {
        List<FaqIndex.Phrasing> out = new ArrayList<>(base.subList(0, Math.min(size, base.size())));
        while (out.size() < size) {
            FaqIndex.Phrasing p = base.get(random.nextInt(base.size()));
            float[] v = new float[p.vector().length];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) (p.vector()[d] + random.nextGaussian() * 0.025);
            }
            out.add(new FaqIndex.Phrasing(p.entryId(), p.text(), Embedder.normalize(v)));
        }
        return out;
    }

    private static void search(PrintStream out, FaqIndex index, List<LabeledText> queries, List<float[]> qv,
                               long[] expected, String layout, double buildSeconds) {
        int warm = Math.min(200, queries.size());
        for (int i = 0; i < warm; i++) {
            index.rank(queries.get(i).text(), qv.get(i), BotIndex.SUGGESTIONS);
        }
        long[] nanos = new long[queries.size()];
        int correct = 0;
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            var r = index.rank(queries.get(i).text(), qv.get(i), BotIndex.SUGGESTIONS);
            nanos[i] = System.nanoTime() - s;
            correct += r.matches().get(0).entryId() == expected[i] ? 1 : 0;
        }
        Arrays.sort(nanos);
        out.printf("search %,d phrasings, %s: build %.1f s, p50 %.2f ms, p99 %.2f ms, top-1 %.2f%%%n",
                index.phrasingCount(), layout, buildSeconds, pct(nanos, 0.50), pct(nanos, 0.99),
                100.0 * correct / queries.size());
    }

    private static void cache(PrintStream out, Embedder embedder, FaqFile faq, VectorCache vectors,
                              List<LabeledText> queries) throws IOException {
        FaqRetriever retriever = new FaqRetriever(embedder, 0.5, BotIndex.SUGGESTIONS, 1024);
        retriever.replaceIndex(BotIndex.index(faq, vectors, embedder.dimensions()));
        // 2,000 questions drawn with Zipf(1) popularity from 500 distinct ones, as support traffic tends to be
        List<String> pool = queries.stream().map(LabeledText::text).distinct().limit(500).toList();
        double[] cdf = new double[pool.size()];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] = (i == 0 ? 0 : cdf[i - 1]) + 1.0 / (i + 1);
        }
        Random random = new Random(Splits.SEED);
        List<Long> hit = new ArrayList<>();
        List<Long> miss = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double u = random.nextDouble() * cdf[cdf.length - 1];
            int k = Math.abs(Arrays.binarySearch(cdf, u) + 1);
            long hitsBefore = retriever.cacheStats()[0];
            long s = System.nanoTime();
            retriever.retrieve(pool.get(Math.min(k, pool.size() - 1)));
            (retriever.cacheStats()[0] > hitsBefore ? hit : miss).add(System.nanoTime() - s);
        }
        long[] h = hit.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] m = miss.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf("embedding cache (1,024 entries): 2,000 questions, hit rate %.1f%%, retrieve p50 %.2f ms on a hit"
                + " vs %.2f ms on a miss%n", 100.0 * h.length / 2000, pct(h, 0.5), pct(m, 0.5));
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
