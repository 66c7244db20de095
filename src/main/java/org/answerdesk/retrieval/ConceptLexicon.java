package org.answerdesk.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.answerdesk.language.LanguageFile;

/**
 * A language's support-domain concepts (shipping, cost, return, payment, login, ...), read from
 * {@code retrieval/concepts/<language>.txt}: which concepts a word belongs to, so that the lexical score can count
 * "Lieferung" and "Versand", or "devolver" and "devolución", as sharing something though they share no stem.
 *
 * <p>A word belongs to a concept when it starts with one of the concept's stems or is one of its exact words; in a
 * language of compounds (its file's {@code language.compounds yes}: German and Dutch) also when one of its stems of at
 * least {@value #MIN_PART} letters is inside it, a part of a compound ("Versandkosten": shipping and cost). A match
 * inside a longer match of another concept, or starting inside an earlier one, is dropped, so "Rücksendung" is a
 * return, not also a shipping, and "Lieferbarkeit" is stock. Words and stems are compared after the same
 * normalization (lower case, German umlauts and their "ae"/"oe"/"ue" spellings, accents folded).
 */
final class ConceptLexicon {

    /** No concepts: every word belongs to none. */
    static final ConceptLexicon NONE = new ConceptLexicon(List.of(), Map.of(), false, w -> w, List.of());

    static final int MIN_PART = 4;
    /** Words a phrase's next word may come after the last ("wir können am Donnerstag doch nicht"). */
    static final int PHRASE_GAP = 2;
    /** Words whose concepts are remembered at most (an FAQ's and its customers' words repeat); then it starts over. */
    private static final int MAX_REMEMBERED = 50_000;
    private static final Map<String, ConceptLexicon> LOADED = new ConcurrentHashMap<>();

    private record Stem(String text, String concept) {
    }

    /** Words in a row that together belong to a concept ("~ya_no_voy" in the file): what a customer says of it. */
    private record Phrase(List<String> words, String concept) {
    }

    private record Match(int start, int end, String concept) {
        /** Inside the other match, or (a compound's later part) starting inside one that starts earlier. */
        boolean overshadowedBy(Match o) {
            return o.start <= start && end <= o.end && o.end - o.start > end - start
                    || o.start < start && start < o.end;
        }
    }

    private final List<Stem> stems;
    private final Map<String, List<String>> exact;
    private final boolean compounds;
    private final UnaryOperator<String> normalize;
    private final List<Phrase> phrases;
    private final Map<String, Set<String>> remembered = new ConcurrentHashMap<>();

    private ConceptLexicon(List<Stem> stems, Map<String, List<String>> exact, boolean compounds,
                           UnaryOperator<String> normalize, List<Phrase> phrases) {
        this.phrases = phrases;
        this.stems = stems;
        this.exact = exact;
        this.compounds = compounds;
        this.normalize = normalize;
    }

    /** The lexicon of a language tag ("de", "es-MX"); {@link #NONE} for a language without one (English among them). */
    static ConceptLexicon forLanguage(String tag) {
        String language = tag == null ? "" : Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return LOADED.computeIfAbsent(language, ConceptLexicon::load);
    }

    private static ConceptLexicon load(String language) {
        InputStream in = language.isEmpty() ? null
                : ConceptLexicon.class.getResourceAsStream("/retrieval/concepts/" + language + ".txt");
        if (in == null) {
            return NONE;
        }
        UnaryOperator<String> normalize = LexicalAnalysis.normalizer(language);
        List<Stem> stems = new ArrayList<>();
        Map<String, List<String>> exact = new HashMap<>();
        List<Phrase> phrases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String concept = line.substring(0, colon).trim();
                for (String word : line.substring(colon + 1).trim().split("\\s+")) {
                    if (word.startsWith("~")) {
                        phrases.add(new Phrase(java.util.Arrays.stream(word.substring(1).split("_"))
                                .map(normalize).toList(), concept));
                    } else if (word.startsWith("=")) {
                        exact.computeIfAbsent(normalize.apply(word.substring(1)), k -> new ArrayList<>()).add(concept);
                    } else if (!word.isEmpty()) {
                        stems.add(new Stem(normalize.apply(word), concept));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConceptLexicon(List.copyOf(stems), Map.copyOf(exact),
                LanguageFile.of(language).map(LanguageFile::compounds).orElse(false), normalize, List.copyOf(phrases));
    }

    /** The concepts a word (as written, one word) belongs to; empty when none. */
    Set<String> concepts(String word) {
        if (stems.isEmpty() && exact.isEmpty()) {
            return Set.of();
        }
        Set<String> known = remembered.get(word);
        if (known != null) {
            return known;
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        Set<String> found = Set.copyOf(match(normalize.apply(word)));
        remembered.put(word, found);
        return found;
    }

    private Set<String> match(String w) {
        List<Match> matches = new ArrayList<>();
        for (String concept : exact.getOrDefault(w, List.of())) {
            matches.add(new Match(0, w.length(), concept));
        }
        for (Stem s : stems) {
            String t = s.text();
            if (w.startsWith(t)) {
                matches.add(new Match(0, t.length(), s.concept()));
            }
            if (compounds && t.length() >= MIN_PART) {
                for (int at = w.indexOf(t, 1); at > 0; at = w.indexOf(t, at + 1)) {
                    matches.add(new Match(at, at + t.length(), s.concept()));
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Match m : matches) {
            if (matches.stream().noneMatch(o -> !o.concept().equals(m.concept()) && m.overshadowedBy(o))) {
                out.add(m.concept());
            }
        }
        return out;
    }

    /**
     * The concepts whose phrases the words (a text's, as written, in order) have, each phrase's words in a row: "ya no
     * voy a poder" is a cancellation though no word of it is. A phrase's words come in its order, with at most {@value
     * #PHRASE_GAP} other words before each next one.
     */
    Set<String> phraseConcepts(List<String> words) {
        if (phrases.isEmpty() || words.isEmpty()) {
            return Set.of();
        }
        List<String> w = words.stream().map(normalize).toList();
        Set<String> out = new LinkedHashSet<>();
        for (Phrase p : phrases) {
            for (int at = 0; at < w.size() && !out.contains(p.concept()); at++) {
                if (inOrder(w, at, p.words())) {
                    out.add(p.concept());
                }
            }
        }
        return out;
    }

    /** Whether the phrase's words follow from {@code at}, each at most {@value #PHRASE_GAP} words after the last. */
    private static boolean inOrder(List<String> words, int at, List<String> phrase) {
        if (!words.get(at).equals(phrase.get(0))) {
            return false;
        }
        int last = at;
        for (String p : phrase.subList(1, phrase.size())) {
            int next = -1;
            for (int i = last + 1; i <= last + 1 + PHRASE_GAP && i < words.size() && next < 0; i++) {
                next = words.get(i).equals(p) ? i : -1;
            }
            if (next < 0) {
                return false;
            }
            last = next;
        }
        return true;
    }

    boolean isEmpty() {
        return stems.isEmpty() && exact.isEmpty();
    }
}
