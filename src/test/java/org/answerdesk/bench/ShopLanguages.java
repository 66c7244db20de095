package org.answerdesk.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.answerdesk.faq.FaqImporter;
import org.answerdesk.faq.FaqService;
import org.answerdesk.retrieval.Csv;

/**
 * {@code ChatBenchmark --languages de,en}: a shop of several languages, each with an FAQ of its own and questions
 * of its own. The sample FAQ ({@code db/sample-faq.csv}) is the English one, tagged {@code en} (untagged, its
 * entries would be the default language's, German in a {@code de,en} shop); German is a small FAQ and paraphrases
 * written for the benchmark ({@code src/test/resources/bench}). Requests alternate between the languages, so each
 * has its share, and carry the language a browser names, as the chat widget sends it. Their session ids name the
 * language, so the report can count per language what the app did with them.
 *
 * @param languages the shop's languages, the default first
 */
record ShopLanguages(List<String> languages) {

    private static final Map<String, String> FAQ = Map.of("en", "db/sample-faq.csv", "de", "src/test/resources/bench/de-faq.csv");
    private static final Map<String, String> QUESTIONS = Map.of("en", "src/test/resources/faq/paraphrases.csv",
            "de", "src/test/resources/bench/de-questions.csv");

    ShopLanguages {
        languages = List.copyOf(languages);
    }

    /**
     * The option's languages ({@code "de,en"}): lower-case codes, each once, each one the benchmark has an FAQ and
     * questions for.
     *
     * @throws IllegalArgumentException for an empty list, a repeated language or one without a benchmark FAQ
     */
    static ShopLanguages parse(String option) {
        List<String> out = new ArrayList<>();
        for (String part : option.split(",")) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (!FAQ.containsKey(code)) {
                throw new IllegalArgumentException("--languages: no benchmark FAQ for \"" + code + "\" (have "
                        + String.join(", ", FAQ.keySet().stream().sorted().toList()) + ")");
            }
            if (out.contains(code)) {
                throw new IllegalArgumentException("--languages: \"" + code + "\" twice");
            }
            out.add(code);
        }
        return new ShopLanguages(out);
    }

    /** The language of request {@code i}: the languages in turn, so each has an equal share (of an even count). */
    String language(int i) {
        return languages.get(Math.floorMod(i, languages.size()));
    }

    /**
     * The text of request {@code i}: its language's questions in turn, numbered when {@code distinct} (then every
     * request's text differs, as {@code --distinct} makes them in a shop of one language).
     */
    static String text(int i, String language, Map<String, List<String>> questions, int languageCount,
                       boolean distinct) {
        List<String> own = questions.get(language);
        return own.get((i / languageCount) % own.size()) + (distinct ? " (" + i + ")" : "");
    }

    /** A session id that names the request's phase and language ({@code conc-de-17}); see {@link #languageOf}. */
    static String session(String phase, String language, int i) {
        return phase + "-" + language + "-" + i;
    }

    /** The paraphrases of each language's FAQ, by language (the first column of its questions file). */
    Map<String, List<String>> questions() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String language : languages) {
            try (Reader in = Files.newBufferedReader(Path.of(QUESTIONS.get(language)), StandardCharsets.UTF_8)) {
                List<List<String>> rows = Csv.read(in);
                out.put(language, rows.subList(1, rows.size()).stream()
                        .filter(r -> r.size() > 1 && !r.get(1).isBlank()).map(r -> r.get(0)).toList());
            }
        }
        return out;
    }

    /**
     * Imports each language's FAQ, its rows tagged with their language where they name none, and waits until the
     * index serves them. The app must run without the sample FAQ ({@code --answerdesk.faq.sample=}).
     */
    void loadFaq(FaqService faq) throws Exception {
        for (String language : languages) {
            UnaryOperator<String> tagged = written -> written == null || written.isBlank() ? language : written;
            try (Reader in = Files.newBufferedReader(Path.of(FAQ.get(language)), StandardCharsets.UTF_8)) {
                faq.importAll(FaqImporter.csv(in, tagged));
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (faq.indexState().indexedVersion() < faq.indexState().version()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the FAQ index did not catch up: " + faq.indexState());
            }
            Thread.sleep(100);
        }
    }

    /** The session id's language ({@code bench-conc-de-17}: de), or null for one {@link #session} did not name. */
    static String languageOf(String sessionId) {
        var m = java.util.regex.Pattern.compile("^bench-[a-z]+-([a-z]{2,3})-\\d+$").matcher(sessionId);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Per language, how many of the web questions of the measured phases ({@code phases}, session ids as
     * {@link #session} makes them) were answered in one step: stored with their answer by {@code store_inbound},
     * which claims and handles such a message in its one transaction.
     */
    String oneStepShares(DataSource data, String... phases) throws SQLException {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> twoSteps = new LinkedHashMap<>();
        languages.forEach(l -> counts.put(l, new long[2]));
        try (var c = data.getConnection(); var s = c.prepareStatement("""
                select c.external_key, m.handled_at = m.claimed_at, m.text, c.language
                from message m join conversation c on c.id = m.conversation_id
                where m.direction = 'IN' and m.channel = 'WEB' and m.intent = 'QUESTION' and m.claimed_at is not null
                  and m.handled_at is not null and c.external_key like 'bench-%'""");
             var rs = s.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1);
                String language = languageOf(key);
                if (language != null && counts.containsKey(language)
                        && List.of(phases).contains(key.split("-")[1])) {
                    long[] n = counts.get(language);
                    n[0] += rs.getBoolean(2) ? 1 : 0;
                    n[1]++;
                    if (!rs.getBoolean(2)) {
                        twoSteps.computeIfAbsent(language, l -> new java.util.TreeMap<>()).merge(
                                unnumbered(rs.getString(3)) + " [conversation " + rs.getString(4) + "]", 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder line = new StringBuilder("web questions answered in one step per language (phases "
                + String.join(", ", phases) + "):");
        counts.forEach((l, n) -> line.append(String.format(Locale.ROOT, " %s %d of %d (%.1f%%);", l, n[0], n[1],
                n[1] == 0 ? 0 : 100.0 * n[0] / n[1])));
        line.setLength(line.length() - 1);
        twoSteps.forEach((l, texts) -> line.append(String.format(Locale.ROOT,
                "%n  %s, taking the second step (times): %s", l, texts)));
        return line.toString();
    }

    /** The text without the number {@code --distinct} appended ({@code "Where is it? (17)"}: "Where is it?"). */
    static String unnumbered(String text) {
        return text.replaceFirst(" \\(\\d+\\)$", "");
    }
}
