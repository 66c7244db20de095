package org.answerdesk.eval;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Random;

import org.answerdesk.dialogue.ActIndex;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.retrieval.Embedder;

/**
 * Queries as the bot reads them, so that {@code eval}'s figures are the bot's: greetings and thanks around a question,
 * its sign-off and its details set aside ({@link DialoguePolicy#lookupText}); the acts among them, closed and free-form;
 * and, for {@code --wrap}, the queries written the way customers write them first.
 */
final class BotReading {

    private static final List<String> OPENINGS = List.of("Hi,", "Hello!", "Good morning!", "Hey there,", "Hi Anna,",
            "Dear support team,", "");
    private static final List<String> DETAILS = List.of("Order #88213.", "My order number is 55102.",
            "I ordered on 3 March.", "Order no. DE4471203.", "It was 49.90 EUR.", "My email is maria.k@example.com.");
    private static final List<String> CLOSINGS = List.of("Thanks, Maria", "Kind regards,\nTom", "Cheers", "Thank you!",
            "Best,\nJo Smith", "Regards, Ahmed");

    private static final String ACTS = "/dialogue/acts.tsv";
    /** The shipped phrasings embedded, by model: runs in one JVM (tests, benchmarks) embed them once. */
    private static final Map<String, List<ActIndex.Example>> EMBEDDED = new ConcurrentHashMap<>();

    private BotReading() {
    }

    static List<LabeledText> asLookedUp(List<LabeledText> queries) {
        return queries.stream().map(q -> new LabeledText(DialoguePolicy.lookupText(q.text(), q.locale()), q.label(),
                q.language())).toList();
    }

    /** How many queries the bot reads as an act in a closed form, in scope and out of it. */
    static EvalCommand.Acts acts(List<LabeledText> queries) {
        return acts(queries, null, ActIndex.empty(), 1, 1);
    }

    /**
     * How many queries the bot reads as an act, in scope and out of it, as the first message of a conversation with
     * no LLM: in a closed form, or said freely ({@link DialoguePolicy#firstMessageFreeFormAct}, by the shipped act
     * phrasings) when the FAQ does not answer it confidently.
     *
     * @param outcomes what the FAQ did with each query, in the same order (null: closed forms only)
     */
    static EvalCommand.Acts acts(List<LabeledText> queries, List<Outcome> outcomes, ActIndex phrasings,
                                 double threshold, double clarifyThreshold) {
        int in = 0;
        int out = 0;
        for (int i = 0; i < queries.size(); i++) {
            LabeledText q = queries.get(i);
            // the free-form act phrasings are English: another language's message is read by its closed forms, as the
            // bot reads it (ActIndex.in)
            boolean act = DialoguePolicy.isClosedAct(q.text(), q.locale()) || outcomes != null
                    && q.language().equals("en") && DialoguePolicy.firstMessageFreeFormAct(phrasings, q.text(),
                    q.locale(), outcomes.get(i).answeredAt(threshold),
                    outcomes.get(i).clarifiedAt(threshold, clarifyThreshold))
                    .isPresent();
            if (act) {
                if (q.outOfScope()) {
                    out++;
                } else {
                    in++;
                }
            }
        }
        return new EvalCommand.Acts(in, out);
    }

    /**
     * The act phrasings the bot ships ({@code dialogue/acts.tsv}), embedded by {@code embedder}: the configured model,
     * never the one adapted to the FAQ, as the bot's.
     */
    static ActIndex actPhrasings(Embedder embedder) {
        return new ActIndex(EMBEDDED.computeIfAbsent(embedder.modelName(), m -> embedded(embedder)),
                embedder.remembering(64),
                ActIndex.DEFAULT_MIN_SIMILARITY, ActIndex.DEFAULT_MARGIN);
    }

    private static List<ActIndex.Example> embedded(Embedder embedder) {
        var shipped = BotReading.class.getResourceAsStream(ACTS);
        if (shipped == null) {
            throw new IllegalStateException(ACTS + " is missing from the classpath");
        }
        List<ActIndex.Phrasing> phrasings;
        try (Reader in = new InputStreamReader(shipped, StandardCharsets.UTF_8)) {
            phrasings = ActIndex.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ACTS, e);
        }
        List<float[]> vectors = embedder.embedAll(phrasings.stream().map(ActIndex.Phrasing::text).toList());
        List<ActIndex.Example> examples = new ArrayList<>(phrasings.size());
        for (int i = 0; i < phrasings.size(); i++) {
            examples.add(new ActIndex.Example(phrasings.get(i).label(), phrasings.get(i).text(), vectors.get(i)));
        }
        return List.copyOf(examples);
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
