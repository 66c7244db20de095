package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The most words of a greeting typed before an announcement with no comma ("buenas tardes", "hi there"). */
    static final int GREETING_WORDS = 3;
    private static final Pattern VOCATIVE = Pattern.compile("\\p{L}[\\p{L}'-]*[.!,;]*");
    /** A language's leading "and" words ({@code and} in its lexicon). */
    private static final Lexicon.PerLanguage<Pattern> LEADING_AND = Lexicon.perLanguage(lexicon -> lexicon
            .alternatives("and").map(words -> lexicon.compile("and", "^" + words + "\\s++",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).orElse(null));

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

    /**
     * The message read by the rules of the conversation's {@code language} (language only, e.g. {@code de}); a
     * language not shipped has no acts in words, so every message is a question.
     */
    public static Reading read(String text, Locale language) {
        return NegatedThanks.reread(readActs(text, language), text, language); // "das passt alles nicht"
    }

    private static Reading readActs(String text, Locale language) {
        Optional<Act> whole = ActRules.of(text, language);
        if (whole.isEmpty() && Lexicon.of(language).isPresent()) {
            // customers of every language type "thanks", "ok", "bye", "hi": a whole message only, never a clause
            whole = inEveryLanguage(text, language);
        }
        if (whole.isEmpty()) {
            whole = WrappedAct.of(text, language); // "ciao sei un bot?", "hi, are you a bot? thanks"
        }
        if (whole.isEmpty() && SaysItWaits.only(text, language)) {
            whole = Optional.of(Act.THANKS); // "i'll wait then": an acknowledgement, as "ok" is
        }
        if (whole.isPresent()) {
            // "eres una persona o un robot? bueno da igual, teneis pilates?": the bot question and one of the shop's
            return new Reading(whole, whole.get() == Act.BOT ? BotThenQuestion.askedAfter(text, language).orElse("")
                    : "");
        }
        List<int[]> clauses = clauses(text);
        int first = 0;
        int last = clauses.size() - 1;
        List<Act> around = new ArrayList<>();
        while (first <= last && (wrapper(text, clauses.get(first), around, language)
                || named(text, clauses, first, language))) {
            first++;
        }
        while (last >= first && (wrapper(text, clauses.get(last), around, language)
                || named(text, clauses, last, language))) {
            last--;
        }
        if (around.isEmpty()) {
            return greetingBeforeAnnouncement(text, language) ? new Reading(Optional.of(Act.GREETING), "")
                    : new Reading(Optional.empty(), text.strip());
        }
        if (first > last) {
            return new Reading(Optional.of(main(around)), "");
        }
        String question = text.substring(clauses.get(first)[0], clauses.get(last)[1]).strip();
        Pattern and = LEADING_AND.get(language).orElse(null);
        question = and == null ? question : and.matcher(question).replaceFirst("");
        if (Announcement.only(question, language) || SaysItWaits.only(question, language)) {
            // "hi, I have a question": nothing to look up yet; "blz, fico no aguardo": an acknowledgement
            return new Reading(Optional.of(main(around)), "");
        }
        return new Reading(Optional.of(around.get(0)), question);
    }

    /**
     * Whether the message is a greeting of at most {@value #GREETING_WORDS} words with no comma after it, then words
     * that only announce a question ("goedenavond ik heb een vraagje", "hola quería hacer una consulta"): nothing is
     * asked yet, as with the comma.
     */
    private static boolean greetingBeforeAnnouncement(String text, Locale language) {
        String[] words = text.strip().split("\\s+");
        for (int k = 1; k <= Math.min(GREETING_WORDS, words.length - 1); k++) {
            String greeting = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            if (ActRules.of(greeting, language).filter(Act.GREETING::equals).isPresent() && Announcement.only(
                    String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)), language)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message without a last clause of one word that is no act and asks nothing ("it was great, olly."): how
     * small talk said freely is read, where the name the bot is called by says nothing of the act.
     */
    static String withoutTrailingName(String text, Locale language) {
        List<int[]> clauses = clauses(text);
        if (clauses.size() < 2) {
            return text;
        }
        int[] last = clauses.get(clauses.size() - 1);
        return isName(text.substring(last[0], last[1]), language) ? text.substring(0, last[0]).strip() : text;
    }

    /** A clause of one word that is no act and asks nothing. */
    private static boolean isName(String clause, Locale language) {
        String c = clause.strip();
        return VOCATIVE.matcher(c).matches() && ActRules.closed(c, language).isEmpty();
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
    private static boolean named(String text, List<int[]> clauses, int i, Locale language) {
        return i > 0 && isWrapper(text, clauses.get(i - 1), language)
                && isName(text.substring(clauses.get(i)[0], clauses.get(i)[1]), language);
    }

    /** Whether the clause is an act that may wrap a question; if so, the act joins {@code around}. */
    private static boolean wrapper(String text, int[] clause, List<Act> around, Locale language) {
        Optional<Act> act = wrapperAct(text, clause, language);
        act.ifPresent(around::add);
        return act.isPresent();
    }

    private static boolean isWrapper(String text, int[] clause, Locale language) {
        return wrapperAct(text, clause, language).isPresent();
    }

    private static Optional<Act> wrapperAct(String text, int[] clause, Locale language) {
        return ActRules.of(text.substring(clause[0], clause[1]), language).filter(WRAPPERS::contains);
    }

    /**
     * The act another language's closed forms read the whole message as, among the acts it gives in every language
     * ({@link Lexicon#everyLanguage}: "hi", "thanks", "bye").
     */
    static Optional<Act> inEveryLanguage(String text, Locale language) {
        for (var other : Lexicon.everyLanguage().entrySet()) {
            if (!other.getKey().equals(Lexicon.code(language))) {
                Optional<Act> act = ActRules.closed(text, Locale.forLanguageTag(other.getKey()))
                        .filter(other.getValue()::contains);
                if (act.isPresent()) {
                    return act;
                }
            }
        }
        return Optional.empty();
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
