package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * What the bot offers after an answer that did not help: the entries that fit the conversation, not the last message
 * alone. "I ordered a mug two weeks ago" then "it still hasn't arrived" is about a lost parcel, although the second
 * message alone reads like "where is my order?". Never the entry just given; a person when nothing else fits.
 */
final class NextBest {

    /** Turns of the conversation read for what it is about: the customer's latest few questions and the replies. */
    static final int TURNS = 6;
    /** At most this many of the customer's earlier questions are read with the one answered. */
    static final int EARLIER = 2;
    /**
     * The least cosine to the question read (the one answered, or the conversation's) at which another entry is of
     * the same topic and offered next: below it, "no" gets the offer of a person, never unrelated choices.
     */
    static final double RELATED = 0.5;
    /** A press on a choice as the conversation stores it ({@code pick:<reply id>:<entry id>}, ChoicePayload). */
    private static final java.util.regex.Pattern PICK = java.util.regex.Pattern.compile("pick:\\d+:\\d+");
    /** What the conversation's questions are cut to when read together (the embedder reads 256 tokens at most). */
    private static final int LONGEST = 1_000;

    private final Questions questions;

    NextBest(Questions questions) {
        this.questions = questions;
    }

    /** After the customer said that {@code answer} did not help. */
    Action after(LastReply answer, DialogueState state) {
        if (answer.question() == null) {
            return new Action.OfferPerson();
        }
        String asked = Acts.read(answer.question(), state.language()).question();
        Retrieval alone = questions.retrieve(asked, state.language());
        String together = together(state.history(), answer.question(), asked, state.language());
        if (together.equals(asked)) {
            return of(alone, answer.entryId());
        }
        return fused(alone, questions.retrieve(together, state.language()), answer);
    }

    /**
     * The entries of {@code retrieval} worth offering other than {@code entryId}, the entry that did not help (null:
     * none); else a person.
     */
    Action of(Retrieval retrieval, Long entryId) {
        List<FaqMatch> others = others(retrieval, entryId).stream().limit(Action.Clarify.SHOWN).toList();
        return others.isEmpty() ? new Action.OfferPerson()
                : new Action.Clarify(others, retrieval.confidence(), others.get(0).entryId(), null, true);
    }

    /**
     * The entries worth offering of both readings, taken in turns, the whole conversation's first: what the
     * conversation is about leads (where it finds an entry plausible), and what its last question alone finds is still
     * among the choices.
     */
    private Action fused(Retrieval alone, Retrieval together, LastReply answer) {
        // the conversation's reading leads only with what it finds plausible: an unrelated earlier question adds nothing
        List<FaqMatch> first = others(together.confident() ? together : new Retrieval(together.choices(),
                together.confidence(), false), answer.entryId());
        List<FaqMatch> second = others(alone, answer.entryId());
        Map<Long, FaqMatch> taken = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(first.size(), second.size()) && taken.size() < Action.Clarify.SHOWN; i++) {
            for (List<FaqMatch> list : List.of(first, second)) {
                if (i < list.size() && taken.size() < Action.Clarify.SHOWN) {
                    taken.putIfAbsent(list.get(i).entryId(), list.get(i));
                }
            }
        }
        List<FaqMatch> choices = List.copyOf(taken.values());
        return choices.isEmpty() ? new Action.OfferPerson()
                : new Action.Clarify(choices, Math.max(alone.confidence(), together.confidence()),
                        choices.get(0).entryId(), null, true);
    }

    private List<FaqMatch> others(Retrieval retrieval, Long entryId) {
        return questions.offerable(retrieval.matches()).stream().filter(m -> m.score() >= RELATED)
                .filter(m -> entryId == null || m.entryId() != entryId).toList();
    }

    /**
     * Whether the customer's message before this one, presses on choices aside, said that an answer did not help
     * ("no", "that's not it"): then the pick among the next-best entries that followed did not help either. A new
     * question typed in between starts again.
     */
    static boolean saidBefore(DialogueState state) {
        List<HistoryTurn> history = state.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryTurn turn = history.get(i);
            if (!turn.fromCustomer() || turn.text() == null || PICK.matcher(turn.text()).matches()) {
                continue;
            }
            Acts.Reading reading = Acts.read(turn.text(), state.language());
            // "that didn't help, it still says invalid" said it too; "no, can I pay by card?" asks something new
            return reading.onlyAct() ? ChoicesShowing.rejects(reading.act().get())
                    : reading.act().filter(a -> a == Act.NOT_HELPED).isPresent();
        }
        return false;
    }

    /** The second "that didn't help" in a row: a person takes over (the ticket opens). */
    static Action toPerson() {
        return new Action.Handoff(HandoffReasons.NOT_HELPED_AGAIN, 0, List.of(), null, null, null, null);
    }

    /**
     * The customer's earlier questions in the conversation (acts, button labels and noise left out), then the one
     * answered: what the conversation is about. Just {@code asked} when there were none.
     */
    static String together(List<HistoryTurn> history, String answeredMessage, String asked, Locale language) {
        List<String> earlier = new ArrayList<>();
        for (HistoryTurn turn : history) {
            if (!turn.fromCustomer() || turn.text() == null || turn.text().equals(answeredMessage)) {
                continue;
            }
            Acts.Reading reading = Acts.read(turn.text(), language);
            String question = reading.question().strip();
            if (!reading.onlyAct() && !question.isEmpty() && !Noise.mash(question) && !Noise.onlyEmoji(question)
                    && !PersonRequest.asksForPerson(question, language)) {
                earlier.add(question);
            }
        }
        if (earlier.isEmpty()) {
            return asked;
        }
        StringBuilder text = new StringBuilder();
        for (String question : earlier.subList(Math.max(0, earlier.size() - EARLIER), earlier.size())) {
            text.append(question).append(endsSentence(question) ? " " : ". ");
        }
        text.append(asked);
        return text.length() <= LONGEST ? text.toString() : text.substring(text.length() - LONGEST);
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!';
    }
}
