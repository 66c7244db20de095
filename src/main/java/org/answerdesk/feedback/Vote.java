package org.answerdesk.feedback;

/** A thumbs-up or thumbs-down on a bot answer. */
public enum Vote {
    UP(1), DOWN(-1);

    private final int value;

    Vote(int value) {
        this.value = value;
    }

    /** +1 or -1, as stored. */
    public int value() {
        return value;
    }
}
