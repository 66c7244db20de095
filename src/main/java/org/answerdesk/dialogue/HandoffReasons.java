package org.answerdesk.dialogue;

/**
 * Why a conversation went to a person: a code, stored with the handoff ({@code handoff.reason}) and shown to staff
 * in the desk's language from the bundles ({@code handoff.reason.<code>}). Codes are lower-case words joined by
 * hyphens, so that each is a bundle key; a new one needs its text in every shipped language.
 */
public final class HandoffReasons {

    public static final String NO_ANSWER = "no-answer";
    public static final String LLM_FAILED = "llm-failed";
    public static final String LLM_DECLINED = "llm-declined";
    public static final String LLM_UNCITED = "llm-uncited";
    public static final String CUSTOMER_ASKED = "customer-asked";
    public static final String CUSTOMER_UPSET = "customer-upset";
    public static final String SOMETHING_ELSE = "something-else";
    public static final String NOT_HELPED_AGAIN = "not-helped-again";
    public static final String ANSWER_FAILED = "answer-failed";
    public static final String AWAITING_PICK = "awaiting-pick";

    /**
     * Who resolved a ticket ({@link #AWAITING_PICK}) that closed because the customer confirmed one of the offered
     * answers before a person wrote: such a conversation still counts as resolved by the bot. Not a reason: the
     * handoff's {@code resolved_by}.
     */
    public static final String CONFIRMED_BY_CUSTOMER = "customer";

    /** The bundle key of a reason's text for staff. */
    public static String textKey(String code) {
        return "handoff.reason." + code;
    }

    private HandoffReasons() {
    }
}
