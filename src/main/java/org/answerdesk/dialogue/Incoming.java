package org.answerdesk.dialogue;

import org.answerdesk.retrieval.Retrieval;

/**
 * One message as the policy reads it.
 *
 * @param intent    what the adapter or the core recognised (a command, a button, text)
 * @param text      the text as stored (for a press, the payload)
 * @param press     for {@link Intent#CHOICE}: what the press named; null otherwise
 * @param retrieved the FAQ's verdict on {@code text} if it was worked out already ({@link DialoguePolicy#prepare}),
 *                  so that it is not worked out twice; null otherwise
 */
public record Incoming(Intent intent, String text, Press press, Retrieval retrieved) {

    /** A message of text (or a command) whose FAQ verdict is not known yet. */
    public static Incoming of(Intent intent, String text) {
        return new Incoming(intent, text, null, null);
    }

    /** A customer's question in words. */
    public static Incoming question(String text) {
        return of(Intent.QUESTION, text);
    }

    /** A press on a choice. */
    public static Incoming press(String payload, Press press) {
        return new Incoming(Intent.CHOICE, payload, press, null);
    }
}
