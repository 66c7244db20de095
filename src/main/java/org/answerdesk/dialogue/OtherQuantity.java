package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up that names another quantity of the same unit than the question of the entry it is answered with
 * is not answered with that entry as if sure: "and the big 45 kg one, how much?" after the 13 kg cylinder is not "How
 * much is the 13 kg cylinder?" again, whose answer never says 45. The entries of the follow-up's readings (alone, and
 * with the customer's question the last reply was for) whose question or answer holds the number lead the choices,
 * the answer after them. No reading has such an entry: the answer stands (its answer says which size it is of). By
 * the digits and the word after them, the same in every language; with an LLM it does nothing.
 */
final class OtherQuantity {

    /** A number and the word written after it ("45 kg", "45kg", "3 nights"). */
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{N}+)[ \\t]*(\\p{L}+)");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

    private final Questions questions;

    OtherQuantity(Questions questions) {
        this.questions = questions;
    }

    /** The policy's answer to a short follow-up, or choices where the follow-up names another quantity of its unit. */
    Action check(Turn turn, Supplier<Retrieval> aloneReading, Action action) {
        Optional<LastReply> last = turn.last().filter(r -> r.question() != null);
        if (!(action instanceof Action.FaqAnswer a) || a.picked() || a.chosenBy() != null || last.isEmpty()
                || turn.act.isPresent() || turn.angry || !turn.before.isEmpty() || questions.llmEnabled()) {
            return action;
        }
        Locale lang = turn.lang();
        Optional<String> lookup = FollowUpCue.shortLookup(turn.reading.question(), lang);
        if (lookup.isEmpty()) {
            return action;
        }
        FaqMatch answer = a.entry();
        Set<String> other = others(lookup.get(), answer);
        if (other.isEmpty()) {
            return action;
        }
        Retrieval alone = aloneReading.get();
        Retrieval withQuestion = questions.retrieve(TopicPart.of(last.get().question(), lang) + " " + lookup.get(),
                lang);
        List<FaqMatch> holding = new ArrayList<>();
        for (Retrieval reading : List.of(withQuestion, alone)) {
            for (FaqMatch m : questions.offerable(reading.matches())) {
                if (m.entryId() != answer.entryId() && holding.stream().noneMatch(h -> h.entryId() == m.entryId())
                        && numbers(m.question() + " " + m.answer()).stream().anyMatch(other::contains)) {
                    holding.add(m);
                }
            }
        }
        if (holding.isEmpty()) {
            return action;
        }
        List<FaqMatch> choices = new ArrayList<>(holding.stream().limit(Action.Clarify.SHOWN - 1L).toList());
        choices.addAll(questions.offerable(List.of(answer)));
        return new Action.Clarify(choices, Math.max(alone.confidence(), withQuestion.confidence()),
                choices.get(0).entryId(), null, false);
    }

    /**
     * The numbers of the follow-up written before a word that the entry's question writes after another number, and
     * that the entry's question and answer never hold: "45" of "45 kg" against "How much is the 13 kg cylinder?".
     */
    static Set<String> others(String followUp, FaqMatch entry) {
        List<String[]> asked = quantities(followUp);
        List<String[]> named = quantities(entry.question());
        Set<String> held = numbers(entry.question() + " " + entry.answer());
        return asked.stream().filter(q -> !held.contains(q[0]))
                .filter(q -> named.stream().anyMatch(n -> n[1].equals(q[1]) && !n[0].equals(q[0])))
                .map(q -> q[0]).collect(Collectors.toSet());
    }

    private static List<String[]> quantities(String text) {
        Matcher m = QUANTITY.matcher(Lexicon.fold(text.toLowerCase(Locale.ROOT)));
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new String[] {strip(m.group(1)), m.group(2)});
        }
        return found;
    }

    /** The numbers a text holds, as written, leading zeros left out ("P45" holds 45, "R$ 45,00" holds 45 and 0). */
    private static Set<String> numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        Set<String> found = new HashSet<>();
        while (m.find()) {
            found.add(strip(m.group()));
        }
        return found;
    }

    private static String strip(String digits) {
        return digits.replaceFirst("^0+(?=\\p{N})", "");
    }
}
