package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A booking's cancellation told as what happened ("wir schaffen das nicht", "non ce la faccio più a venire") or its
 * money asked back ("et les sous on les revoit quand"), in words no entry has: the shop's own entry about cancelling
 * (an entry whose phrasings carry the cancel concept, "stornieren", "annulation", "disdetta") is put first among the
 * closest entries, ahead of the entry of the booked thing the customer named (the tasting, the pitch, the course).
 *
 * <p>Only where the question's own words carry neither concept (a customer who writes "annuler" is read as before),
 * and only among the {@value #WITHIN} entries already ordered first: a cancellation entry the customer's words and
 * meaning do not bring near is not brought in, so a question that merely holds such a phrase cannot be answered from
 * an entry far from it. Like the phrases themselves it orders; what the decisions weigh is left as it was.
 */
final class ToldSituation {

    /** How near the cancellation entry must already be: among the first this many. */
    static final int WITHIN = 3;
    static final String CANCEL = "cancel";
    static final String REFUND = "moneyback";

    private ToldSituation() {
    }

    /**
     * The order with the cancellation entry first where the question tells a cancellation or asks its money back
     * by a phrase only; else the order itself. A first entry whose phrasings or answer carry the cancel concept stays
     * first: its answer tells how to call the booked thing off ("um die Sitzung abzusagen …"), where another
     * entry's cancelling may be of something else (a contract).
     *
     * @param told        the concepts only a phrase of the question carries ({@link LexicalScores#toldOnly}), read
     *                    only where an entry about cancelling is near and not first already
     * @param cancelling  the entries (class numbers, sorted) whose phrasings carry the cancel concept
     * @param answering   the entries (class numbers, sorted) whose answer carries it
     */
    static List<Integer> cancellationFirst(List<Integer> order, Supplier<Set<String>> told, int[] cancelling,
                                           int[] answering) {
        if (cancelling == null || order.isEmpty() || has(cancelling, order.get(0)) || has(answering, order.get(0))) {
            return order;
        }
        for (int i = 1; i < Math.min(WITHIN, order.size()); i++) {
            if (has(cancelling, order.get(i))) {
                Set<String> concepts = told.get(); // the question's analysis, only where it can move an entry
                if (!(concepts.contains(CANCEL) || concepts.contains(REFUND))) {
                    return order;
                }
                List<Integer> out = new ArrayList<>(order);
                out.add(0, out.remove(i));
                return out;
            }
        }
        return order;
    }

    private static boolean has(int[] entries, int entry) {
        return entries != null && Arrays.binarySearch(entries, entry) >= 0;
    }
}
