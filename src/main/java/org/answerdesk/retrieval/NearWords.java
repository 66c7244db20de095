package org.answerdesk.retrieval;

import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * A customer's word that no entry has, near a word an entry has (issue 62, item 1: the right entry not first in other
 * languages and in dialect): both analysed terms ({@link LexicalAnalysis}: stemmed, folded) and
 * <ul>
 *   <li>one typo apart (an insertion, deletion, substitution or swap of neighbours), both of {@value #LONG} letters
 *   or more: "presupusto" and "presupuesto", "pagamneto" and "pagamento";</li>
 *   <li>or the same first {@value #PREFIX} letters: "reparatur" and "reparier";</li>
 *   <li>or one inside the other, the inner one of {@value #LONG} letters or more: a compound and its part ("panel" in
 *   "zonnepanel"), a dialect's ending ("radl", "kartn" are not long enough; "dienstradl" has "dienstrad").</li>
 * </ul>
 * Chosen leave-one-set-out on every judged set's plans and the eval shops ({@code RankingHarness},
 * docs/retrieval.md, "retr7"); they order the entries only ({@link EntryScorer}, "retr8").
 */
final class NearWords {

    /** The fewest letters a word needs to be near another by a typo or to stand inside another. */
    static final int LONG = 5;
    /** The first letters two words must share to be near by their start. */
    static final int PREFIX = 6;

    private NearWords() {
    }

    /** Whether a question's term is near an FAQ's term (never a term near itself: that is a shared word). */
    static boolean near(String question, String faq) {
        if (question.equals(faq)) {
            return false;
        }
        if (question.length() >= LONG && faq.length() >= LONG && oneEdit(question, faq)) {
            return true;
        }
        if (question.length() >= PREFIX && faq.length() >= PREFIX && question.regionMatches(0, faq, 0, PREFIX)) {
            return true;
        }
        return faq.length() >= LONG && question.contains(faq) || question.length() >= LONG && faq.contains(question);
    }

    /**
     * Raises {@code best} (per entry; made when null and a term is near) to the weight of each FAQ term near {@code
     * term} for the entries that have it: {@code entriesOfTerm} per term its entries, {@code weight} what the term
     * weighs there.
     */
    static double[] best(String term, Map<String, int[]> entriesOfTerm, ToDoubleBiFunction<String, int[]> weight,
                         int entries, double[] best) {
        if (term.length() < LONG) { // near nothing by any of the three: no need to look
            return best;
        }
        for (Map.Entry<String, int[]> e : entriesOfTerm.entrySet()) {
            if (!near(term, e.getKey())) {
                continue;
            }
            double w = weight.applyAsDouble(e.getKey(), e.getValue());
            best = best == null ? new double[entries] : best;
            for (int c : e.getValue()) {
                best[c] = Math.max(best[c], w);
            }
        }
        return best;
    }

    /** Whether one insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b}. */
    static boolean oneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la != lb) {
            return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
        }
        if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
            return true;
        }
        return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }
}
