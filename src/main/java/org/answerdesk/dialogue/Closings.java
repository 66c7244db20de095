package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A thanks or goodbye as strangers type it (issue 61, set 12): in dialect, with a typo or a letter held down, or with
 * words around it that the closed forms do not know ("grassie, ciao ciao", "thx ouwe ff sparen dan haha", "vabbè dai,
 * grz lo stesso", "bueno da igual, ya me paso yo mañana. hasta luegoo"). Read by its shape: a short message (at most
 * {@value #MOST_WORDS} words) with a word of thanks or goodbye ({@code closing.thanks}, {@code closing.bye}: a word
 * ending in {@code *} is a stem, so "graziee" and "obrigadão" are thanks) in its first or last clause, and nothing that
 * asks (a question mark, a clause that starts as a question), gives a number or turns it into a problem
 * ({@code closing.not}: "but", "not", "broken"). A message whose last clause is a goodbye (of its own, or a closed
 * form: "até mais") takes its leave whatever its other clauses say, a plan ("dann komm ich die tage mal rum") or an
 * exclamation ("égua!"), in up to {@value #MOST_BYE_WORDS} words (past {@value #MOST_WORDS}, none of wanting:
 * {@code person.want}). A thanks only in the last clause counts after an act ("nvm ill
 * sort it myself, cheers"), never after a thing ("Refund, thanks"); a goodbye counts last. The closed forms ({@link ActRules}) are read first.
 */
final class Closings {

    /** The most words of a thanks or goodbye with words around it. */
    static final int MOST_WORDS = 10;
    /** The most words of a message that ends with a goodbye (a plan of the customer's own before it). */
    static final int MOST_BYE_WORDS = 16;
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** A clause and the marks after it. */
    private static final Pattern MARKED = Pattern.compile("([^.!?,;\\n]++)([.!?,;\\n]*+)");
    /** The acts a clause before a thanks may be ("ok", "never mind"). */
    private static final java.util.Set<Act> POLITE = java.util.EnumSet.of(Act.THANKS, Act.BYE, Act.YES, Act.NO,
            Act.CANCEL, Act.GREETING);

    private record Words(List<String> thanks, List<String> bye, List<String> not, List<String> want,
                         List<String> when) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(lexicon -> new Words(
            list(lexicon, "closing.thanks"), list(lexicon, "closing.bye"), list(lexicon, "closing.not"),
            list(lexicon, "person.want"), list(lexicon, "polite.when")));
    /** The language's words with the other shipped languages' core ones (each key's first line) added. */
    private static final Lexicon.PerLanguage<Words> WITH_BORROWED = Lexicon.perLanguage(Closings::withBorrowed);
    /** The most words of a thanks or goodbye said with another language's word ("merci, khoda hafez"). */
    static final int MOST_BORROWED = 5;
    /** The shortest fixed part of a borrowed word: shorter ones ("ty", "bj") are words of the language itself. */
    private static final int BORROWED_LETTERS = 4;

    private Closings() {
    }

    /**
     * {@link Act#THANKS} or {@link Act#BYE} when the whole message is one said freely; empty otherwise. A short one
     * (two to {@value #MOST_BORROWED} words) may take its thanks or goodbye from another shipped language's core
     * words: customers thank in the language they grew up with ("merci, khoda hafez", "gracias, tschüss").
     */
    static Optional<Act> of(String text, Locale language) {
        Optional<Act> own = of(text, language, WORDS.get(language).orElse(null));
        int words = ActRules.folded(text).split(" ").length;
        if (own.isPresent() || words > MOST_BORROWED || words < 2) {
            return own; // a borrowed word alone ("merci", "danke") stays another language's: the conversation's reads it
        }
        return of(text, language, WITH_BORROWED.get(language).orElse(null));
    }

    private static Optional<Act> of(String text, Locale language, Words words) {
        if (words == null || words.thanks().isEmpty() || text.contains("?") || text.contains("？")
                || DIGIT.matcher(text).find()) {
            return Optional.empty();
        }
        LeaveWords.Leave leave = LeaveWords.of(text, language);
        String[] all = leave.words();
        if (all.length > MOST_BYE_WORDS || all[0].isEmpty()
                || Arrays.stream(all).anyMatch(w -> any(words.not(), w))) {
            return Optional.empty();
        }
        List<String> clauses = new java.util.ArrayList<>();
        boolean asks = false;
        for (java.util.regex.MatchResult r : MARKED.matcher(text).results().toList()) {
            String clause = Lexicon.fold(ActRules.normalize(r.group(1)));
            if (!clause.isBlank()) {
                clauses.add(clause);
                // a clause that ends in "!" exclaims ("qué maravilla!", "che bello!"), whatever word it opens with
                asks |= !r.group(2).contains("!") && FollowUpCue.asks(clause, language);
            }
        }
        if (clauses.isEmpty() || asks) {
            return Optional.empty();
        }
        // "nvm ill sort it myself, cheers", "is scho recht, dankschee": a thanks last follows an act or a statement;
        // "Refund, thanks" asks for a refund. A goodbye comes last: "ciao, ho una domanda" greets
        String first = clauses.get(0).strip();
        String last = clauses.get(clauses.size() - 1);
        // "jo, dann komm ich die tage mal rum. danke dir und tschüss", "égua! valeu mano, até mais": a message that
        // ends with a goodbye takes its leave, in more words and after any word at all
        // "y luego qué", "o técnico falou isso": a word of leave only in a phrase is none outside one (LeaveWords)
        boolean byeLast = leave.any(all.length - last.strip().split(" ").length, w -> any(words.bye(), w))
                || clauses.size() > 1 && ActRules.closed(last, language).filter(a -> a == Act.BYE).isPresent();
        // past the short form, a wish ("i want to return it, thanks bye") is a request signed off
        if (all.length > MOST_WORDS
                && (!byeLast || clauses.size() < 2 || Arrays.stream(all).anyMatch(w -> any(words.want(), w)))) {
            return Optional.empty();
        }
        boolean thanksLast = clauses.size() > 1 && (first.split(" ").length > 1
                || ActRules.closed(first, language).filter(POLITE::contains).isPresent());
        // "i'd appreciate a refund", "valeu a pena": a word of thanks only in a phrase is none outside one
        int thanksIn = thanksLast ? all.length : first.split(" ").length;
        if (leave.any(0, thanksIn, w -> any(words.thanks(), w))) {
            return Optional.of(Act.THANKS);
        }
        return byeLast ? Optional.of(Act.BYE) : Optional.empty();
    }

    /**
     * Whether the whole message is a thanks ({@link #of}) whose last clause takes leave ({@link #endsWithBye}): "me
     * sirvió un montón, gracias! chao", "super, danke dir, tschüss". Such a message asks and complains of nothing.
     */
    static boolean thanksAndBye(String text, Locale language) {
        return of(text, language).filter(a -> a == Act.THANKS).isPresent() && endsWithBye(text, language);
    }

    /**
     * Whether the message's last clause takes leave: a word of {@code closing.bye} ("danke dir. tschüss denn"), or
     * the clause, less the days and "then" after it ({@code polite.when}: "até amanhã então"), a goodbye by the
     * closed forms ("a plus", "ta ta"). A thanks so ended is a goodbye ({@link Farewell}).
     */
    static boolean endsWithBye(String text, Locale language) {
        Words words = WORDS.get(language).orElse(null);
        List<String> clauses = MARKED.matcher(text).results().map(r -> Lexicon.fold(ActRules.normalize(r.group(1))))
                .filter(c -> !c.isBlank()).toList();
        if (words == null || clauses.isEmpty()) {
            return false;
        }
        List<String> last = new java.util.ArrayList<>(List.of(clauses.get(clauses.size() - 1).strip().split(" ")));
        LeaveWords.Leave leave = LeaveWords.of(text, language);
        if (leave.any(leave.words().length - last.size(), w -> any(words.bye(), w))) {
            return true;
        }
        while (last.size() > 1 && words.when().contains(last.get(last.size() - 1))) {
            last.remove(last.size() - 1);
        }
        return ActRules.closed(String.join(" ", last), language).filter(a -> a == Act.BYE).isPresent();
    }

    private static boolean any(List<String> entries, String word) {
        return Spellings.listed(entries, word);
    }

    private static List<String> list(Lexicon lexicon, String key) {
        return lexicon.foldedWords(key);
    }

    private static Words withBorrowed(Lexicon lexicon) {
        List<String> thanks = new java.util.ArrayList<>(list(lexicon, "closing.thanks"));
        List<String> bye = new java.util.ArrayList<>(list(lexicon, "closing.bye"));
        Lexicon.shipped().forEach((code, other) -> {
            if (!code.equals(lexicon.language())) {
                thanks.addAll(core(other, "closing.thanks"));
                bye.addAll(core(other, "closing.bye"));
            }
        });
        return new Words(List.copyOf(thanks), List.copyOf(bye), list(lexicon, "closing.not"),
                list(lexicon, "person.want"), list(lexicon, "polite.when"));
    }

    /**
     * A key's first line, folded, less the words whose fixed part is shorter than {@value #BORROWED_LETTERS} and those
     * that take leave or thank only in a phrase ({@code closing.bye.beside}, {@code closing.thanks.beside}: "luego"
     * borrowed would be "then" anywhere, "appreciate" a wish).
     */
    private static List<String> core(Lexicon lexicon, String key) {
        List<String> lines = lexicon.lines(key);
        List<String> phraseOnly = lexicon.foldedWords(key + ".beside");
        return lines.isEmpty() ? List.of() : Arrays.stream(Lexicon.fold(lines.get(0)).strip().split("\\s+"))
                .filter(w -> w.replace("*", "").length() >= BORROWED_LETTERS && !phraseOnly.contains(w.replace("*", ""))).toList();
    }
}
