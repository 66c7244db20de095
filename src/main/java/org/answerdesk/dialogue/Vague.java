package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.regex.Pattern;


/**
 * A message too vague to act on (issue 61, set 12): a bare word ("precios", "examen", "desconto") that several
 * entries may answer, or a short statement the FAQ finds nothing for ("problem with my stuff", "mei radl spinnt").
 * The bot asks before it acts: "which of these?" with the entry it found first and the next ones, or "what do you
 * mean?"; never one entry as if certain, never a person at once. Read on the question as looked up, greetings and
 * thanks set aside.
 */
final class Vague {

    /** The most words of a bare word, answered with one entry only when asked ("horaires ?"). */
    static final int BARE_WORDS = 1;
    /** The most words of a statement the bot asks about before it hands it to a person. */
    static final int STATEMENT_WORDS = 6;
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** A language's words that name nothing in particular ({@code vague.words}: "stuff", "Ding", "truc"). */
    private static final Lexicon.PerLanguage<java.util.Set<String>> NAMELESS = Lexicon.perLanguage(lexicon -> java.util.Set.copyOf(lexicon.foldedWords("vague.words")));

    /** Words that only point at a thing ({@code vague.lead}: "my", "mijn", "il", "l'"): "my order" names one thing. */
    private static final Lexicon.PerLanguage<java.util.Set<String>> LEADS = Lexicon.perLanguage(lexicon -> java.util.Set.copyOf(lexicon.foldedWords("vague.lead")));
    /**
     * How a message announces a question without asking it ({@code vague.announce}: "i have a question about", "ik heb
     * ne vraag over"): what follows is all it names.
     */
    private static final Lexicon.PerLanguage<Pattern> ANNOUNCES = Lexicon.perLanguage(lexicon -> lexicon
            .alternatives("vague.announce").map(a -> lexicon.compile("vague.announce", "^" + Lexicon.fold(a)
                    + "\\s+")).orElse(null));

    /**
     * How a first message names the matter it is about without asking ({@code vague.matter}: "es sobre", "é por causa
     * de", "es geht um", "c'est au sujet de"): read only for a topic ({@link #announced}), never as a message's named
     * words, since later in a conversation "e sobre o preço" ("and about the price") asks.
     */
    private static final Lexicon.PerLanguage<Pattern> MATTERS = Lexicon.perLanguage(lexicon -> lexicon
            .alternatives("vague.matter").map(a -> lexicon.compile("vague.matter", "^" + Lexicon.fold(a)
                    + "\\s+")).orElse(null));

    /**
     * Words a customer says before announcing a matter ({@code vague.filler}: "so", "oiga", "also", "allora"): "oiga
     * es por lo del agua" announces as "es por lo del agua" does.
     */
    private static final Lexicon.PerLanguage<java.util.Set<String>> FILLERS = Lexicon.perLanguage(lexicon -> java.util
            .Set.copyOf(lexicon.foldedWords("vague.filler")));

    private Vague() {
    }

    /** The folded message less the words before an announcement that say nothing ({@code vague.filler}). */
    private static String withoutFillers(String folded, Locale language) {
        java.util.Set<String> fillers = FILLERS.get(language).orElse(java.util.Set.of());
        int from = 0;
        while (from < folded.length()) {
            int space = folded.indexOf(' ', from);
            if (space < 0 || !fillers.contains(folded.substring(from, space))) {
                break;
            }
            from = space + 1;
        }
        return folded.substring(from);
    }

    /**
     * The words a message names, lower case without accents: less a question announced ("i have a question about")
     * and the words that only point ("my", "the"): "my order" and "ik heb ne vraag over mijn meubels" each name one
     * thing, as "returns" does.
     */
    static String[] named(String question, Locale language) {
        String folded = ActRules.folded(question);
        String unsaid = withoutFillers(folded, language);
        String said = ANNOUNCES.get(language).map(p -> p.matcher(unsaid)).filter(java.util.regex.Matcher::lookingAt)
                .map(m -> unsaid.substring(m.end())).orElse(folded);
        java.util.Set<String> leads = LEADS.get(language).orElse(java.util.Set.of());
        String[] words = java.util.Arrays.stream(said.split("[ ']+")).filter(w -> !w.isBlank() && !leads.contains(w))
                .toArray(String[]::new);
        return words.length == 0 ? folded.split(" ") : words;
    }

    /**
     * The words after a question announced at the message's start ("frage zu eurem angebot"), or after the words that
     * name its matter ("es sobre mi pedido"), if it announces one.
     */
    static java.util.Optional<String> announced(String question, Locale language) {
        String folded = withoutFillers(ActRules.folded(question), language);
        return ANNOUNCES.get(language).flatMap(p -> after(p, folded))
                .or(() -> MATTERS.get(language).flatMap(p -> after(p, folded)));
    }

    private static java.util.Optional<String> after(Pattern announcement, String folded) {
        java.util.regex.Matcher m = announcement.matcher(folded);
        return m.lookingAt() ? java.util.Optional.of(folded.substring(m.end()).strip()).filter(r -> !r.isEmpty())
                : java.util.Optional.empty();
    }

    /**
     * Whether a message is a bare word ("returns", "lager", "piercing"; a question as looked up): too vague for one
     * entry, so never answered before the conversation is read ({@link DialoguePolicy#prepare}), where this class
     * turns a confident answer into choices.
     */
    static boolean bare(String question, Locale language) {
        return !question.isBlank() && !DIGIT.matcher(question).find() && !question.contains("?")
                && named(question, language).length <= BARE_WORDS
                && !FollowUpCue.asks(question, language);
    }

    /**
     * {@code main} for a question ({@code question}, as looked up) of a conversation not waiting for a person: a bare
     * word answered confidently with one entry becomes its choices; a short statement the FAQ found nothing for is
     * asked about once (after an answer or first; a second vague message goes to a person).
     */
    static Action decided(Action main, DialogueState state, String question, Locale language) {
        if (question.isBlank() || DIGIT.matcher(question).find()) {
            return main;
        }
        String[] words = Lexicon.fold(ActRules.normalize(question)).split(" ");
        boolean bare = words.length <= BARE_WORDS && !question.contains("?");
        // "my order", "ik heb ne vraag over mijn meubels": one thing named, too vague for one entry (a miss that
        // names one thing with an article, "a claim", is handed over as before)
        boolean oneThing = named(question, language).length <= BARE_WORDS && !question.contains("?");
        boolean nameless = words.length <= STATEMENT_WORDS && !question.contains("?") && java.util.Arrays
                .stream(words).anyMatch(NAMELESS.get(language).orElse(java.util.Set.of())::contains);
        if (main instanceof Action.FaqAnswer a && a.foundWithNeighbours()
                && (oneThing && !FollowUpCue.asks(question, language) || nameless)) {
            return a.asChoices();
        }
        if (main instanceof Action.Handoff h && HandoffReasons.NO_ANSWER.equals(h.reason()) && (nameless || bare)
                && state.lastReply().map(LastReply::answered).orElse(true)) {
            return new Action.AskMore();
        }
        return main;
    }
}
