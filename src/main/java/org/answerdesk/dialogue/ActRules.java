package org.answerdesk.dialogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short closed forms of the acts, recognised by rule: a message is such an act when every word of it belongs to
 * the act's words and one of them is a word that makes it that act ("thank you so much", "ok great thanks", "hi
 * there"), or when it is one of a few fixed phrases ("that's not it", "say that again"). A content word ("thanks,
 * my order is late") keeps a message from being an act. A language's rules are its {@link Lexicon} file's
 * ({@code closed.<act>}, {@code closed.<act>.with}, {@code phrase.<act>}), read with accents folded unless the file
 * keeps them, and applied to that language only.
 */
final class ActRules {

    /** What ends a clause of a message: a comma, a stop, a colon, a mark or a line break. */
    static final Pattern CLAUSE = Pattern.compile("[,.;:!?\\n]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Closed(Act act, Set<String> core, Set<String> words) {
    }

    /**
     * One language's rules: closed forms, and phrases by act; {@code fold}: read without accents; {@code fillers}:
     * words said in passing ("was kannst du eigentlich", "what can you actually do"), read without when the message
     * as written is no act.
     */
    private record Rules(List<Closed> closed, Whole whole, boolean fold, Set<String> fillers,
                         PoliteClosing polite, Pattern talk, Pattern lead) {
    }

    /**
     * The patterns a whole message is held against before the closed forms, in order (the phrases by act, then the
     * greeting with small talk), and the act each gives.
     */
    private record Whole(List<Act> acts, ThreadMatchers matchers) {
    }

    /** The acts with closed forms in a lexicon, in the order they are tried. */
    private static final List<Act> CLOSED_ACTS = List.of(Act.GREETING, Act.THANKS, Act.BYE, Act.YES, Act.NO);

    private static final Lexicon.PerLanguage<Rules> RULES = Lexicon.perLanguage(ActRules::rules);

    private ActRules() {
    }

    /** The longest message (normalized) read as a whole act: "ok thank you so much, that sorted it, have a great day". */
    static final int LONGEST = 300;

    /**
     * The act the whole message is, if it is a closed form in {@code language}, or a thanks or goodbye said freely
     * ({@link Closings}); none in a language not shipped.
     */
    static Optional<Act> of(String text, Locale language) {
        return OF.get(text, language);
    }

    /**
     * {@link #of}'s recent readings: one message asks it of its whole text for the person request and for
     * {@link Acts}, and of its first one to three words for {@link Acts}' greeting before an announcement ("how do
     * i", many messages' own); {@link Closings} is read again on each ask otherwise.
     */
    private static final Recent<Optional<Act>> OF = new Recent<>((text, language) -> closed(text, language)
            .or(() -> Closings.of(text, language)), 2_000, 4096);

    /** The act the whole message is in the closed forms alone (what a clause of a thanks said freely is read by). */
    static Optional<Act> closed(String text, Locale language) {
        return CLOSED.get(text, language);
    }

    /**
     * The closed forms' readings of recent texts (up to {@link #LONGEST} characters): a message's edges are read by
     * {@link WrappedAct} in each language's closed forms, twice per message, and its first and last words are many
     * messages' ("how do i", "thanks").
     */
    private static final Recent<Optional<Act>> CLOSED = new Recent<>(ActRules::readClosed, LONGEST, 4096);

    private static Optional<Act> readClosed(String text, Locale language) {
        // the quick replies under an answer reach the core in these words whatever language their buttons showed
        if (Press.HELPED_LABEL.equals(text)) {
            return Optional.of(Act.THANKS);
        }
        if (Press.SOMETHING_ELSE_LABEL.equals(text)) {
            return Optional.of(Act.NOT_HELPED);
        }
        Rules rules = RULES.get(language).orElse(null);
        if (rules == null) {
            return Optional.empty();
        }
        String plain = rules.fold() ? folded(text) : normalize(text);
        if (plain.length() > LONGEST) {
            return Optional.empty(); // no act is that long; the rules' repeated groups would recurse once per word
        }
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Optional<Act> act = readInPassing(plain, rules);
        if (act.isPresent()) {
            return act;
        }
        String rest = afterLead(plain, rules);
        if (!rest.isEmpty()) {
            // "espera, isto é um robô?", "hang on, is this automated?": a word that only holds the conversation up
            act = readInPassing(rest, rules).filter(a -> a != Act.YES && a != Act.NO); // "oh no" is no answer
            if (act.isPresent()) {
                return act;
            }
        }
        return ColloquialActs.of(Lexicon.fold(plain), language).or(() -> rules.polite().read(plain, text, p -> read(p, rules)));
    }

