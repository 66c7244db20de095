package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a message does before anyone looks it up: an act said in a closed form ({@link ActRules}), possibly
 * around a question ("Hi! Do you ship to Norway? Thanks"), whose greeting and thanks are then set aside so that the
 * question is looked up alone.
 */
public final class Acts {

    /** A clause boundary: end of sentence, line, or a comma or semicolon. */
    private static final Pattern CLAUSE = Pattern.compile("[^.!?,;\\n]+[.!?,;\\n]*");
    /** Acts that may stand around a question as its wrapping. */
    private static final Set<Act> WRAPPERS = EnumSet.of(Act.GREETING, Act.THANKS, Act.BYE, Act.YES, Act.NO,
            Act.NOT_HELPED, Act.CANCEL);
    private static final Pattern VOCATIVE = Pattern.compile("\\p{L}[\\p{L}'-]*[.!,;]*");
    private static final Pattern LEADING_AND = Pattern.compile("^(and|also|plus|oh and|and also)\\s+",
            Pattern.CASE_INSENSITIVE);

    /**
     * A message as read.
     *
     * @param act      the act the message is (when {@code question} is empty), or the first one around its
     *                 question; empty for a plain question
     * @param question what is left to look up, greetings and thanks set aside; empty when the message is only an act
     */
    public record Reading(Optional<Act> act, String question) {

        public boolean onlyAct() {
            return act.isPresent() && question.isEmpty();
        }
    }

    private Acts() {
    }

    public static Reading read(String text) {
        Optional<Act> whole = ActRules.of(text);
        if (whole.isPresent()) {
            return new Reading(whole, "");
        }
        List<int[]> clauses = clauses(text);
        int first = 0;
        int last = clauses.size() - 1;
        List<Act> around = new ArrayList<>();
        while (first <= last && (wrapper(text, clauses.get(first), around) || named(text, clauses, first))) {
            first++;
        }
        while (last >= first && (wrapper(text, clauses.get(last), around) || named(text, clauses, last))) {
            last--;
        }
        if (around.isEmpty()) {
            return new Reading(Optional.empty(), text.strip());
        }
        if (first > last) {
            return new Reading(Optional.of(main(around)), "");
        }
        String question = text.substring(clauses.get(first)[0], clauses.get(last)[1]).strip();
        question = LEADING_AND.matcher(question).replaceFirst("");
        return new Reading(Optional.of(around.get(0)), question);
    }

    /**
     * The message without a last clause of one word that is no act and asks nothing ("it was great, olly."): how
     * small talk said freely is read, where the name the bot is called by says nothing of the act.
     */
    static String withoutTrailingName(String text) {
        List<int[]> clauses = clauses(text);
        if (clauses.size() < 2) {
            return text;
        }
        int[] last = clauses.get(clauses.size() - 1);
        return isName(text.substring(last[0], last[1])) ? text.substring(0, last[0]).strip() : text;
    }

    /** A clause of one word that is no act and asks nothing. */
    private static boolean isName(String clause) {
        String c = clause.strip();
        return VOCATIVE.matcher(c).matches() && ActRules.of(c).isEmpty();
    }

    private static List<int[]> clauses(String text) {
        List<int[]> clauses = new ArrayList<>();
        Matcher m = CLAUSE.matcher(text);
        while (m.find()) {
            clauses.add(new int[] {m.start(), m.end()});
        }
        return clauses;
    }

    /**
     * Whether clause {@code i} is a name the bot is addressed by after an act ("thank you, Olly.", "Hi, Max, where
     * is ..."): one word, no act, no question mark, right after an act that may wrap a question; set aside with it.
     * Not before one: "Refund, thanks" asks for a refund.
     */
    private static boolean named(String text, List<int[]> clauses, int i) {
        return i > 0 && isWrapper(text, clauses.get(i - 1))
                && isName(text.substring(clauses.get(i)[0], clauses.get(i)[1]));
    }

    /** Whether the clause is an act that may wrap a question; if so, the act joins {@code around}. */
    private static boolean wrapper(String text, int[] clause, List<Act> around) {
        Optional<Act> act = wrapperAct(text, clause);
        act.ifPresent(around::add);
        return act.isPresent();
    }

    private static boolean isWrapper(String text, int[] clause) {
        return wrapperAct(text, clause).isPresent();
    }

    private static Optional<Act> wrapperAct(String text, int[] clause) {
        return ActRules.of(text.substring(clause[0], clause[1])).filter(WRAPPERS::contains);
    }

    /** Of several acts making up a message ("hi, thanks!"), the one that says most: thanks over a greeting. */
    private static Act main(List<Act> acts) {
        for (Act preferred : List.of(Act.NOT_HELPED, Act.THANKS, Act.BYE, Act.NO, Act.YES)) {
            if (acts.contains(preferred)) {
                return preferred;
            }
        }
        return acts.get(0);
    }
}
