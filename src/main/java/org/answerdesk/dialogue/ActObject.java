package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An act's verb with a thing of the shop as its object: "then just cancel the whole thing", "stop my subscription",
 * "cancel the entire order" ask the shop to do something to that thing (a need), while "cancel that", "stop it",
 * "cancel my last question" drop what the customer said (the act). The act phrasings read both as the act; the words
 * after the verb tell them apart (the fourth judged set: "cancel the whole thing", meaning the order, got "Alright. If
 * there's anything else, just ask."). English: the shipped act phrasings are English.
 */
final class ActObject {

    /** Verbs of the cancel act that a customer also says of an order, a booking, a subscription. */
    private static final Set<String> VERBS = Set.of("cancel", "cancell", "stop", "end", "terminate", "abort",
            "close", "delete", "remove", "scrap", "undo", "void", "drop");
    /** Words after the verb that name nothing yet ("the whole", "my", "it all"). */
    private static final Set<String> LEADING = Set.of("the", "my", "our", "this", "that", "these", "those", "a", "an",
            "your", "whole", "entire", "full", "complete", "all", "of", "it", "then", "please", "pls", "just", "now",
            "too", "also", "altogether", "anyway", "right", "away", "thanks", "thank", "you", "ok", "okay");
    /** What the customer said or asked: the objects of the act itself. */
    private static final Set<String> SAID = Set.of("request", "requests", "question", "questions", "message",
            "messages", "chat", "conversation", "talking", "typing", "asking", "said", "asked", "what", "i", "last",
            "previous", "that's", "it's", "again");
    /** Words that end the verb's object before any thing is named ("scrap this and let's go again"). */
    private static final Set<String> BOUNDARY = Set.of("and", "but", "or", "so", "let's", "lets", "because", "since",
            "i'll", "ill", "we'll", "start", "begin", "go");

    private ActObject() {
    }

    /** Whether an act verb in {@code text} has an object that is not what the customer said. */
    static boolean named(String text) {
        List<String> words = Arrays.asList(ActRules.normalize(text).split(" "));
        for (int i = 0; i < words.size(); i++) {
            if (VERBS.contains(words.get(i)) && thing(words.subList(i + 1, words.size()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean thing(List<String> after) {
        for (String word : after) {
            if (SAID.contains(word) || BOUNDARY.contains(word)) {
                return false;
            }
            if (!LEADING.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
