package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A concession demanded after the bot's reply ("that's too dear, i want 20 percent off", "troppo caro, voglio i vetri
 * gratis", "c'est trop cher, vous pouvez nous le faire gratuit"): a discount, a percentage, something for free or a
 * cheaper price the bot has no power to grant. Never bare "did you mean" choices and never the answer alone as if it
 * settled the demand: the apology with the honest "I can't agree to that here" (nothing promised,
 * {@link Action.OfferPerson.Why#CONCESSION}), then what the FAQ does say (the entry the message reads confidently,
 * else the entry the last reply answered with, else the message's own choices), then the offer of a person; a second
 * push-back in a row goes to a person ({@link PushBack#again}).
 *
 * <p>Read by its words, after a reply, never as a question: a word of a concession ({@code pushback.concession}, or a
 * number with "%") together with a sign that the customer pushes back or demands (a bare "no" first, a push-back
 * opener, a word of a price too high, {@code pushback.dear}, a verb of doing or giving it, {@code pushback.demand}:
 * "machts mir", "doe maar", "faites-moi", or a word of wanting or needing anywhere); no question mark, no clause
 * opened by a question's word, no "and if", no word of knowing ("i want to know if delivery is free" asks). A demand
 * made "for me" ({@code pushback.demand.me}: "me lo dejas más barato?", "vous me le faites à moitié prix?", "could you
 * not just do it for free") demands even when asked, unless another clause beside it asks. An acknowledgement ("ok
 * fine", "grand so") names no concession and is never read so.
 */
final class Concession {

    /** A number with a percent sign ("10%", "25 %"): the same sign in every language. */
    private static final Pattern PERCENT = Pattern.compile("\\d ?%");
    private static final Pattern SENTENCE_PARTS = Pattern.compile("[?.!,;]+");
    /** A sentence's end: its marks and the space after them (the point inside "6.95" is none). */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[?!.])\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Lexicon.PerLanguage<Pattern> CONCESSION = pattern("pushback.concession");
    private static final Lexicon.PerLanguage<Pattern> DEAR = pattern("pushback.dear");
    private static final Lexicon.PerLanguage<Pattern> DEMAND = pattern("pushback.demand");
    private static final Lexicon.PerLanguage<Pattern> DEMAND_ME = pattern("pushback.demand.me");
    private Concession() {
    }

    /** {@code main} for a typed {@code text} of a conversation not waiting for a person. */
    static Action decided(Action main, DialogueState state, String text, Questions questions) {
        Locale language = state.language();
        if (state.handedOver() || state.lastReply().isEmpty() || PersonRequest.asksForPerson(text, language)
                || !demands(text, language)) {
            return main;
        }
        if (new PushBack(questions).again(state, false)) {
            return NextBest.toPerson();
        }
        LastReply last = state.lastReply().get();
        if (main instanceof Action.FaqAnswer a && !a.picked() && a.chosenBy() == null) {
            // what the FAQ says of the thing demanded ("match that price": the price-match rule)
            return new Action.OfferPerson(Action.OfferPerson.Why.CONCESSION, a);
        }
        if (last.answered() && last.entryId() != null && !last.offeredChoices()) {
            // the rule just given, said again after the refusal: the demand was made of it
            return new Action.OfferPerson(Action.OfferPerson.Why.CONCESSION, new Action.FaqAnswer(
                    questions.given(last.entryId(), last.text(), language), 1, List.of(), null, true));
        }
        // the message's choices; where another reading took them away ("non, ..." typed over choices reads as
        // their rejection), those of its own lookup
        List<FaqMatch> choices = main instanceof Action.Clarify c ? c.choices() : own(text, language, questions);
        return new Action.OfferPerson(Action.OfferPerson.Why.CONCESSION, null, choices);
    }

    private static List<FaqMatch> own(String text, Locale language, Questions questions) {
        Retrieval own = questions.retrieve(Cleanup.forLookup(text, language), language);
        return own.clarify() ? questions.offerable(own.choices()).stream().limit(Action.Clarify.SHOWN).toList()
                : List.of();
    }

    /**
     * Whether {@code text} demands a concession: a word of one with a sign of pushing back or demanding, asking
     * nothing.
     */
    static boolean demands(String message, Locale language) {
        // "$6.95 on a 45 dollar blanket? … waive it": the amount said back in outrage asks nothing
        String text = withoutEchoes(message, language);
        if (text.isBlank()) {
            return false;
        }
        String folded = ActRules.folded(text);
        // "me lo dejas más barato?", "could you not just do it for free?": asked, and a demand all the same
        boolean forMe = forMe(text, language);
        if (!(PERCENT.matcher(text).find() || found(CONCESSION, folded, language))
                || FollowUpCue.asksIf(text, language) || !forMe && (text.contains("?")
                || FollowUpCue.clauseOpensAsking(text, language) || FollowUpCue.endsAsking(text, language))
                || forMe && othersAsk(text, language)) {
            return false;
        }
        List<String> words = List.of(folded.split(" "));
        if (words.stream().anyMatch(PushBackNeed.KNOW.get(language).orElse(List.of())::contains)) {
            return false;
        }
        return forMe || found(DEMAND, folded, language) || found(DEAR, folded, language)
                || PushBackNeed.NO.get(language).orElse(List.of()).contains(words.get(0))
                || PushBackQuestion.opener(text, language).isPresent()
                || words.stream().anyMatch(PushBackNeed.NEED.get(language).orElse(List.of())::contains);
    }

    /**
     * {@code text} less its amounts said back in outrage: a sentence ending in "?" of at most
     * {@link DialoguePolicy#FOLLOW_UP_WORDS} words (as short as a follow-up) that holds a number and asks by no word
     * ("3 carriages at 95 each?", "5 %??", "e 65 l'una?"), where another sentence of the message asks nothing. It
     * quotes the reply's figure to object to it; the demand is said beside it. A sentence that asks by its words ("how
     * much for 3?") or with "if" stays, and so does a message of echoes alone: "110 euro?" said by itself may ask.
     */
    static String withoutEchoes(String text, Locale language) {
        StringBuilder kept = new StringBuilder();
        boolean echo = false;
        for (String sentence : SENTENCES.split(text)) {
            if (echoes(sentence, language)) {
                echo = true;
            } else {
                kept.append(sentence).append(' ');
            }
        }
        String said = kept.toString().strip();
        return echo && !said.isEmpty() && !said.contains("?") ? said : text;
    }

    private static boolean echoes(String sentence, Locale language) {
        String s = sentence.strip();
        if (!s.endsWith("?") || !DIGIT.matcher(s).find()) {
            return false;
        }
        String bare = s.replace('?', ' ').strip();
        return !bare.isEmpty() && bare.split("\\s+").length <= DialoguePolicy.FOLLOW_UP_WORDS
                && !FollowUpCue.asks(bare, language) && !FollowUpCue.asksIf(bare, language)
                && !FollowUpCue.clauseOpensAsking(bare, language) && !FollowUpCue.endsAsking(bare, language);
    }

    /**
     * Whether one sentence part of {@code text} (up to a question mark, full stop, comma) both asks "for me" and names
     * the free or cheaper thing: "me lo dejan en cuotas? o sale más barato por transferencia?" asks two questions of
     * terms, and demands nothing.
     */
    private static boolean forMe(String text, Locale language) {
        for (String part : SENTENCE_PARTS.split(text)) {
            String folded = ActRules.folded(part);
            if (found(DEMAND_ME, folded, language)
                    && (PERCENT.matcher(part).find() || found(CONCESSION, folded, language))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause of {@code text} other than the demand asks ("…, and can i pay it later?"). */
    private static boolean othersAsk(String text, Locale language) {
        return ActRules.clauses(text).stream().anyMatch(c -> !found(DEMAND_ME, ActRules.folded(c), language)
                && (c.contains("?") || FollowUpCue.asks(c, language)));
    }

    private static boolean found(Lexicon.PerLanguage<Pattern> pattern, String folded, Locale language) {
        return pattern.get(language).map(p -> p.matcher(folded).find()).orElse(false);
    }

    private static Lexicon.PerLanguage<Pattern> pattern(String key) {
        return Lexicon.perLanguage(l -> l.alternatives(key).map(a -> l.compile(key, "(?<![\\p{L}\\p{N}'])" + a
                + "(?![\\p{L}\\p{N}'])")).orElse(null));
    }
}
