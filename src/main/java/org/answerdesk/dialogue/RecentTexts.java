package org.answerdesk.dialogue;

/**
 * The dialogue rules' readings of the texts they read lately (customers' words among them), kept in this JVM's memory
 * for a few minutes at most: {@link #forget()} empties them, e.g. when a customer's data is erased.
 */
public final class RecentTexts {

    private RecentTexts() {
    }

    /** Forgets every text the rules read until now; later messages are read afresh. */
    public static void forget() {
        Recent.forgetAll();
    }
}
