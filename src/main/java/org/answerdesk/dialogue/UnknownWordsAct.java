package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.Retrieval;

/**
 * An act said among words that neither the act lexicons nor the FAQ know (issue 61 items 6 and 8, issue 62 item 3;
 * set 16): "subber, merci gell", "tof, merci binamé", "ciao, ni videmu", "vabbè sì". In a conversation under way, a
 * short message (at most {@value #MOST_WORDS} words) of act words (a language's closed forms or its words of thanks and
 * goodbye, or those typed in every language) and at most {@value #MOST_UNKNOWN} other words, none of which an act
 * lexicon or the FAQ's nearest entries know, that asks nothing, gives no number and has no word that turns it into a
 * problem ({@code closing.not}), is that act: thanks over a goodbye, a goodbye over a yes or no. The words the FAQ
 * knows keep a message a question ("Refund, thanks"); a message with only a greeting is left as it was read.
 *
 * <p>A yes or no read so, or with a hedge the closed forms know ({@link #ambiguous}: "vabbè sì", "non peut-être"), says
 * neither: where the bot asked nothing
 * to say yes or no to, the customer is asked what they would like ({@link Action.AskWhatNext}), never given choices
 * nor a confirmed resolution.
 */
final class UnknownWordsAct {

    /** The longest message read so. */
    static final int MOST_WORDS = 6;
    /** The most words of it that no act lexicon knows. */
    static final int MOST_UNKNOWN = 3;
    /** The longest yes or no read so ("ja zeker joh"). */
    static final int YES_WORDS = 3;

    private static final Pattern ASKS_OR_NUMBER = Pattern.compile("[?\\uFF1F\\p{N}]");
    private static final Pattern CLAUSE = Pattern.compile("[^.!,;\\n]+");
    private static final Set<Act> YES_NO = EnumSet.of(Act.YES, Act.NO);
    private static final Set<Act> POLITE = EnumSet.of(Act.THANKS, Act.BYE);
    private static final List<String> WITH = List.of("closed.greeting.with", "closed.thanks.with", "closed.bye.with",
            "closed.yes.with", "closed.no.with", "act.filler", "polite.when");

    private record Words(Set<String> with, List<String> thanks, List<String> bye, List<String> not,
                         List<String> negation, Set<String> closedBye) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(lexicon -> {
        Set<String> with = new HashSet<>();
        WITH.forEach(key -> with.addAll(lexicon.foldedWords(key)));
        return new Words(Set.copyOf(with), lexicon.foldedWords("closing.thanks"), lexicon.foldedWords("closing.bye"),
                lexicon.foldedWords("closing.not"), lexicon.foldedWords("act.not"),
                Set.copyOf(lexicon.foldedWords("closed.bye")));
    });

    /** A message's act words, the words left, and whether those are a hedge ("peut-être", "boh"). */
    private record Said(List<Act> acts, List<String> unknown, boolean hedged) {

        /** An act with words no lexicon knows, or a yes or no with a hedge. */
        boolean loose() {
            return !unknown.isEmpty() || hedged;
        }

        /**
         * Thanks or a goodbye with only words the act lexicons know, which the closed forms did not read whole ("à
         * tout bientôt, adieu": "tout" goes with a goodbye): the act.
         */
        boolean polite() {
            return unknown.isEmpty() && !hedged && acts.stream().anyMatch(POLITE::contains);
        }
    }

    private UnknownWordsAct() {
    }

    /**
     * The message as read: {@code reading} where it is an act already, a question with a word the FAQ knows, or no
     * act among unknown words; otherwise only that act. {@code faq} looks words up.
     */
    static Acts.Reading reread(Acts.Reading reading, String text, DialogueState state,
                               Function<String, Retrieval> faq) {
        reading = ThanksAfterAnswer.reread(reading, text, state); // "jo passt, danke" after an answer: thanks
        Optional<Acts.Reading> acknowledged = NoProblem.reread(reading, text, state);
        if (acknowledged.isPresent()) {
            return acknowledged.get();
        }
        if (reading.onlyAct() || state.lastReply().isEmpty()) {
            return OpeningBye.reread(reading, text, state);
        }
        Locale language = state.language();
        Optional<Said> said = said(text, language);
        if (said.isEmpty() || !said.get().loose() && !said.get().polite()) {
            return ClosingClauses.reread(reading, text, state, faq); // "…, dat wist ik net. tige tank": the closing
        }
        Optional<Act> act = act(said.get());
        if (act.isEmpty() || YES_NO.contains(act.get()) && state.personOffered()
                || said.get().hedged() && !YES_NO.contains(act.get())
                || knownToTheFaq(said.get().unknown(), language, faq)) {
            return ClosingClauses.reread(reading, text, state, faq);
        }
        return new Acts.Reading(act, "");
    }

    /**
     * Whether {@code text} is a yes or no among unknown words ("vabbè sì"): a reply that says neither, where nothing
     * was asked to say yes or no to.
     */
    static boolean ambiguous(String text, Locale language) {
        return said(text, language).filter(Said::loose).flatMap(UnknownWordsAct::act)
                .filter(YES_NO::contains).isPresent();
    }

    /**
     * The decision on a yes or no among unknown words where no yes/no question is open (no offer of a person, no
     * choices): the customer is asked what they would like, and nothing is confirmed; "non peut-être" after an answer
     * is no "that didn't help" either.
     */
    static Action decided(Action main, Turn turn, String text) {
        if (turn.act.filter(YES_NO::contains).isPresent() && !turn.state.personOffered()
                && ChoicesShowing.showing(turn.state).isEmpty() && ambiguous(text, turn.lang())
                && !Acts.read(text, turn.lang()).onlyAct()) {
            turn.confirmed = false;
            return new Action.AskWhatNext();
        }
        return main;
    }

