package org.answerdesk.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Questions the FAQ does not cover whatever its nearest entry's score (issue 61 item 4, issue 62 item 2), judged on
 * the shop's own words: a word is the shop's when its text (questions, phrasings, answers, keywords; stemmed) has it
 * or a word near it ({@link NearWords}: a typo, a shared start, a compound's part at its start or end).
 * <ul>
 *   <li>An offer of something the shop's text has not one word of: a question asking whether the shop does, sells,
 *   rents or has X ({@link ServiceQuestions}, the language's {@code service.question} forms, not a question of what
 *   it has at all), and none of its content words outside the form is the shop's ("vous vendez aussi de la viande
 *   ou du fromage?" to a vegetable-box farm; the words that say "also", {@code service.also}, are the asking's). Judged on the last sentence that has the form, so a follow-up read with
 *   the previous question (whose words are the shop's) is judged on its own words. Likewise a question whether one
 *   may do something or whether there is something ({@code service.may}: "mag onze oudste een tentje in de tuin
 *   zetten?", "e se me roubarem o pc há algum seguro?") that names nothing the shop's text has (docs/retrieval.md,
 *   "cover13").</li>
 *   <li>A question about the world: one of the language's words of results, matches, weather or the evening's events
 *   ({@code service.world}: "yesterday", "tonight", "won", "match"), no "do you …?" form, and not one of its content
 *   words the shop's.</li>
 * </ul>
 * Chosen on the plans of conversation sets 8-19, the eval shops held out (docs/retrieval.md, "near11").
 */
final class UnknownWords {

    /** Where one sentence of a message ends: the follow-up read with the previous question is the last one. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?!;])|\\n");

    private final Set<String> vocabulary;
    private final Function<String, List<String>> terms;
    private final List<Pattern> serviceQuestions;
    private final List<Pattern> whatQuestions;
    private final List<Pattern> worldWords;
    private final List<Pattern> mayQuestions;
    /** The forms with the words that say "also": what is left is the thing asked for. */
    private final List<Pattern> serviceAsked;
    private final List<Pattern> mayAsked;

    UnknownWords(Set<String> vocabulary, Function<String, List<String>> terms, List<Pattern> serviceQuestions,
                 List<Pattern> whatQuestions, List<Pattern> worldWords, List<Pattern> mayQuestions,
                 List<Pattern> alsoWords) {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.serviceQuestions = serviceQuestions;
        this.whatQuestions = whatQuestions;
        this.worldWords = worldWords;
        this.mayQuestions = mayQuestions;
        this.serviceAsked = java.util.stream.Stream.concat(serviceQuestions.stream(), alsoWords.stream()).toList();
        this.mayAsked = java.util.stream.Stream.concat(mayQuestions.stream(), alsoWords.stream()).toList();
    }

    /** Whether the question is not covered by either rule (see the class comment); no vocabulary: never. */
    boolean notCovered(String text) {
        return !vocabulary.isEmpty() && text != null && (unknownOffer(text) || unknownWorld(text));
    }

    /**
     * Whether the last sentence that asks whether the shop does something, whether one may do something or whether
     * there is something ({@code service.may}) asks for nothing the shop names.
     */
    boolean unknownOffer(String text) {
        String[] sentences = SENTENCE_END.split(text);
        for (int i = sentences.length - 1; i >= 0; i--) {
            String s = sentences[i];
            if (ServiceQuestions.asks(serviceQuestions, s)) {
                if (ServiceQuestions.asks(whatQuestions, s)) {
                    return false;
                }
                return noneTheShops(FarGate.outside(serviceAsked, s));
            }
            if (ServiceQuestions.asks(mayQuestions, s)) {
                // "mag onze oudste een tentje in de tuin zetten?": what is asked for follows the form
                return noneTheShops(FarGate.outside(mayAsked, s));
            }
        }
        return false;
    }

    private boolean noneTheShops(String text) {
        List<String> words = terms.apply(text);
        return !words.isEmpty() && words.stream().noneMatch(this::shops);
    }

    /** Whether the question is about the world's results or events and has none of the shop's words. */
    boolean unknownWorld(String text) {
        if (!ServiceQuestions.asks(worldWords, text) || ServiceQuestions.asks(serviceQuestions, text)) {
            return false;
        }
        List<String> words = terms.apply(text.toLowerCase(Locale.ROOT));
        return !words.isEmpty() && words.stream().noneMatch(this::shops);
    }

    /** Whether the shop's text has the word, or a word near it. */
    private boolean shops(String word) {
        return vocabulary.contains(word) || vocabulary.stream().anyMatch(v -> near(word, v));
    }

    /**
     * Near as {@link NearWords} reads it, a word inside another only at its start or end: a compound's part
     * ("panel" in "zonnepanel"), not letters in its middle ("branc" in "sobrancelh").
     */
    private static boolean near(String word, String shops) {
        if (!NearWords.near(word, shops)) {
            return false;
        }
        String longer = word.length() >= shops.length() ? word : shops;
        String shorter = longer == word ? shops : word;
        return !longer.contains(shorter) || longer.startsWith(shorter) || longer.endsWith(shorter);
    }
}