    /** The act the text is as written, or without the words said in passing ({@code act.filler}). */
    private static Optional<Act> readInPassing(String plain, Rules rules) {
        Optional<Act> act = read(plain, rules);
        if (act.isPresent()) {
            return act;
        }
        String less = String.join(" ", Arrays.stream(plain.split(" ")).filter(w -> !rules.fillers().contains(w))
                .toList());
        return less.isEmpty() || less.equals(plain) ? Optional.empty() : read(less, rules);
    }

    /**
     * The text after the words a message may open with that hold the conversation up ({@code act.lead}: "wait",
     * "hang on", "moment mal", "attends", "olha"); empty when it opens with none or is nothing else.
     */
    private static String afterLead(String plain, Rules rules) {
        if (rules.lead() == null) {
            return "";
        }
        Matcher m = rules.lead().matcher(plain);
        return m.lookingAt() ? plain.substring(m.end()).strip() : "";
    }

    private static Optional<Act> read(String plain, Rules rules) {
        int whole = rules.whole().matchers().firstWhole(plain);
        if (whole >= 0) {
            return Optional.of(rules.whole().acts().get(whole));
        }
        String[] words = plain.split(" ");
        for (Closed c : rules.closed()) {
            if (closedForm(words, c)) {
                return Optional.of(c.act());
            }
        }
        return Optional.empty();
    }

    /**
     * Every word a word of the closed form and one of its core: two loops, not two streams per form (a message
     * is held against every form of its language, most of them failing at the first word).
     */
    private static boolean closedForm(String[] words, Closed c) {
        boolean core = false;
        for (String w : words) {
            boolean inCore = c.core().contains(w);
            if (!inCore && !c.words().contains(w)) {
                return false;
            }
            core |= inCore;
        }
        return core;
    }

    /**
     * Whether the whole message is a greeting with small talk ({@code greeting.talk}: "moin, na, viel los heute?",
     * "goeiemiddag! wat een rotweer zeg"): a greeting, neither "anyone there?" nor anger at the shop.
     */
    static boolean talk(String text, Locale language) {
        Rules rules = RULES.get(language).orElse(null);
        if (rules == null || rules.talk() == null) {
            return false;
        }
        String plain = rules.fold() ? Lexicon.fold(normalize(text)) : normalize(text);
        return plain.length() <= LONGEST && rules.talk().matcher(plain).matches();
    }

    /**
     * The text {@link #normalize}d and without accents ({@link Lexicon#fold}), as most rules read it: one message is
     * read so by each language's closed forms and by several rules, so recent texts' are kept. An ASCII text (most
     * messages, and every clause and edge of one) is read in its one pass each time: that pass costs less than the
     * cache's own key, lookup and upkeep, and most texts asked here (clauses, edges) are asked once.
     */
    static String folded(String text) {
        return Lexicon.ascii(text) ? normalizeAscii(text) : FOLDED.get(text, Locale.ROOT);
    }

    private static final Recent<String> FOLDED = new Recent<>((text, none) -> Lexicon.fold(normalize(text)), 2_000,
            1024);

    /** Lower case, no accents on the apostrophe, punctuation and emoji gone, single spaces. */
    static String normalize(String text) {
        return Lexicon.ascii(text) ? normalizeAscii(text) : normalizeAny(text);
    }

