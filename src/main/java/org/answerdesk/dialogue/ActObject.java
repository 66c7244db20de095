package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An act's verb with a thing of the shop as its object: "then just cancel the whole thing", "stop my subscription",
 * "cancel the entire order" ask the shop to do something to that thing (a need), while "cancel that", "stop it",
 * "cancel my last question" drop what the customer said (the act). The act phrasings read both as the act; the words
 * after the verb tell them apart (the fourth judged set: "cancel the whole thing", meaning the order, got "Alright. If
 * there's anything else, just ask."). The words are the phrasings' language's ({@code object.verbs},
 * {@code object.leading}, {@code object.said}, {@code object.boundary}); a language without them names nothing.
 */
final class ActObject {

    private static final Lexicon.PerLanguage<Words> BY_LANGUAGE = Lexicon.perLanguage(ActObject::words);

    private ActObject() {
    }

    /** Whether an act verb in {@code text}, in {@code language}, has an object that is not what the customer said. */
    static boolean named(String text, String language) {
        Words words = BY_LANGUAGE.get(language).orElse(null);
        if (words == null) {
            return false;
        }
        List<String> said = Arrays.asList(ActRules.normalize(text).split(" "));
        for (int i = 0; i < said.size(); i++) {
            if (words.verbs().contains(said.get(i)) && words.thing(said.subList(i + 1, said.size()))) {
                return true;
            }
        }
        return false;
    }

    private static Words words(Lexicon lexicon) {
        Set<String> verbs = set(lexicon, "object.verbs");
        return verbs.isEmpty() ? null : new Words(verbs, set(lexicon, "object.leading"), set(lexicon, "object.said"),
                set(lexicon, "object.boundary"));
    }

    private static Set<String> set(Lexicon lexicon, String key) {
        String words = lexicon.words(key).strip();
        return words.isEmpty() ? Set.of() : Set.of(words.split(" +"));
    }

    /**
     * The act's verbs a customer also says of an order; words after the verb that name nothing yet ("the whole",
     * "my"); what the customer said (the objects of the act itself); words that end the object before any thing.
     */
    private record Words(Set<String> verbs, Set<String> leading, Set<String> said, Set<String> boundary) {

        boolean thing(List<String> after) {
            for (String word : after) {
                if (said.contains(word) || boundary.contains(word)) {
                    return false;
                }
                if (!leading.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
