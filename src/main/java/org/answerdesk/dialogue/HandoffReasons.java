package org.answerdesk.dialogue;

/** Why a conversation went to a person; stored with the handoff and shown to agents. */
public final class HandoffReasons {

    public static final String NO_ANSWER = "no FAQ entry fits and no LLM is configured";
    public static final String LLM_FAILED = "no FAQ entry fits and the LLM failed";
    public static final String LLM_DECLINED = "the LLM could not answer from what it knows";
    public static final String LLM_UNCITED = "the LLM's answer cited none of the excerpts it was given";
    public static final String CUSTOMER_ASKED = "the customer asked for a person";
    public static final String CUSTOMER_UPSET = "the customer is upset (a second angry message)";
    public static final String SOMETHING_ELSE = "none of the answers the bot offered fit (the customer chose \"Something else\")";
    public static final String NOT_HELPED_AGAIN = "the customer said a second time in a row that the bot's answer did not help";
    public static final String ANSWER_FAILED = "the bot could not answer this message (it failed and was given up)";
    public static final String AWAITING_PICK = "the bot offered its likeliest answers; a person follows up unless the customer confirms one";

    /**
     * Who resolved a ticket ({@link #AWAITING_PICK}) that closed because the customer confirmed one of the offered
     * answers before a person wrote: such a conversation still counts as resolved by the bot.
     */
    public static final String CONFIRMED_BY_CUSTOMER = "customer";

    private HandoffReasons() {
    }
}
