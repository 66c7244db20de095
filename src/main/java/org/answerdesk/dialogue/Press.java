package org.answerdesk.dialogue;

/**
 * A press on one of the choices of a clarify reply, as the conversation found it in its store: the facts the policy
 * decides the press on.
 *
 * @param found    what the payload named
 * @param readable what the customer chose, as the history should read it ("Something else", the entry's question)
 * @param entryId  the entry chosen (for {@link Found#ENTRY})
 * @param answer   that entry's answer (for {@link Found#ENTRY})
 */
public record Press(Found found, String readable, Long entryId, String answer) {

    /**
     * What a press on "That helped" under an answer says to the policy, whatever language the button showed: read
     * as a thanks in every language ({@link Acts#read(String, java.util.Locale)}).
     */
    public static final String HELPED_LABEL = "That helped";
    /**
     * What a press on "Something else" says: under an answer, read as "that's not it" in every language; among
     * choices, the press itself ({@link Found#SOMETHING_ELSE}).
     */
    public static final String SOMETHING_ELSE_LABEL = "Something else";

    /** What a press's payload named, looked up in the conversation it arrived in. */
    public enum Found {
        /** Not a choice payload at all. */
        MALFORMED("malformed"),
        /** No clarify reply of that id in this conversation (a stranger learns nothing more). */
        NO_SUCH_OFFER("no such offer in this conversation"),
        /** The offer had its press already. */
        PICKED_BEFORE("picked before"),
        /** An entry the offer did not offer. */
        NOT_OFFERED("entry not offered"),
        /** An offered entry, deleted since. */
        ENTRY_DELETED("entry deleted since"),
        /** "Something else": none of the offered entries. */
        SOMETHING_ELSE(null),
        /** An offered entry that still exists. */
        ENTRY(null);

        private final String refusal;

        Found(String refusal) {
            this.refusal = refusal;
        }

        /** Why such a press is refused (a meter tag); null when it counts. */
        public String refusal() {
            return refusal;
        }
    }

    public static Press refused(Found found) {
        return new Press(found, null, null, null);
    }

    public static Press somethingElse(String label) {
        return new Press(Found.SOMETHING_ELSE, label, null, null);
    }

    public static Press entry(long entryId, String question, String answer) {
        return new Press(Found.ENTRY, question, entryId, answer);
    }

    public boolean counts() {
        return found.refusal() == null;
    }
}
