package org.answerdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.answerdesk.dialogue.DialoguePolicy;

/**
 * Queries as the bot reads them, so that {@code eval}'s figures are the bot's: greetings and thanks around a question,
 * its sign-off and its details set aside ({@link DialoguePolicy#lookupText}); and, for {@code --wrap}, the queries
 * written the way customers write them first.
 */
final class BotReading {

    private static final List<String> OPENINGS = List.of("Hi,", "Hello!", "Good morning!", "Hey there,", "Hi Anna,",
            "Dear support team,", "");
    private static final List<String> DETAILS = List.of("Order #88213.", "My order number is 55102.",
            "I ordered on 3 March.", "Order no. DE4471203.", "It was 49.90 EUR.", "My email is maria.k@example.com.");
    private static final List<String> CLOSINGS = List.of("Thanks, Maria", "Kind regards,\nTom", "Cheers", "Thank you!",
            "Best,\nJo Smith", "Regards, Ahmed");

    private BotReading() {
    }

    static List<LabeledText> asLookedUp(List<LabeledText> queries) {
        return queries.stream().map(q -> new LabeledText(DialoguePolicy.lookupText(q.text()), q.label())).toList();
    }

    /** How many queries the bot reads as an act in a closed form, in scope and out of it. */
    static EvalCommand.Acts acts(List<LabeledText> queries) {
        int in = 0;
        int out = 0;
        for (LabeledText q : queries) {
            if (DialoguePolicy.isClosedAct(q.text())) {
                if (q.outOfScope()) {
                    out++;
                } else {
                    in++;
                }
            }
        }
        return new EvalCommand.Acts(in, out);
    }

    /** Each query with an opening, a detail and a closing drawn with the seed. */
    static List<LabeledText> wrapped(List<LabeledText> queries, long seed) {
        Random random = new Random(seed);
        List<LabeledText> out = new ArrayList<>(queries.size());
        for (LabeledText q : queries) {
            String opening = OPENINGS.get(random.nextInt(OPENINGS.size()));
            String detail = DETAILS.get(random.nextInt(DETAILS.size()));
            String closing = CLOSINGS.get(random.nextInt(CLOSINGS.size()));
            out.add(new LabeledText((opening + " " + q.text() + " " + detail + " " + closing).strip(), q.label()));
        }
        return out;
    }
}
