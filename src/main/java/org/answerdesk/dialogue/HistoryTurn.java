package org.answerdesk.dialogue;

/**
 * One earlier message of the conversation, as the decision reads it ({@link DialogueState#history}); the policy maps
 * it to the LLM adapter's own type where it asks the LLM, so the core depends on no adapter's type.
 *
 * @param fromCustomer the customer wrote it (else the bot or a person of the team)
 * @param text         what it said
 */
public record HistoryTurn(boolean fromCustomer, String text) {
}
