package org.answerdesk.retrieval;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.answerdesk.dialogue.DialoguePolicy;

/**
 * The questions {@link FarGateHarness} measures the far gate on, read from the repository: every judged conversation
 * set's plans (docs/conversations, sets 8 on, one set per shop-language: a turn whose right reply is {@code FAQ: "…"}
 * is that entry's question, one whose right reply starts "Not covered" is not covered or not offered, the other turns
 * are acts and left out) and the eval shops' query files ({@code src/test/resources/eval}: label {@code oos} is off
 * topic). Each question is asked as the bot looks it up ({@link DialoguePolicy#lookupText}).
 */
final class FarGateCorpus {

    private static final Pattern BRACKETS = Pattern.compile("^(\\s*\\[[^\\]]*\\]\\s*)+");
    private static final Pattern FAQ_QUESTION = Pattern.compile("^FAQ:\\s*[\"“]([^\"”]+)[\"”]");
    static final String OFF_TOPIC = "oos";

    /** A shop of one language: its FAQ and the questions asked of it (label: an entry's question or {@link #OFF_TOPIC}). */
    record Shop(String name, String language, List<FaqEntry> entries, List<String[]> asked) {
    }

    /** A shop's index as the bot builds it, with the vectors the harnesses weigh questions against. */
    record Indexed(FaqRetriever retriever, List<FaqIndex.Phrasing> phrasings, List<float[]> background,
                   List<float[]> languages) {
    }

    private static final Path VECTORS = Path.of("target/far-gate-vectors.bin");

    private FarGateCorpus() {
    }