    /**
     * Whether {@code text} may be an act among unknown words, without the FAQ: for a caller that would answer it
     * confidently before the conversation is read.
     */
    static boolean mayBe(String text, Locale language) {
        return said(text, language).filter(Said::loose).flatMap(UnknownWordsAct::act).isPresent();
    }

    /**
     * Whether {@code rest}, the words beside a closed act, asks (a question mark or a question's opening) with a word
     * no act phrasing and no closed form knows ("gcash po?"): a question, never a politeness act by nearness.
     */
    static boolean asksAThing(ActIndex acts, String rest) {
        Locale language = acts.language();
        if (!rest.contains("?") && !FollowUpCue.asks(rest, language)) {
            return false;
        }
        for (String word : ActRules.normalize(rest).split(" ")) {
            if (word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !acts.knows(word)
                    && ActRules.closed(word, language).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Said> said(String text, Locale language) {
        Words words = WORDS.get(language).orElse(null);
        if (words == null || ASKS_OR_NUMBER.matcher(text).find()) {
            return Optional.empty();
        }
        LeaveWords.Leave leave = LeaveWords.of(text, language);
        String[] all = leave.words();
        if (all.length < 2 || all.length > MOST_WORDS || CLAUSE.matcher(text).results()
                .anyMatch(c -> FollowUpCue.asks(c.group().strip(), language))) {
            return Optional.empty();
        }
        List<Act> acts = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean hedge = false;
        boolean[] stray = leave.stray(); // "vediamo se arriva": "let's see", no goodbye; "valeu a pena", no thanks
        for (int i = 0; i < all.length; i++) {
            String word = all[i];
            Optional<Act> act = stray[i] ? Optional.empty() : core(word, language, words);
            // a yes or no counts at an edge only: "isso já foi há uma semana" says when, not yes
            if (act.isPresent() && (!YES_NO.contains(act.get()) || i == 0 || i == all.length - 1)) {
                acts.add(act.get());
            } else if (any(words.not(), word) || any(words.negation(), word)) {
                return Optional.empty(); // "merci mais toujours cassé", "le lien ne marche plus": a problem
            } else if (!words.with().contains(word) && ActRules.closed(word, language).isEmpty()
                    || ActRules.closed(word, language).filter(a -> a == Act.REPEAT).isPresent()) {
                unknown.add(word); // "eh", "ha", "hein" beside a yes: an interjection, no "say that again"
            } else {
                hedge |= ActRules.closed(word, language).filter(a -> a == Act.CHITCHAT).isPresent(); // "quizás"
            }
        }
        if (acts.isEmpty() || unknown.size() > MOST_UNKNOWN || !acts.contains(Act.THANKS) && !acts.contains(Act.BYE)
                && (all.length > YES_WORDS || unknown.size() > YES_WORDS - 1)) {
            return Optional.empty(); // a yes is short: "isso já foi há uma semana" tells when
        }
        // "non peut-être", "sì boh": the words left are a hedge the closed forms know, beside a yes or no; "yeah nah"
        // says both
        boolean hedged = hedge || !unknown.isEmpty() && ActRules.closed(String.join(" ", unknown), language)
                .filter(a -> a == Act.CHITCHAT).isPresent() || acts.contains(Act.YES) && acts.contains(Act.NO);
        return Optional.of(new Said(acts, hedged ? List.of() : unknown, hedged));
    }

    /**
     * The act one word makes by itself: a word of thanks or goodbye ({@code closing.thanks}, {@code closing.bye}:
     * "ciao" after an answer is a goodbye; "ok", "passt", "funciona" say it only with other words), one typed in every
     * language, a yes or a no.
     */
    private static Optional<Act> core(String word, Locale language, Words words) {
        if (Spellings.anyNear(words.thanks(), word)) { // "dankee"
            return Optional.of(Act.THANKS);
        }
        if (Spellings.anyNear(words.bye(), word) || words.closedBye().contains(word)) { // "tschuess"
            return Optional.of(Act.BYE);
        }
        return Acts.inEveryLanguage(word, language).filter(POLITE::contains)
                .or(() -> ActRules.closed(word, language).filter(YES_NO::contains));
    }

    /**
     * Thanks over a goodbye, a goodbye over a yes; a no among unknown words is left as it was read ("nope, same
     * issue" after an answer did not help), as is a greeting; a no with a hedge or a yes is an ambiguous yes.
     */
    private static Optional<Act> act(Said said) {
        for (Act preferred : List.of(Act.THANKS, Act.BYE, Act.YES)) {
            if (said.acts().contains(preferred)) {
                return Optional.of(preferred);
            }
        }
        // "non peut-être": a no with a hedge says neither
        return said.hedged() && said.acts().contains(Act.NO) ? Optional.of(Act.YES) : Optional.empty();
    }

    /** Whether a content word of {@code unknown} is a word of the FAQ's entries nearest to those words. */
    private static boolean knownToTheFaq(List<String> unknown, Locale language, Function<String, Retrieval> faq) {
        String words = String.join(" ", unknown);
        if (ContentTerms.of(words, language).isEmpty()) {
            return false; // function words only
        }
        return FaqKnownWords.anyKnown(unknown, words, language, faq);
    }

    private static boolean any(List<String> entries, String word) {
        return Spellings.listed(entries, word);
    }
}
