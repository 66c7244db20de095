package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;

/**
 * The question a follow-up's topic is, read from the customer's message the bot's last reply answered: that message
 * cleaned for lookup, or where it asked several questions, the last of them, whose answer came last ("kan ik betalen
 * met payconiq? en doen jullie ook zonnepanelen", then "en voor 12 stuks hoeveel is da dan": the solar panels, never
 * the payment).
 */
final class TopicPart {

    private TopicPart() {
    }

    static String of(String question, Locale language) {
        String asked = Acts.read(question, language).question();
        List<String> parts = Parts.of(asked, language);
        if (parts.size() < 2) {
            parts = Parts.joined(asked, language);
        }
        String last = parts.size() > 1 ? Parts.withoutAnd(parts.get(parts.size() - 1), language) : asked;
        return Cleanup.forLookup(last, language);
    }
}
