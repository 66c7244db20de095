package org.answerdesk.retrieval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A measuring tool, not a test (docs/benchmarks.md, perf13): {@link NearestSearch} holds to the largest cosine of a
 * scan of every vector, bit for bit, on random vectors (clustered and uniform) and on the shipped background with the
 * real MiniLM, and prints how many dot products it took. From the repository root, after {@code ./mvnw -o -q
 * test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.retrieval.NearestSearchHarness</pre>
 */
public final class NearestSearchHarness {

    private NearestSearchHarness() {
    }

    public static void main(String[] args) throws IOException {
        clusteredRandomVectorsGiveTheScansMaximum();
        uniformAndSmallSetsGiveTheScansMaximum();
        shippedBackgroundWithTheModelGivesTheScansMaximum();
    }

    static void clusteredRandomVectorsGiveTheScansMaximum() {
        Random random = new Random(65);
        List<float[]> topics = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            topics.add(randomUnit(random, 384));
        }
        for (double noise : new double[] {0.3, 1, 3}) {
            float[][] vectors = new float[3000][];
            for (int i = 0; i < vectors.length; i++) {
                vectors[i] = near(topics.get(random.nextInt(topics.size())), noise, random);
            }
            List<float[]> queries = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                queries.add(i % 2 == 0 ? near(topics.get(random.nextInt(topics.size())), noise, random)
                        : randomUnit(random, 384));
            }
            holds(new NearestSearch(vectors), vectors, queries, "clustered, noise " + noise);
        }
    }

    static void uniformAndSmallSetsGiveTheScansMaximum() {
        Random random = new Random(29);
        for (int size : new int[] {0, 1, 47, 48, 49, 300, 2000}) {
            float[][] vectors = new float[size][];
            for (int i = 0; i < size; i++) {
                vectors[i] = randomUnit(random, 384);
            }
            List<float[]> queries = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                // a query of one of the vectors itself, one opposite, one not of unit length, one of zeros
                queries.add(switch (i % 5) {
                    case 0 -> size == 0 ? new float[384] : vectors[random.nextInt(size)].clone();
                    case 1 -> scaled(randomUnit(random, 384), -1);
                    case 2 -> scaled(randomUnit(random, 384), 0.5f + random.nextFloat());
                    case 3 -> new float[384];
                    default -> randomUnit(random, 384);
                });
            }
            holds(new NearestSearch(vectors), vectors, queries, "uniform, " + size);
        }
    }

    static void shippedBackgroundWithTheModelGivesTheScansMaximum() throws IOException {
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        List<String> asked = new ArrayList<>(Backgrounds.shippedCheck());
        asked.addAll(evalQueries());
        List<String> languages = Backgrounds.languageBackground(List.of("de", "fr", "it", "es", "nl", "pt"));
        asked.addAll(languages);
        List<float[]> queries = embedder.embedAll(asked);
        float[][] background = embedder.embedAll(Backgrounds.shippedForIndex()).toArray(float[][]::new);
        holds(new NearestSearch(background), background, queries, "shipped background");
        float[][] other = queries.subList(queries.size() - languages.size(), queries.size()).toArray(float[][]::new);
        holds(new NearestSearch(other), other, queries, "six languages' backgrounds");
    }

    private static void holds(NearestSearch search, float[][] vectors, List<float[]> queries, String what) {
        long dots = 0;
        for (float[] q : queries) {
            double scan = Double.NEGATIVE_INFINITY;
            for (float[] v : vectors) {
                scan = Math.max(scan, Embedder.cosine(v, q));
            }
            NearestSearch.Found found = search.search(q);
            if (Double.doubleToRawLongBits(scan) != Double.doubleToRawLongBits(found.cosine())) {
                throw new AssertionError(what + ": " + found.cosine() + " instead of the scan's " + scan);
            }
            dots += found.dotProducts();
        }
        System.out.printf(Locale.ROOT, "%s: %d vectors, %d queries, %.1f dot products a query%n", what,
                vectors.length, queries.size(), (double) dots / Math.max(1, queries.size()));
    }

    static List<String> evalQueries() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/eval"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("queries.csv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                for (String line : lines.subList(1, lines.size())) {
                    out.add(firstField(line));
                }
            }
        }
        return out;
    }

    private static String firstField(String line) {
        if (!line.startsWith("\"")) {
            return line.substring(0, Math.max(0, line.indexOf(',')));
        }
        StringBuilder field = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                break;
            } else {
                field.append(c);
            }
        }
        return field.toString();
    }

    private static float[] randomUnit(Random random, int dimensions) {
        float[] v = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Embedder.normalize(v);
    }

    private static float[] near(float[] topic, double noise, Random random) {
        float[] v = new float[topic.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (topic[i] + noise * random.nextGaussian() / Math.sqrt(topic.length));
        }
        return Embedder.normalize(v);
    }

    private static float[] scaled(float[] v, float factor) {
        float[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