    /** {@link #normalize} of any text. */
    static String normalizeAny(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        return SPACES.matcher(NOT_WORD.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * {@link #normalize} of an ASCII text in one pass: NFKC leaves it as it is; a letter, a digit and the apostrophe
     * stay (lower case), every other run of characters (spaces, punctuation, control characters) is one space
     * between words, none at either end.
     */
    static String normalizeAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' || lower == '\'') {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(lower);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** A language's rules from its file; read without accents unless the file says {@code accents kept}. */
    private static Rules rules(Lexicon lexicon) {
        boolean fold = !lexicon.words("accents").equals("kept");
        List<Closed> closed = new ArrayList<>();
        for (Act act : CLOSED_ACTS) {
            String core = Lexicon.fold(lexicon.words("closed." + act.label()));
            if (!core.isEmpty()) {
                closed.add(closed(act, core, Lexicon.fold(lexicon.words("closed." + act.label() + ".with"))));
            }
        }
        String thanks = Lexicon.fold(lexicon.words("closed.thanks"));
        if (!thanks.isEmpty()) {
            // "grazie mille, ciao": a thanks with a goodbye is a thanks, tried after the pure forms
            closed.add(closed(Act.THANKS, thanks, Lexicon.fold(String.join(" ", lexicon.words("closed.thanks.with"),
                    lexicon.words("closed.bye"), lexicon.words("closed.bye.with")))));
        }
        Map<Act, Pattern> phrases = new LinkedHashMap<>();
        for (Act act : Act.values()) {
            lexicon.alternatives("phrase." + act.label()).ifPresent(regex -> {
                phrases.put(act, lexicon.compile("phrase." + act.label(), Lexicon.fold(regex)));
            });
        }
        Pattern talk = lexicon.alternatives("greeting.talk")
                .map(regex -> lexicon.compile("greeting.talk", Lexicon.fold(regex))).orElse(null);
        List<Act> acts = new ArrayList<>(phrases.keySet());
        List<Pattern> whole = new ArrayList<>(phrases.values());
        if (talk != null) {
            acts.add(Act.GREETING);
            whole.add(talk);
        }
        return new Rules(List.copyOf(closed), new Whole(List.copyOf(acts), new ThreadMatchers(whole)), fold,
                set(lexicon.words("act.filler")),
                new PoliteClosing(set(lexicon.words("polite.core")), set(lexicon.words("polite.when")),
                        set(lexicon.words("polite.date")), set(String.join(" ", lexicon.lines("asks")).replace('|', ' ')),
                        lexicon.compile("polite.day", PoliteClosing.day(Lexicon.fold(lexicon.words("polite.day"))))),
                talk,
                lexicon.alternatives("act.lead").map(regex -> "(?:" + Lexicon.fold(regex) + ")(?![\\p{L}\\p{N}'])")
                        .map(lead -> lexicon.compile("act.lead", lead + "(?: " + lead + ")*+ ")).orElse(null));
    }

    /** Space-separated words, folded, as a set. */
    private static Set<String> set(String words) {
        String folded = Lexicon.fold(words).toLowerCase(Locale.ROOT).strip();
        return folded.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(folded.split("\\s+")));
    }

    private static Closed closed(Act act, String core, String words) {
        return new Closed(act, Set.copyOf(Arrays.asList(core.split(" "))),
                Set.copyOf(Arrays.asList(words.split(" "))));
    }

    /** The message's clauses ({@link #CLAUSE}), stripped, the empty ones left out. */
    static List<String> clauses(String text) {
        return CLAUSE.splitAsStream(text).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /**
     * The message without the clauses {@code drop} holds, the others joined by full stops; the message itself where
     * none is dropped ("lo hablo con mi mujer", "who do I talk to about a refund?" read apart from a request).
     */
    static String withoutClauses(String text, java.util.function.Predicate<String> drop) {
        List<String> clauses = clauses(text);
        List<String> kept = clauses.stream().filter(drop.negate()).toList();
        return kept.size() == clauses.size() ? text : String.join(". ", kept);
    }
}
