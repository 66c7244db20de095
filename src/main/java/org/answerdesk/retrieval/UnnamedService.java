package org.answerdesk.retrieval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether a "do you …?" question asks for a service the shop's text never names ({@link FarGate}, the second kind):
 * one of its content words of at least {@value FarGate#SERVICE_WORD} letters (stemmed) is one the shop never uses, and
 * the head gives its best entry less than {@value FarGate#SERVICE_SHARE}. The long new word counts in the sentence
 * that asks; in another sentence of the message (a greeting, the customer's own news: "oh hi there! do you folks ship
 * up to canada? my sister lives up in winnipeg") only when the sentence that asks names none of the entries it would
 * be offered by a word few entries use ({@value FarGate#SPECIFIC} of them at most): "canada" names the
 * shipping-countries entry (its answer lists where the shop does not ship), so "winnipeg" is where the parcel goes,
 * not a service (docs/retrieval.md, "gate12"). The words that weigh the asking ("also", "above all": {@code
 * service.also}) are never the service, and a word that begins with one of the shop's words is the shop's, with an
 * ending its stemmer leaves on ("naaldjes", "masajitos"; docs/retrieval.md, "gate18").
 */
final class UnnamedService {

    /** Where a sentence ends: after ?, ! or ;, a full stop before a space, a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?!;])|(?<=\\.)\\s|\\n");

    private final Set<String> vocabulary;
    private final Map<Long, Set<String>> entryWords;
    private final Function<String, List<String>> terms;
    private final List<Pattern> serviceQuestions;
    private final List<Pattern> whatQuestions;
    /** The words that say "also" or "above all" beside the asking ({@code service.also}): never the service. */
    private final List<Pattern> alsoWords;

    UnnamedService(Set<String> vocabulary, Map<Long, Set<String>> entryWords, Function<String, List<String>> terms,
                   List<Pattern> serviceQuestions, List<Pattern> whatQuestions, List<Pattern> alsoWords) {
        this.vocabulary = vocabulary;
        this.entryWords = entryWords;
        this.terms = terms;
        this.serviceQuestions = serviceQuestions;
        this.whatQuestions = whatQuestions;
        this.alsoWords = alsoWords;
    }

    /** Whether the question asks for a service the shop never names (class comment). */
    boolean asks(FaqIndex.Ranking r, String text) {
        if (r.shares().isEmpty() || r.shares().get(0) >= FarGate.SERVICE_SHARE || vocabulary.isEmpty() || text == null) {
            return false;
        }
        String asking = asking(text);
        if (asking == null || ServiceQuestions.asks(whatQuestions, text)) {
            // "quiero mejorar mi español este verano, q teneis??": what the shop has, its long words the customer's
            return false;
        }
        if (longNewWord(asking)) {
            return true;
        }
        // the long new word is in another sentence ("my sister lives up in winnipeg"): a service only when the
        // sentence that asks names none of the entries it would be offered
        return longNewWord(text) && !namesAnEntry(r, asking);
    }

    private boolean longNewWord(String text) {
        return terms.apply(FarGate.outside(alsoWords, text)).stream()
                .anyMatch(w -> w.length() >= FarGate.SERVICE_WORD && !shops(w));
    }

    /**
     * Whether the shop's text has the word, or a word of {@value NearWords#LONG} letters or more it begins with: the
     * shop's word with an ending its stemmer leaves on ("naaldjes", the diminutive of the shop's "naald"; a compound
     * that starts with it), not a service of its own.
     */
    private boolean shops(String word) {
        if (vocabulary.contains(word)) {
            return true;
        }
        // the word's own beginnings looked up, not the whole vocabulary scanned for each word
        for (int end = NearWords.LONG; end < word.length(); end++) {
            if (vocabulary.contains(word.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last sentence of the message that asks whether the shop does something; the whole message when the form
     * spans sentences; null when it has none.
     */
    private String asking(String text) {
        String[] sentences = SENTENCE_END.split(text);
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (ServiceQuestions.asks(serviceQuestions, sentences[i])) {
                return sentences[i];
            }
        }
        return ServiceQuestions.asks(serviceQuestions, text) ? text : null;
    }

    /** Whether a word of the sentence outside the form names an offered entry ({@link FarGate#namesOffered}). */
    private boolean namesAnEntry(FaqIndex.Ranking r, String asking) {
        return !entryWords.isEmpty()
                && FarGate.namesOffered(entryWords, r, terms.apply(FarGate.outside(serviceQuestions, asking)));
    }
}
