package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * Whether the words after a question's mark ({@link AfterMark#split}) are a need of their own beside the question
 * ("can you wrap it nicely? or is there a shop in town i could collect it from", "what does the service cost? does
 * it take long?"), not a statement of its case ("do you ship to norway? i live in oslo") nor the question said again
 * ("how much is it? the price of the big one"). Four tests, none of them a list of sentences: the words after the mark
 * ask by a question mark of their own, or, once a leading "and" or "or" is left out, by a question's opening words
 * ({@link Parts#opensAsking}: not "es para la espalda", a statement); they hold a word of
 * {@link #LETTERS} letters or more that the question does not; the FAQ reads them (confident, or "did you mean" and
 * not far) closest to an entry that is not the question's, and, where unsure, not among the question's own
 * {@link LooseJoin#CLOSEST} closest either; and the question is a question the FAQ reads (not far); both entries are among the whole
 * message's {@link LooseJoin#CLOSEST} closest, the question's its first where the whole message is confident (a vague "can you help?" before "my order is late" leaves
 * the whole message to its need). No lookup of its own.
 */
final class OwnNeed {

    /** The fewest letters of a word the words after the mark must hold and the question not. */
    static final int LETTERS = 4;

    private static final Lexicon.PerLanguage<Set<String>> ORS = Lexicon.perLanguage(l -> l.lines("or").stream()
            .flatMap(line -> Arrays.stream(line.split("\\|")))
            .map(w -> Lexicon.fold(w.strip().toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
            .collect(Collectors.toUnmodifiableSet()));

    private OwnNeed() {
    }

    /**
     * Whether {@code parts} (the question, then the words after its mark), looked up as {@code found}, are two needs
     * in a message the FAQ reads whole as {@code whole}.
     */
    static boolean of(List<String> parts, List<Retrieval> found, Retrieval whole, Locale language) {
        Retrieval question = found.get(0);
        Retrieval after = found.get(1);
        Optional<Long> asked = best(question);
        Optional<Long> own = best(after);
        if (asked.isEmpty() || own.isEmpty() || question.far() || after.far() || asked.equals(own)
                || !(after.confident() || after.clarify())) {
            return false;
        }
        if (whole.confident() && !best(whole).equals(asked)) {
            return false; // the whole message reads the words after the mark: they are its need, not a second one
        }
        List<Long> closest = whole.matches().stream().limit(LooseJoin.CLOSEST).map(FaqMatch::entryId).toList();
        if (!closest.contains(asked.get()) || !closest.contains(own.get())) {
            return false; // the whole message leans to neither reading, or to another: one need, read whole
        }
        if (!after.confident() && question.matches().stream().limit(LooseJoin.CLOSEST)
                .anyMatch(m -> own.get().equals(m.entryId()))) {
            return false; // an unsure reading the question itself leans to: its case, said again
        }
        String rest = withoutOr(Parts.withoutAnd(parts.get(1).strip(), language), language);
        boolean asks = AfterMark.marked(parts) || Parts.opensAsking(rest, language);
        return asks && newWord(parts.get(0), rest);
    }

    /**
     * Whether the words after the mark are a need the FAQ is sure of by themselves, beside a question it is sure of
     * too, though they ask by no question's words ("can you stop the offers emails? actually just delete my whole
     * profile", "is insurance extra? how do i book?"): each part confident of an entry of its own, the whole message
     * confident of the question's entry (the words after the mark add a need, they do not steer the reading), the
     * words after the mark holding a word the question does not, and closed by their own mark, or read by the whole
     * message among its first two, as {@link AfterMark#leads} reads them, and surer alone than the whole message: a
     * case said after the question ("do you ship to canada? it is for order 4711", "the money goes back where? i paid
     * with paypal") leaves the whole message at least as sure as its words alone. No lookup of its own.
     */
    static boolean sure(List<String> parts, List<Retrieval> found, Retrieval whole) {
        Retrieval question = found.get(0);
        Retrieval after = found.get(1);
        Optional<Long> asked = best(question);
        Optional<Long> own = best(after);
        if (!question.confident() || !after.confident() || asked.isEmpty() || asked.equals(own)
                || !whole.confident() || !best(whole).equals(asked) || !newWord(parts.get(0), parts.get(1))) {
            return false;
        }
        return AfterMark.marked(parts) || AfterMark.leads(whole, found) && after.confidence() > whole.confidence();
    }

    /** Whether {@code rest} holds a word of {@link #LETTERS} letters or more that {@code question} does not. */
    private static boolean newWord(String question, String rest) {
        Set<String> before = Set.copyOf(folded(question));
        return folded(rest).stream().anyMatch(w -> w.length() >= LETTERS && !before.contains(w));
    }

    private static List<String> folded(String text) {
        String words = Lexicon.fold(Noise.words(text).strip().toLowerCase(Locale.ROOT));
        return words.isEmpty() ? List.of() : List.of(words.split("[^\\p{L}\\p{N}]+"));
    }

    /** The words less a leading "or" of the language ({@code or}: "or is there a shop ..."). */
    private static String withoutOr(String text, Locale language) {
        String[] words = text.split("\\s+", 2);
        return words.length == 2 && ORS.get(language).orElse(Set.of())
                .contains(Lexicon.fold(words[0].toLowerCase(Locale.ROOT))) ? words[1] : text;
    }

    private static Optional<Long> best(Retrieval r) {
        return r.best().map(FaqMatch::entryId);
    }
}