    /** The question vectors the harnesses kept from an earlier run (the shipped model's; empty on the first run). */
    @SuppressWarnings("unchecked")
    static Map<String, float[]> loadVectors() throws IOException, ClassNotFoundException {
        if (!Files.exists(VECTORS)) {
            return new HashMap<>();
        }
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(VECTORS))) {
            return (Map<String, float[]>) in.readObject();
        }
    }

    /** The embedder's vectors of texts, each text embedded once: those in {@code cache} read from it, the rest added. */
    static Function<List<String>, List<float[]>> cachedVectors(Embedder embedder, Map<String, float[]> cache) {
        return texts -> {
            List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
            if (!missing.isEmpty()) {
                List<float[]> v = embedder.embedAll(missing);
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), v.get(i));
                }
            }
            return texts.stream().map(cache::get).toList();
        };
    }

    static void saveVectors(Map<String, float[]> cache) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(VECTORS))) {
            out.writeObject(new HashMap<>(cache));
        }
    }

    /** The retriever the bot would serve for the shop, at the defaults, with the shipped and the language's backgrounds. */
    static Indexed index(Shop shop, Embedder embedder, Function<List<String>, List<float[]>> vectors) {
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (FaqEntry e : shop.entries()) {
            List<float[]> v = vectors.apply(e.phrasings());
            for (int i = 0; i < v.size(); i++) {
                phrasings.add(new FaqIndex.Phrasing(e.id(), e.phrasings().get(i), v.get(i)));
            }
        }
        List<String> other = Backgrounds.languageBackground(List.of(shop.language()));
        List<float[]> background = vectors.apply(Backgrounds.shippedForIndex());
        List<float[]> languages = other.isEmpty() ? List.of() : vectors.apply(other);
        FaqRetriever retriever = new FaqRetriever(embedder, Double.parseDouble(FaqRetriever.DEFAULT_THRESHOLD), 5, 0,
                Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD), FaqRetriever.DEFAULT_MAX_CHOICES);
        retriever.replaceIndex(FaqIndex.over(embedder.dimensions(), shop.entries(), phrasings)
                .offTopic(new OffTopic(background, List.of(), languages)).language(shop.language()).build());
        return new Indexed(retriever, phrasings, background, languages);
    }

    /** Every shop of the conversation sets under {@code conversations} (sets 8 on) and of the eval shops under {@code eval}. */
    static List<Shop> read(Path conversations, Path eval, Path sampleFaq) throws IOException {
        List<Shop> shops = new ArrayList<>();
        try (Stream<Path> sets = Files.list(conversations)) {
            for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                Matcher m = Pattern.compile("set(\\d+)$").matcher(set.getFileName().toString());
                if (!m.find() || Integer.parseInt(m.group(1)) < 8) {
                    continue;
                }
                for (String lang : List.of("en", "de", "fr", "it", "es", "nl", "pt")) {
                    Path plan = set.resolve(lang + "-plan.tsv");
                    Path faq = set.resolve(lang + "-faq.csv");
                    if (Files.exists(plan)) {
                        shops.add(plan("set" + m.group(1) + "/" + lang, lang, Files.exists(faq) ? faq : sampleFaq, plan));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(eval)) {
            for (Path queries : files.filter(p -> p.getFileName().toString().equals("queries.csv")).sorted().toList()) {
                Path dir = queries.getParent();
                if (!Files.exists(dir.resolve("faq.csv"))) {
                    continue; // a shop of several FAQs (en12: faq-3.csv, faq-all.csv) is no single shop's
                }
                String name = eval.relativize(dir).toString();
                String lang = name.equals("shop") ? "en" : dir.getFileName().toString().replaceAll("\\d+$", "");
                shops.add(evalShop(name, lang, dir.resolve("faq.csv"), queries));
            }
        }
        return shops;
    }

    /** One language's plan of a set as a shop: its FAQ-named and not-covered turns. */
    static Shop plan(String name, String lang, Path faq, Path plan) throws IOException {
        List<FaqEntry> entries = faq(faq);
        Set<String> questions = new LinkedHashSet<>(entries.stream().map(FaqEntry::question).toList());
        List<String[]> asked = new ArrayList<>();
        for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8).stream().skip(1).toList()) {
            String[] c = line.split("\t");
            if (c.length < 4) {
                continue;
            }
            String text = BRACKETS.matcher(c[2]).replaceFirst("").strip();
            String right = BRACKETS.matcher(c[3]).replaceFirst("").strip();
            Matcher q = FAQ_QUESTION.matcher(right);
            if (right.startsWith("Not covered")) {
                asked.add(new String[] {text, OFF_TOPIC});
            } else if (q.find() && questions.contains(q.group(1).strip())) {
                asked.add(new String[] {text, q.group(1).strip()});
            }
        }
        return new Shop(name, lang, entries, asked);
    }

    private static Shop evalShop(String name, String lang, Path faq, Path queries) throws IOException {
        List<List<String>> rows = Csv.read(new StringReader(Files.readString(queries, StandardCharsets.UTF_8)));
        List<String[]> asked = rows.stream().skip(1).filter(r -> r.size() >= 2)
                .map(r -> new String[] {r.get(0), r.get(1).strip()}).toList();
        return new Shop(name, lang, faq(faq), asked);
    }

    /** An FAQ of the import format: question, answer, category, keywords (;), phrasings (|). */
    static List<FaqEntry> faq(Path file) throws IOException {
        List<List<String>> rows = Csv.read(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        List<FaqEntry> entries = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() < 2 || r.get(0).isBlank()) {
                continue;
            }
            LinkedHashSet<String> phrasings = new LinkedHashSet<>(List.of(r.get(0).strip()));
            for (int col = 4; col < r.size(); col++) {
                phrasings.addAll(split(r.get(col), "\\|"));
            }
            entries.add(new FaqEntry(entries.size() + 1, r.get(0).strip(), r.get(1).strip(), null,
                    r.size() > 3 ? split(r.get(3), ";") : List.of(), List.copyOf(phrasings)));
        }
        return entries;
    }

    private static List<String> split(String cell, String separator) {
        return Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The text the FAQ is asked for a message, as the bot asks it. */
    static String lookedUp(String message, String language) {
        return DialoguePolicy.lookupText(message, Locale.forLanguageTag(language));
    }
}
