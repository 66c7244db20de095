package org.answerdesk.conversation;

import java.util.List;
import java.util.Locale;

/**
 * A stored outbound message as an adapter needs it for delivery.
 *
 * @param recipient       the conversation's customer (may be null)
 * @param origin          the inbound message this answers, or else the conversation's latest inbound message
 *                        (null if there is none): its platform id and raw payload let the adapter reply in place
 * @param showSuggestions true when the related questions should be offered under the text (the answer is not a
 *                        confident FAQ match)
 * @param attempt         1 for the first delivery attempt, 2 for the first retry, ...
 * @param partsDelivered  how many parts of a reply sent in several platform messages went out in earlier
 *                        attempts; a retry sends only the rest
 * @param ratingRequestId set when the core asks the customer for a satisfaction rating with this message: the
 *                        adapter renders the scores 1-5 as buttons (or links) that name this id; null otherwise
 * @param choices         non-empty when this reply asks the customer to choose (a clarify reply): the adapter renders
 *                        each entry as a native button, chip or link carrying
 *                        {@link ChoicePayload#entry ChoicePayload.entry(messageId, entryId)}, then "Something else"
 *                        ({@link ChoicePayload#somethingElse}) and "Talk to a person" (the channel's way to ask for
 *                        one); a text-only channel may ignore them, as the text lists the questions
 * @param asksIfHelped    a direct answer under which the owner wants "That helped" and "Something else" as quick
 *                        replies ({@link ChoicePayload#helped}, {@link ChoicePayload#notHelped}); a channel without
 *                        them ignores it
 * @param further         for a channel that {@linkplain ChannelAdapter#sendsAnswersTogether sends the answers to one
 *                        message together}: the further answers to the same message, in order, delivered in the same
 *                        platform message as this one; empty otherwise
 * @param language        the conversation's language (the shop's default when it has none yet): the adapter renders
 *                        the words it adds (button labels, "Related questions") with
 *                        {@code texts.text(key, message.language())}; null reads as the shop's default there too
 */
public record OutboundMessage(long messageId, long conversationId, ConversationKey key, String text,
                              ReplySource source, double confidence, List<Suggestion> suggestions,
                              boolean showSuggestions, boolean needsHuman, Participant recipient, Origin origin,
                              int attempt, int partsDelivered, Long ratingRequestId, List<Suggestion> choices,
                              boolean asksIfHelped, List<OutboundMessage> further, Locale language) {

    public OutboundMessage {
        suggestions = List.copyOf(suggestions);
        choices = choices == null ? List.of() : List.copyOf(choices);
        further = further == null ? List.of() : List.copyOf(further);
    }

    /** A message in the shop's default language. */
    public OutboundMessage(long messageId, long conversationId, ConversationKey key, String text, ReplySource source,
                           double confidence, List<Suggestion> suggestions, boolean showSuggestions,
                           boolean needsHuman, Participant recipient, Origin origin, int attempt, int partsDelivered,
                           Long ratingRequestId, List<Suggestion> choices, boolean asksIfHelped,
                           List<OutboundMessage> further) {
        this(messageId, conversationId, key, text, source, confidence, suggestions, showSuggestions, needsHuman,
                recipient, origin, attempt, partsDelivered, ratingRequestId, choices, asksIfHelped, further, null);
    }

    /** A message that does not ask whether it helped, delivered alone. */
    public OutboundMessage(long messageId, long conversationId, ConversationKey key, String text, ReplySource source,
                           double confidence, List<Suggestion> suggestions, boolean showSuggestions,
                           boolean needsHuman, Participant recipient, Origin origin, int attempt, int partsDelivered,
                           Long ratingRequestId, List<Suggestion> choices) {
        this(messageId, conversationId, key, text, source, confidence, suggestions, showSuggestions, needsHuman,
                recipient, origin, attempt, partsDelivered, ratingRequestId, choices, false, List.of());
    }

    /** The same message with further answers to deliver with it. */
    public OutboundMessage withFurther(List<OutboundMessage> answers) {
        return new OutboundMessage(messageId, conversationId, key, text, source, confidence, suggestions,
                showSuggestions, needsHuman, recipient, origin, attempt, partsDelivered, ratingRequestId, choices,
                asksIfHelped, answers, language);
    }

    /** This message's id and those of the {@link #further} answers delivered with it, in order. */
    public List<Long> deliveredIds() {
        List<Long> ids = new java.util.ArrayList<>(List.of(messageId));
        further.forEach(f -> ids.add(f.messageId()));
        return ids;
    }

    /** A message that asks for no rating. */
    public OutboundMessage(long messageId, long conversationId, ConversationKey key, String text, ReplySource source,
                           double confidence, List<Suggestion> suggestions, boolean showSuggestions,
                           boolean needsHuman, Participant recipient, Origin origin, int attempt, int partsDelivered) {
        this(messageId, conversationId, key, text, source, confidence, suggestions, showSuggestions, needsHuman,
                recipient, origin, attempt, partsDelivered, null, List.of());
    }

    /** Whether the adapter should offer {@link #choices} with this message. */
    public boolean offersChoices() {
        return !choices.isEmpty();
    }

    /**
     * The related questions a channel that lists them in words should add under the text: those to show, less the
     * ones the text lists already (a reply that says "pick one of these" numbers them in its own text).
     */
    public List<Suggestion> suggestionsToList() {
        return showSuggestions ? suggestions.stream().filter(s -> !numbered(s.question())).toList() : List.of();
    }

    /** Whether the text has the question as one of its numbered lines ("2. Can I pay later?"), not merely its words. */
    private boolean numbered(String question) {
        return text != null && text.lines().anyMatch(l -> {
            int dot = l.indexOf(". ");
            return dot > 0 && l.substring(0, dot).chars().allMatch(Character::isDigit)
                    && l.substring(dot + 2).equals(question);
        });
    }

    /** Whether the adapter should offer the scores of a satisfaction rating with this message. */
    public boolean asksForRating() {
        return ratingRequestId != null;
    }

    /** The customer message being answered, as the platform knows it. */
    public record Origin(long messageId, String text, MessageRef ref, String raw) {
    }
}
