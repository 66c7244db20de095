package org.answerdesk.conversation.answering;

import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.dialogue.HandoffReasons;
import java.util.List;

/**
 * What the pipeline made of a message, before it is stored. Made with the factory methods ({@link #faq},
 * {@link #clarify}, {@link #picked}, {@link #llm}, {@link #handoff}, {@link #system}).
 *
 * @param confidence    the retriever's score of the closest FAQ entry
 * @param faqEntryId    the matched entry for FAQ answers, the closest one otherwise, or null
 * @param model         the LLM's name for LLM answers, else null
 * @param handoffReason why a person should take over (null when the bot answered)
 * @param choices       the FAQ entries offered for the customer to choose among (a clarify reply); empty otherwise
 * @param clarified     an FAQ answer given because the customer picked its entry among the offered choices
 */
public record ReplyDraft(String text, ReplySource source, double confidence, List<Suggestion> suggestions,
                     Long faqEntryId, String model, Integer tokensIn, Integer tokensOut, String handoffReason,
                     List<Suggestion> choices, boolean clarified) {

    public ReplyDraft {
        suggestions = List.copyOf(suggestions);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An answer that offers no choices and is not a pick's. */
    public ReplyDraft(String text, ReplySource source, double confidence, List<Suggestion> suggestions, Long faqEntryId,
                  String model, Integer tokensIn, Integer tokensOut, String handoffReason) {
        this(text, source, confidence, suggestions, faqEntryId, model, tokensIn, tokensOut, handoffReason, List.of(),
                false);
    }

    public boolean needsHuman() {
        return handoffReason != null;
    }

    /** Whether this reply asks the customer to choose among {@link #choices}. */
    public boolean offersChoices() {
        return !choices.isEmpty();
    }

    /** The same answer with a paragraph added to its text. */
    public ReplyDraft followedBy(String paragraph) {
        return new ReplyDraft(text + "\n\n" + paragraph, source, confidence, suggestions, faqEntryId, model, tokensIn,
                tokensOut, handoffReason, choices, clarified);
    }

    /** The same answer in other words. */
    public ReplyDraft saying(String other) {
        return new ReplyDraft(other, source, confidence, suggestions, faqEntryId, model, tokensIn, tokensOut,
                handoffReason, choices, clarified);
    }

    /** The same answer with a paragraph before its text. */
    public ReplyDraft precededBy(String paragraph) {
        return new ReplyDraft(paragraph + "\n\n" + text, source, confidence, suggestions, faqEntryId, model, tokensIn,
                tokensOut, handoffReason, choices, clarified);
    }

    /** The same answer, handing the conversation to a person as well for {@code reason} ({@link HandoffReasons}). */
    public ReplyDraft handingOver(String reason) {
        return new ReplyDraft(text, source, confidence, suggestions, faqEntryId, model, tokensIn, tokensOut, reason,
                choices, clarified);
    }

    /** A passage of a knowledge source offered as the answer ({@code confidence}: the passage decision's). */
    public static ReplyDraft knowledge(String text, double confidence, List<Suggestion> related) {
        return new ReplyDraft(text, ReplySource.KNOWLEDGE, confidence, related, null, null, null, null, null);
    }

    /** The bot's own text (greetings, notices); a handoff if {@code handoffReason} is set. */
    public static ReplyDraft system(String text, List<Suggestion> suggestions, String handoffReason) {
        return new ReplyDraft(text, ReplySource.SYSTEM, 0, suggestions, null, null, null, null, handoffReason);
    }

    /** The FAQ entry's answer, given because the entry matched confidently. */
    public static ReplyDraft faq(String text, double confidence, long entryId, List<Suggestion> related) {
        return new ReplyDraft(text, ReplySource.FAQ, confidence, related, entryId, null, null, null, null);
    }

    /** The FAQ entry's answer, given because the customer picked the entry among the choices offered. */
    public static ReplyDraft picked(String text, long entryId) {
        return new ReplyDraft(text, ReplySource.FAQ, 1, List.of(), entryId, null, null, null, null, List.of(), true);
    }

    /**
     * A clarify reply: the bot asks which of {@code choices} (best first) the customer meant.
     *
     * @param closest the best entry (stored as the reply's entry, as for a handoff)
     */
    public static ReplyDraft clarify(String text, double confidence, List<Suggestion> choices, Long closest) {
        return new ReplyDraft(text, ReplySource.SYSTEM, confidence, List.of(), closest, null, null, null, null, choices,
                false);
    }

    /** The FAQ entry's answer, given because the LLM chose the entry for the question ({@code model} decided). */
    public static ReplyDraft chosenByLlm(String text, double confidence, long entryId, List<Suggestion> related,
                                     String model) {
        return new ReplyDraft(text, ReplySource.FAQ, confidence, related, entryId, model, null, null, null);
    }

    /** A text the LLM wrote. */
    public static ReplyDraft llm(String text, double confidence, List<Suggestion> related, Long closest, String model,
                             Integer tokensIn, Integer tokensOut) {
        return new ReplyDraft(text, ReplySource.LLM, confidence, related, closest, model, tokensIn, tokensOut, null);
    }

    /** The bot hands the conversation to a person, for {@code reason} ({@link HandoffReasons}). */
    public static ReplyDraft handoff(String text, double confidence, List<Suggestion> related, Long closest,
                                 String reason) {
        return new ReplyDraft(text, ReplySource.SYSTEM, confidence, related, closest, null, null, null, reason);
    }

    /** A handoff after the LLM read the question (it declined): its model and tokens are kept. */
    public static ReplyDraft llmDeclined(String text, double confidence, List<Suggestion> related, Long closest,
                                     String model, Integer tokensIn, Integer tokensOut) {
        return new ReplyDraft(text, ReplySource.SYSTEM, confidence, related, closest, model, tokensIn, tokensOut,
                HandoffReasons.LLM_DECLINED);
    }
}
