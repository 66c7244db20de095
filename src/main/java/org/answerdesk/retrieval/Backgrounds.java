package org.answerdesk.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The shipped off-topic questions, as text: the background of many businesses' customer questions
 * ({@code retrieval/off-topic-questions.txt}), split into the half an index weighs questions against and the half
 * that checks an adapted model, and each other language's own background. {@link OffTopic} holds them as vectors.
 */
public final class Backgrounds {

    static final String SHIPPED = "/retrieval/off-topic-questions.txt";

    private Backgrounds() {
    }

    /** The background questions of these languages (tags) other than English, each language's file in turn. */
    public static List<String> languageBackground(Collection<String> languages) {
        List<String> out = new ArrayList<>();
        new LinkedHashSet<>(languages).stream().filter(l -> !l.equals("en"))
                .forEach(l -> out.addAll(read(backgroundOf(l), false)));
        return out;
    }

    /** The shipped background questions an index weighs questions against: every other line, from the first. */
    public static List<String> shippedForIndex() {
        return half(shipped(), 0);
    }

    /**
     * The rest of the shipped background, never in an index: the held-out check of how many off-topic questions an
     * index answers (an adapted model is not served when it answers more of them than the configured one).
     */
    public static List<String> shippedCheck() {
        return half(shipped(), 1);
    }

    /**
     * The serve check of a model adapted to the FAQ of a shop of these languages (tags): {@link #shippedCheck()},
     * then every question of each other language's background ({@code off-topic-questions_<tag>.txt}), so the adapted
     * model's thresholds are fitted on off-topic questions in the shop's language too. Only the check: in the index,
     * the English MiniLM finds any two sentences of another language alike, and the background held back the shop's
     * own questions (docs/language.md, "The off-topic background per language"). English alone is today's check.
     */
    public static List<String> shippedCheck(Collection<String> languages) {
        List<String> out = new ArrayList<>(shippedCheck());
        out.addAll(languageBackground(languages));
        return out;
    }

    /** The resource of a language's background questions. */
    static String backgroundOf(String language) {
        return "/retrieval/off-topic-questions_" + language + ".txt";
    }

    private static List<String> half(List<String> all, int parity) {
        List<String> out = new ArrayList<>();
        for (int i = parity; i < all.size(); i += 2) {
            out.add(all.get(i));
        }
        return out;
    }

    /** The shipped background questions (one a line, {@code #} comments). */
    static List<String> shipped() {
        return read(SHIPPED, true);
    }

    /** A background file's questions; a missing file is an error when {@code required}, else no questions. */
    static List<String> read(String resource, boolean required) {
        try (InputStream in = Backgrounds.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (!required) {
                    return List.of();
                }
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
