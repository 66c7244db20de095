package org.answerdesk.eval;

/**
 * How the choices a clarification would show relate to the question: whether they share a content term (or a
 * concept) with it, and their cosines. A choice gate keeps a choice that shares a term or reaches a cosine.
 *
 * @param anyShares   some choice shares a content term or concept with the question
 * @param maxCosine   the highest cosine among the choices
 * @param rightShares the right entry (when offered) shares a term or concept with the question
 * @param rightCosine the right entry's cosine (when offered)
 */
record ChoiceFit(boolean anyShares, double maxCosine, boolean rightShares, double rightCosine) {

    /** Choices whose fit is not known: every gate keeps them. */
    static final ChoiceFit UNKNOWN = new ChoiceFit(true, 1, true, 1);

    /** Some choice survives a gate at {@code cosine}. */
    boolean anyKept(double cosine) {
        return anyShares || maxCosine >= cosine;
    }

    /** The right entry survives a gate at {@code cosine}. */
    boolean rightKept(double cosine) {
        return rightShares || rightCosine >= cosine;
    }
}
