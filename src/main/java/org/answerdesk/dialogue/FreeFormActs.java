package org.answerdesk.dialogue;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Small talk said freely, as the act phrasings ({@link ActIndex}) read it: how near a message must be to an act's
 * phrasings, and how short, to be that act rather than a need. Measured and chosen in docs/dialogue.md.
 */
final class FreeFormActs {

    /** The longest message (in words) that may be small talk said freely. */
    static final int FREE_FORM_WORDS = 12;
    /** With an LLM configured, how near a free-form act phrasing must be for the bot to answer the act itself. */
    static final double SURE_WITH_LLM = 0.7;
    /** The longest message (in words) taken for an act only because it is nearer to one than to any need. */
    static final int SHORT_WORDS = 5;
    /** The longest rest around a closed act ("hello, hope you can help") that does not make it a question. */
    static final int AROUND_WORDS = 5;
    /**
     * How near a phrasing of an act a message must be, and by how much nearer than any need, to be that act even where
     * the FAQ is confident ("hit the reset button" is not the password question): chosen on the development sets with
     * the sample FAQ's paraphrases (docs/dialogue.md).
     */
    static final double CLEAR_ACT = 0.65;
    static final double CLEAR_MARGIN = 0.15;

    /** Words that say something worked, and words that negate. */
    private static final Pattern WORKED = Pattern.compile(
            "\\b(works?|worked|working|fixed|sorted|solved|resolved|helped|helps|did the trick)\\b");
    private static final Pattern NEGATED = Pattern.compile(
            "\\b(not|no|nope|never|nothing|still|cannot|neither|nor|hardly|without)\\b|n't\\b");

    /** Acts that never ask anything: a message that asks is not one of them by nearness alone. */
    private static final java.util.Set<Act> WRAPPERS = java.util.Set.of(Act.GREETING, Act.THANKS, Act.BYE, Act.YES,
            Act.NO);

    private FreeFormActs() {
    }

    /**
     * The act {@code text} is, said freely, when the FAQ is not confident about it (see
     * {@link DialoguePolicy}): {@code around} is a closed act found around a rest ({@code lookup}),
     * {@code clarify} whether the FAQ would offer choices, {@code llm} whether an LLM is configured.
     */
    static Optional<Act> read(ActIndex acts, String text, Optional<Act> around, BooleanSupplier afterAnswer,
                              String lookup, boolean clarify, boolean llm) {
        Optional<Act> read = nearest(acts, text, around, afterAnswer, lookup, clarify, llm);
        if (around.isEmpty() && read.isPresent()) {
            // a thanks or goodbye by nearness alone must be said as its phrasing says it (set 15's "not solving")
            read = NearPoliteness.checked(read, text,
                    acts.verdict(Acts.withoutTrailingName(text, acts.language())).nearest(), acts.language());
        }
        if (around.isPresent() && read.filter(a -> a != Act.NO).filter(WRAPPERS::contains).isPresent()
                && UnknownWordsAct.asksAThing(acts, lookup)) {
            return Optional.empty(); // "ah ok. gcash po?": a question beside the "ok", never a thanks
        }
        if (around.isEmpty() && read.filter(a -> a == Act.NO || a == Act.NOT_HELPED).isPresent()
                && FollowUpCue.asks(text, acts.language()) && !NearPoliteness.negates(text, acts.language())) {
            // "ok what else can i use then" is near "I asked something else" by its words, yet asks and says no "no":
            // a question, neither a rejection nor (by "works") a thanks
            return Optional.empty();
        }
        if (read.isPresent() && (read.get() == Act.NO || read.get() == Act.NOT_HELPED) && saysItWorked(text)
                && !NearPoliteness.negates(text, acts.language())) {
            // the phrasings hardly tell "it's working now" from "it's still not working": the words decide
            return Optional.of(around.filter(a -> a != Act.NO && a != Act.NOT_HELPED).orElse(Act.THANKS));
        }
        return read;
    }

    private static Optional<Act> nearest(ActIndex acts, String text, Optional<Act> around, BooleanSupplier afterAnswer,
                                         String lookup, boolean clarify, boolean llm) {
        // with an LLM, a message the phrasings are not sure of is the LLM's to read ("which box suits my pet?")
        if (words(text) > FREE_FORM_WORDS) {
            return Optional.empty(); // small talk is short; a long message's own words are a need's
        }
        ActIndex.Verdict whole = acts.verdict(Acts.withoutTrailingName(text, acts.language()));
        if (whole.act().isPresent() && (!llm || whole.actSimilarity() >= SURE_WITH_LLM)
                && (whole.act().get() != Act.START_OVER || startsOver(whole, text))) {
            return whole.act();
        }
        if (around.isPresent()) {
            boolean denial = around.get() == Act.NO || around.get() == Act.NOT_HELPED;
            if (denial && afterAnswer.getAsBoolean()) {
                return around;
            }
            ActIndex.Verdict left = llm ? null : acts.verdict(lookup);
            if (left != null && left.act().isPresent()) {
                return left.act();
            }
            if (left != null && words(lookup) <= AROUND_WORDS && left.nearer()) {
                return around;
            }
        }
        // only nearer to an act than to a need: a short question ("where do i do that") is no greeting or thanks
        return !llm && words(text) <= SHORT_WORDS && !clarify && whole.nearer()
                && !(whole.nearestAct().filter(WRAPPERS::contains).isPresent()
                        && FollowUpCue.asks(text, acts.language())) ? whole.nearestAct() : Optional.empty();
    }

    /**
     * A start over said freely forgets the conversation, so it must be short or clearly said: "I already reset it
     * twice, the email doesn't come" is near "reset" and is a need.
     */
    private static boolean startsOver(ActIndex.Verdict whole, String text) {
        return words(text) <= SHORT_WORDS || whole.actSimilarity() >= CLEAR_ACT
                && whole.actSimilarity() - whole.needSimilarity() >= CLEAR_MARGIN;
    }

    /** Whether a short message is said so nearly as an act's phrasing that it is that act whatever the FAQ finds. */
    static boolean clear(ActIndex acts, String text) {
        // the word check spares an FAQ hit the second embedding (the configured model) when the served model is
        // another: of the development sets' 630 clear acts it lets 628 through, and a third of shop questions
        if (words(text) > FREE_FORM_WORDS || !acts.sharesWords(text)) {
            return false;
        }
        // no act phrasing CLEAR_ACT near: not clearly an act, whatever the needs (which are then not compared)
        return acts.verdictIfNear(text, CLEAR_ACT).filter(v -> v.act().isPresent() && v.actSimilarity() >= CLEAR_ACT
                && v.actSimilarity() - v.needSimilarity() >= CLEAR_MARGIN).isPresent();
    }

    /** Words that it worked ("working now", "all sorted", "that fixed it") and none that it did not. */
    static boolean saysItWorked(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        return WORKED.matcher(t).find() && !NEGATED.matcher(t).find();
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
