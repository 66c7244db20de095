package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every match of a lexicon's pattern must contain: a few literal strings, one of which is in any text the
 * pattern finds anything in. A text that holds none of them is not read by the pattern at all: a lexicon's
 * alternation of two hundred phrases is otherwise tried at every word of every message, and most messages hold
 * none of its words. Read from the pattern's own source, so that a word list edited in a language file is read the
 * same way; a pattern this reader does not follow (flags, back-references, {@code \Q}) has no needs, and is always
 * run.
 */
final class LiteralNeeds {

    /** Needs shorter than this are not worth a look before the pattern: a letter or two is in most texts. */
    private static final int SHORTEST = 3;

    private final String source;
    private int at;

    private LiteralNeeds(String source) {
        this.source = source;
    }

    /**
     * The strings one of which any match of {@code pattern} contains; empty when there is no such set worth a look
     * (a match may hold no literal, the pattern's syntax is not followed here, or its flags change what a literal
     * matches).
     */
    static Optional<List<String>> of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return Optional.empty();
        }
        try {
            LiteralNeeds reader = new LiteralNeeds(pattern.pattern());
            Set<String> needs = reader.alternation().needs();
            if (reader.at != reader.source.length() || needs == null
                    || needs.stream().anyMatch(n -> n.length() < SHORTEST)) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(needs));
        } catch (Unfollowed e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} holds one of {@code needs}. */
    static boolean anyIn(List<String> needs, String text) {
        for (String need : needs) {
            if (text.contains(need)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a part of a pattern matches: {@code exact}, every string it can match when they are few (null otherwise),
     * and {@code needs}, strings one of which each of its matches holds (null when none is known).
     */
    private record Part(Set<String> exact, Set<String> needs) {
        static final Part UNKNOWN = new Part(null, null);
        /** An anchor or a look-around: it matches the empty string, and joins the characters around it. */
        static final Part EMPTY = new Part(Set.of(""), null);

        static Part of(String literal) {
            return new Part(Set.of(literal), Set.of(literal));
        }
    }

    /** The most strings an exact part may stand for: past it, the part's needs are read instead. */
    private static final int MOST_EXACT = 64;

    /** Alternatives up to a closing parenthesis or the end: each must give a need, and any of theirs will do. */
    private Part alternation() {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> needs = new LinkedHashSet<>();
        while (true) {
            Part one = sequence();
            exact = exact == null || one.exact() == null ? null : union(exact, one.exact());
            needs = needs == null || one.needs() == null ? null : union(needs, one.needs());
            if (at < source.length() && source.charAt(at) == '|') {
                at++;
                continue;
            }
            return new Part(exact != null && exact.size() <= MOST_EXACT ? exact : null, needs);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * One alternative: of the needs its parts give (a run of parts matched once whose strings are few, joined; a
     * group that must match), the one most worth a look; exact when every part is matched once and the strings
     * stay few.
     */
    private Part sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        Set<String> run = Set.of("");
        boolean exact = true;
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            Part part = atom();
            int before = at;
            int least = quantifier();
            boolean once = at == before;
            if (once && part.exact() != null && run.size() * part.exact().size() <= MOST_EXACT) {
                run = joined(run, part.exact()); // "(mit|mi) (einem|einer)": "mit einem", "mi einer", ...
                continue;
            }
            exact = false;
            flush(run, candidates);
            run = Set.of("");
            if (once && part.exact() != null) {
                run = part.exact(); // too many strings to join with the run before: a run of its own
            } else if (least > 0 && part.needs() != null) {
                candidates.add(part.needs()); // a part that must match at least once: its needs hold
            }
        }
        flush(run, candidates);
        Set<String> needs = candidates.stream().max(Comparator.comparingInt(LiteralNeeds::shortest)
                .thenComparing(c -> -c.size())).orElse(null);
        return new Part(exact ? run : null, needs);
    }

    private static Set<String> joined(Set<String> before, Set<String> after) {
        Set<String> all = new LinkedHashSet<>();
        for (String b : before) {
            for (String a : after) {
                all.add(b + a);
            }
        }
        return all;
    }

    private static void flush(Set<String> run, List<Set<String>> candidates) {
        if (!run.equals(Set.of(""))) {
            candidates.add(run);
        }
    }

    private static int shortest(Set<String> needs) {
        return needs.stream().mapToInt(String::length).min().orElse(0);
    }

    private Part atom() {
        char c = source.charAt(at);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                skipClass();
                return Part.UNKNOWN;
            }
            case '\\' -> {
                return escape();
            }
            case '.' -> {
                at++;
                return Part.UNKNOWN;
            }
            case '^', '$' -> {
                at++;
                return Part.EMPTY;
            }
            case '*', '+', '?', '{', '}', ']' -> throw new Unfollowed();
            default -> {
                at++;
                return Part.of(String.valueOf(c));
            }
        }
    }

    private Part group() {
        at++;
        boolean zeroWidth = false;
        if (source.startsWith("?", at)) {
            if (source.startsWith("?:", at) || source.startsWith("?>", at)) {
                at += 2;
            } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                at += 2;
                zeroWidth = true;
            } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                at += 3;
                zeroWidth = true;
            } else {
                throw new Unfollowed(); // flags, named groups
            }
        }
        Part inner = alternation();
        if (at >= source.length() || source.charAt(at) != ')') {
            throw new Unfollowed();
        }
        at++;
        return zeroWidth ? Part.EMPTY : inner;
    }

    private Part escape() {
        if (at + 1 >= source.length()) {
            throw new Unfollowed();
        }
        char e = source.charAt(at + 1);
        if (e == 'p' || e == 'P') {
            int close = source.indexOf('}', at);
            if (!source.startsWith("{", at + 2) || close < 0) {
                throw new Unfollowed();
            }
            at = close + 1;
            return Part.UNKNOWN;
        }
        if ("bBAzZG".indexOf(e) >= 0) {
            at += 2;
            return Part.EMPTY; // a boundary or an anchor
        }
        if ("dDsSwWhHvVR".indexOf(e) >= 0) {
            at += 2;
            return Part.UNKNOWN;
        }
        if (Character.isLetterOrDigit(e)) {
            throw new Unfollowed(); // quoting, hex and unicode escapes, back-references
        }
        at += 2;
        return Part.of(String.valueOf(e));
    }

    /** Past a character class, nested classes and escapes included. */
    private void skipClass() {
        int depth = 0;
        do {
            if (at >= source.length()) {
                throw new Unfollowed();
            }
            char c = source.charAt(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                at++;
                // "[]..." and "[^]...": a closing bracket first is a character of the class
                if (source.startsWith("^", at)) {
                    at++;
                }
                if (source.startsWith("]", at)) {
                    at++;
                }
                continue;
            }
            if (c == ']') {
                depth--;
            }
            at++;
        } while (depth > 0);
    }

    /** The least number of times the atom just read must match: 1 with no quantifier. */
    private int quantifier() {
        if (at >= source.length()) {
            return 1;
        }
        char c = source.charAt(at);
        int least;
        if (c == '?' || c == '*') {
            at++;
            least = 0;
        } else if (c == '+') {
            at++;
            least = 1;
        } else if (c == '{') {
            int close = source.indexOf('}', at);
            if (close < 0) {
                throw new Unfollowed();
            }
            String bounds = source.substring(at + 1, close);
            String low = bounds.contains(",") ? bounds.substring(0, bounds.indexOf(',')) : bounds;
            if (!low.matches("[0-9]{1,4}")) {
                throw new Unfollowed();
            }
            at = close + 1;
            least = Integer.parseInt(low);
        } else {
            return 1;
        }
        if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
            at++; // lazy or possessive: the same least number
        }
        return least;
    }

    /** A pattern this reader does not follow. */
    private static final class Unfollowed extends RuntimeException {
        Unfollowed() {
            super(null, null, false, false);
        }
    }
}
