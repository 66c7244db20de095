package org.answerdesk.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns a language's pairs of a customer's word and an FAQ entry's word from judged conversation sets
 * (docs/retrieval.md, "lex22"; the measuring build that reads them is docs/retrieval-word-pairs-levers.patch). Not a
 * test: a tool, from the repository root with the test classpath:
 *
 * <pre>... org.answerdesk.retrieval.WordPairsLearner OUTDIR docs/conversations/2026-11-27-set8 ...</pre>
 *
 * writes {@code OUTDIR/<lang>.tsv} for each language but English (no lexical score). Every plan message whose column 4
 * names exactly one entry of the set's FAQ counts, as the bot looks it up (greetings and acts off): for each of its
 * content terms that the right entry has nowhere (phrasings, keywords, answer), and each term of the FAQ's phrasings
 * and keywords, it is a hit when the right entry's phrasings or keywords have the FAQ term and a miss when only other
 * entries have it; the chance of a hit is the share of the FAQ's entries that have it. A pair is kept when its hits
 * come from at least {@value #MIN_SHOPS} shops (each a set's shop of another trade), at least {@value #MIN_PRECISION}
 * of its messages are hits, and the hits are at least {@value #MIN_LIFT} times what chance gives.
 */
public final class WordPairsLearner {

    static final int MIN_SHOPS = 3;
    static final double MIN_PRECISION = 0.5;
    static final double MIN_LIFT = 3;
    /** The second variant (lex22.strict): a customer term of letters, this long at least ... */
    static final int MIN_LETTERS = 3;
    /** ... and an entry term a FAQ's entries have this share of at most, on average over its messages. */
    static final double MAX_ENTRY_SHARE = 0.12;
    static final boolean STRICT = Boolean.getBoolean("lex22.strict");
    private static final Pattern NAMED = Pattern.compile("FAQ:\\s*[\"“]([^\"”]+)[\"”]");
    private static final Pattern BRACKETS = Pattern.compile("^(\\s*\\[[^\\]]*\\]\\s*)+");

    /** The evidence for a pair: hits, messages, the chance of a hit summed, and the shops of its hits. */
    static final class Evidence {
        int hits;
        int messages;
        double chance;
        Set<String> shops = Set.of();

        boolean kept() {
            return shops.size() >= MIN_SHOPS && hits >= MIN_PRECISION * messages && hits >= MIN_LIFT * chance
                    && (!STRICT || chance <= MAX_ENTRY_SHARE * messages);
        }
    }

    private WordPairsLearner() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<Path> sets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sets.add(Path.of(args[i]));
        }
        for (String lang : List.of("de", "es", "fr", "it", "nl", "pt")) {
            Map<String, Evidence> pairs = learn(sets, lang);
            List<String> lines = new ArrayList<>(header(sets));
            pairs.entrySet().stream().filter(e -> e.getValue().kept()).map(WordPairsLearner::line).sorted()
                    .forEach(lines::add);
            Files.write(out.resolve(lang + ".tsv"), lines, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%s: %d pairs of %d seen%n", lang, lines.size() - header(sets).size(),
                    pairs.size());
        }
    }

    private static List<String> header(List<Path> sets) {
        return List.of("# customer term, entry term (analysed), shops, hits, messages, lift; made by WordPairsLearner",
                "# from the project's own judged conversation sets: " + sets.stream().map(p -> p.getFileName()
                        .toString()).toList(), "# (docs/retrieval.md, \"lex22\")");
    }

    private static String line(Map.Entry<String, Evidence> e) {
        Evidence v = e.getValue();
        return String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.1f", e.getKey(), v.shops.size(), v.hits, v.messages,
                v.hits / v.chance);
    }

    /** Per pair ("customer TAB entry") its evidence over the sets' shops of a language. */
    static Map<String, Evidence> learn(List<Path> sets, String lang) throws IOException {
        Function<String, List<String>> analysis = LexicalAnalysis.forLanguage(lang);
        Map<String, Evidence> pairs = new HashMap<>();
        for (Path set : sets) {
            Path faqFile = set.resolve(lang + "-faq.csv");
            Path plan = set.resolve(lang + "-plan.tsv");
            if (!Files.exists(faqFile) || !Files.exists(plan)) {
                continue;
            }
            String shop = set.getFileName().toString();
            List<FaqEntry> faq = FarGateCorpus.faq(faqFile);
            Map<String, Integer> byQuestion = new HashMap<>();
            List<Set<String>> named = new ArrayList<>();
            List<Set<String>> all = new ArrayList<>();
            Map<String, Integer> df = new HashMap<>();
            for (int i = 0; i < faq.size(); i++) {
                FaqEntry e = faq.get(i);
                byQuestion.put(e.question().strip(), i);
                Set<String> terms = new HashSet<>();
                e.phrasings().forEach(p -> terms.addAll(analysis.apply(p)));
                e.keywords().forEach(k -> terms.addAll(analysis.apply(k)));
                named.add(terms);
                Set<String> full = new HashSet<>(terms);
                full.addAll(analysis.apply(e.answer()));
                all.add(full);
                terms.forEach(t -> df.merge(t, 1, Integer::sum));
            }
            for (String[] asked : asked(plan)) {
                Integer right = byQuestion.get(asked[1]);
                if (right == null) {
                    continue;
                }
                for (String c : new LinkedHashSet<>(analysis.apply(FarGateCorpus.lookedUp(asked[0], lang)))) {
                    if (all.get(right).contains(c) || STRICT && (c.length() < MIN_LETTERS || !c.chars()
                            .allMatch(Character::isLetter))) {
                        continue;
                    }
                    for (Map.Entry<String, Integer> t : df.entrySet()) {
                        Evidence v = pairs.computeIfAbsent(c + "\t" + t.getKey(), k -> new Evidence());
                        v.messages++;
                        v.chance += (double) t.getValue() / faq.size();
                        if (named.get(right).contains(t.getKey())) {
                            v.hits++;
                            v.shops = v.shops.isEmpty() ? new TreeSet<>() : v.shops;
                            v.shops.add(shop);
                        }
                    }
                }
            }
        }
        pairs.values().removeIf(v -> v.hits == 0);
        return pairs;
    }

    /** [message, the named entry's question] of each plan row whose right reply names exactly one entry. */
    static List<String[]> asked(Path plan) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8).stream().skip(1).toList()) {
            String[] c = line.split("\t");
            if (c.length < 4) {
                continue;
            }
            String right = BRACKETS.matcher(c[3]).replaceFirst("").strip();
            if (!right.startsWith("FAQ:")) {
                continue;
            }
            Set<String> questions = new LinkedHashSet<>();
            for (Matcher m = NAMED.matcher(right); m.find(); ) {
                questions.add(m.group(1).strip());
            }
            if (questions.size() == 1) {
                out.add(new String[] {BRACKETS.matcher(c[2]).replaceFirst("").strip(), questions.iterator().next()});
            }
        }
        return out;
    }
}
