package org.answerdesk.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The development set of short customer messages ({@code language/short-messages.tsv}) and the held-out one, and
 * the accuracy of {@link LanguageDetection} on them (docs/language.md; {@code LanguageBenchmark} prints it).
 */
public final class DevSet {

    public static final String DEVELOPMENT = "language/short-messages.tsv";
    public static final String HELD_OUT = "language/short-messages-heldout.tsv";

    /** One message and the language it is written in. */
    public record Sample(Locale language, String text) {
    }

    /** Per language of the shop: how many of its messages were detected right, left undecided, detected wrong. */
    public record Score(Locale language, int right, int undecided, int wrong) {

        public int total() {
            return right + undecided + wrong;
        }

        public double accuracy() {
            return total() == 0 ? 0 : (double) right / total();
        }
    }

    private DevSet() {
    }

    public static List<Sample> read(String resource) {
        try (InputStream in = DevSet.class.getClassLoader().getResourceAsStream(resource)) {
            List<Sample> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                out.add(new Sample(Locale.forLanguageTag(f[0]), f[1]));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Scores {@link LanguageDetection#detect} on the samples in the shop's languages: right, undecided (too short or
     * unclear: the conversation keeps its language) or wrong (a switch to another language, the costly error).
     */
    public static Map<Locale, Score> score(List<Sample> samples, Languages shop) {
        var detection = new LanguageDetection(shop);
        Map<Locale, int[]> counts = new LinkedHashMap<>();
        shop.served().forEach(l -> counts.put(l, new int[3]));
        for (Sample s : samples) {
            int[] c = counts.get(s.language());
            if (c == null) {
                continue;
            }
            Optional<Locale> found = detection.detect(s.text());
            c[found.isEmpty() ? 1 : found.get().equals(s.language()) ? 0 : 2]++;
        }
        Map<Locale, Score> out = new LinkedHashMap<>();
        counts.forEach((l, c) -> out.put(l, new Score(l, c[0], c[1], c[2])));
        return out;
    }

    /** The shops measured in docs/language.md. */
    public static List<Languages> shops() {
        return List.of(Languages.of("de", "en"), Languages.of("es", "en"), Languages.of("fr", "en"),
                Languages.of("en", "de", "es", "fr", "it", "pt", "nl"));
    }

    /** Prints the scores of every measured shop. */
    public static void main(String[] args) {
        String resource = args.length > 0 ? args[0] : DEVELOPMENT;
        List<Sample> samples = read(resource);
        for (Languages shop : shops()) {
            System.out.println("shop " + shop + " on " + resource);
            score(samples, shop).values().forEach(s -> System.out.printf(Locale.ROOT,
                    "  %s: %d/%d right (%.1f%%), %d undecided, %d wrong%n", s.language(), s.right(), s.total(),
                    100 * s.accuracy(), s.undecided(), s.wrong()));
        }
    }
}
