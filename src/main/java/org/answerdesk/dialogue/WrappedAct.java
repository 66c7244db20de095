package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An act said inside a greeting or a sign-off, with or without the comma between them: "ciao sei un bot?", "hi, are
 * you a bot?", "bonjour merci pour tout", "hallo, wie alt bist du? danke". The words left between the greeting (at
 * most {@link #EDGE_WORDS} words at the start) and the thanks or goodbye (as many at the end) are read by the closed
 * rules of the language; when they are an act, the message is that act, not a question around one. Of the acts read,
 * the one that says most: "are you a bot" over the greeting around it, thanks over a greeting.
 */
final class WrappedAct {

    /** The most words a greeting before, or a sign-off after, the act may have ("good morning everyone"). */
    static final int EDGE_WORDS = 3;
    /**
     * Acts that may open a message around another act: a goodbye too, since many greet both ways ("adieu" in Vaud,
     * "servus", "ciao", "salut": "adieu, vous êtes un robot ?").
     */
    private static final Set<Act> OPENINGS = Set.of(Act.GREETING, Act.THANKS, Act.BYE);
    /** Acts that may close a message around another act ("ciao sei un bot? come va": a "how are you" closes too). */
    private static final Set<Act> CLOSINGS = Set.of(Act.THANKS, Act.BYE, Act.GREETING);

    private WrappedAct() {
    }

    /** The act the message is, said inside a greeting and/or a sign-off; empty when it is not such a message. */
    static Optional<Act> of(String text, Locale language) {
        String[] words = ActRules.normalize(text).split(" ");
        if (words.length < 2) {
            return Optional.empty();
        }
        for (int open = 0; open <= Math.min(EDGE_WORDS, words.length - 1); open++) {
            Optional<Act> opening = open == 0 ? Optional.empty() : edge(words, 0, open, language, OPENINGS);
            if (open > 0 && opening.isEmpty()) {
                continue;
            }
            for (int close = 0; close <= Math.min(EDGE_WORDS, words.length - open - 1); close++) {
                if (open == 0 && close == 0) {
                    continue; // the whole message: ActRules read it already
                }
                Optional<Act> closing = close == 0 ? Optional.empty()
                        : edge(words, words.length - close, words.length, language, CLOSINGS);
                if (close > 0 && closing.isEmpty()) {
                    continue;
                }
                Optional<Act> inner = ActRules.closed(String.join(" ", List.of(words).subList(open,
                        words.length - close)), language);
                if (inner.isPresent()) {
                    return Optional.of(saysMost(opening, inner.get(), closing));
                }
            }
        }
        return Optional.empty();
    }

    /** The act words {@code from} to {@code to} are, by the language's rules or another's read in every language. */
    private static Optional<Act> edge(String[] words, int from, int to, Locale language, Set<Act> allowed) {
        String edge = String.join(" ", List.of(words).subList(from, to));
        Optional<Act> act = ActRules.closed(edge, language);
        if (act.isEmpty()) {
            act = Acts.inEveryLanguage(edge, language); // "hi", "thanks" are typed in every language
        }
        return act.filter(allowed::contains);
    }

    /** The act that is not wrapping ("are you a bot", "what can you do") wins; among wrappers, as {@link Acts}. */
    private static Act saysMost(Optional<Act> opening, Act inner, Optional<Act> closing) {
        if (!Set.of(Act.GREETING, Act.THANKS, Act.BYE, Act.YES, Act.NO).contains(inner)) {
            return inner;
        }
        List<Act> acts = new ArrayList<>();
        opening.ifPresent(acts::add);
        acts.add(inner);
        closing.ifPresent(acts::add);
        for (Act preferred : List.of(Act.NOT_HELPED, Act.THANKS, Act.BYE, Act.NO, Act.YES)) {
            if (acts.contains(preferred)) {
                return preferred;
            }
        }
        return acts.get(0);
    }
}
