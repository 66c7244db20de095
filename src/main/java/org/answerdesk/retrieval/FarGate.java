package org.answerdesk.retrieval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether a question is far from the FAQ (issue 61: unrelated choices are worse than none), on three kinds of
 * evidence that must all hold:
 * <ul>
 *   <li>the head gives its best entry less than {@value #SHARE} of its probability;</li>
 *   <li>the best entry's closest phrasing is less than {@value #MARGIN} nearer than the nearest background question
 *   (English or the shop's other languages), that is, the background is clearly nearer;</li>
 *   <li>at least {@value #NOVEL_WORDS} of the question's content words, and more than a third ({@value #NOVEL}) of
 *   them (the lexical side's analysis in the FAQ's language: stop words out, stemmed), are words the shop's own
 *   text never uses (its questions, phrasings, answers and keywords). A customer asking in their own words about something the shop covers mostly still uses one of
 *   the shop's words; a question about something else mostly does not;</li>
 *   <li>none of its words names an entry it would be offered by a word few entries use, the customer's derived form
 *   of the shop's word included ({@link #namesOfferedEntry}): those choices are related to it.</li>
 * </ul>
 * Chosen by leave-one-set-out over 25 sets (the sample FAQ, the English shop, eleven first-round shops, round five's
 * and round six's six shops each): the most off-topic questions kept off choices with no set losing more than 2
 * points of self-service (docs/retrieval.md, "Choices far from the FAQ").
 * <p>
 * Or a question about a service the shop never names, a neighbouring trade's ("do you also clean sofas?", "fate
 * massaggi?"): it asks whether the shop does something ({@link ServiceQuestions}, the language's forms), one of its
 * content words of at least {@value #SERVICE_WORD} letters (stemmed) is one the shop's text never uses, and the
 * head gives its best entry less than {@value #SERVICE_SHARE}. Such a question shares the trade's words with the
 * FAQ, so the background is not nearer and most of its words are not new; the long new word is the service asked
 * for ({@link UnnamedService}: in the sentence that asks, or elsewhere when that sentence names no offered entry).
 * Chosen by leave-one-set-out over 57 sets (docs/retrieval.md, "Services the shop never names"); the share
 * raised from 0.7 to {@value #SERVICE_SHARE} by leave-one-set-out over 85 (the plans of conversation sets 8-14 and the
 * eval shops, {@code FarGateHarness}: docs/retrieval.md, "Not offered, unrelated: the far gate measured
 * leave-one-set-out").
 * <p>
 * The first kind is not weighed for a message that speaks to the shop without asking whether it does something
 * ({@link #toTheShop}, the language's {@code service.you} words): it is about the shop's own business, in dialect too.
 * <p>
 * Or a "do you …?" question whose own words the offered entries do not share ({@link #unsharedService}): at least
 * {@value #UNSHARED_NEW} of its content words outside the form, of {@value #UNSHARED_WORD} letters or more, are words
 * the shop never uses ("nagels knippen en trimmen", "alarme pra casa com camaras"), and none of its words that one
 * of the choices' entries uses is specific to a few entries (at most {@value #SPECIFIC} of them): a word every other
 * entry has ("jullie", "ship") points to no entry. Chosen by leave-one-set-out over 106 shop-languages (sets 8-17's
 * plans and the eval shops; docs/retrieval.md, "gate9"). {@link OffTopic} applies it to a sure entry too: the entry
 * shares none of the service's words (docs/retrieval.md, "gate10").
 */
final class FarGate {

    static final double SHARE = 0.3;
    static final double MARGIN = -0.1;
    static final double NOVEL = 0.34;
    static final int NOVEL_WORDS = 2;
    static final double SERVICE_SHARE = 0.9;
    static final int SERVICE_WORD = 7;
    static final int UNSHARED_NEW = 2;
    static final int UNSHARED_WORD = 4;
    static final double SPECIFIC = 0.25;
    /** Where one sentence of a message ends, as {@link UnknownWords} reads it. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?!;])|\\n");

    /** No vocabulary: the share and the margin alone decide. */
    static final FarGate WITHOUT_WORDS = new FarGate(Set.of(), Map.of(), t -> List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    private final Set<String> vocabulary;
    /** Each entry's words (its question, phrasings, answer, keywords); empty when the entries are not known. */
    private final Map<Long, Set<String>> entryWords;
    private final Function<String, List<String>> terms;
    private final List<Pattern> serviceQuestions;
    private final List<Pattern> whatQuestions;
    private final List<Pattern> knowQuestions;
    private final List<Pattern> addressing;
    /** The words that say "also" beside a form of asking ({@code service.also}): the asking's, not the thing's. */
    private final List<Pattern> alsoWords;
    /** Where-words that begin a split pronominal adverb ({@code service.split}): "with what", not "where". */
    private final List<Pattern> splitWhere;
    private final UnknownWords unknown;
    private final UnnamedService unnamed;

    private FarGate(Set<String> vocabulary, Map<Long, Set<String>> entryWords, Function<String, List<String>> terms,
                    List<Pattern> serviceQuestions, List<Pattern> whatQuestions, List<Pattern> knowQuestions,
                    List<Pattern> addressing, List<Pattern> worldWords, List<Pattern> mayQuestions,
                    List<Pattern> alsoWords, List<Pattern> splitWhere) {
        this.vocabulary = vocabulary;
        this.entryWords = entryWords;
        this.terms = terms;
        this.serviceQuestions = serviceQuestions;
        this.whatQuestions = whatQuestions;
        this.knowQuestions = knowQuestions;
        this.addressing = addressing;
        this.alsoWords = alsoWords;
        this.splitWhere = splitWhere;
        this.unknown = new UnknownWords(vocabulary, terms, serviceQuestions, whatQuestions, worldWords,
                mayQuestions, alsoWords);
        this.unnamed = new UnnamedService(vocabulary, entryWords, terms, serviceQuestions, whatQuestions,
                alsoWords);
    }

    /** The gate of an FAQ of these texts (questions, phrasings, answers, keywords) in {@code language}. */
    static FarGate of(List<String> texts, String language) {
        return of(Map.of(-1L, texts), language);
    }

    /** The gate of an FAQ of these texts per entry (questions, phrasings, answers, keywords) in {@code language}. */
    static FarGate of(Map<Long, ? extends Collection<String>> textsByEntry, String language) {
        Function<String, List<String>> terms = LexicalAnalysis.forLanguage(language);
        Set<String> vocabulary = new HashSet<>();
        Map<Long, Set<String>> entryWords = new HashMap<>();
        textsByEntry.forEach((id, texts) -> {
            Set<String> words = new HashSet<>();
            texts.forEach(t -> words.addAll(terms.apply(t == null ? "" : t)));
            vocabulary.addAll(words);
            if (id >= 0) {
                entryWords.put(id, Set.copyOf(words));
            }
        });
        return new FarGate(Set.copyOf(vocabulary), Map.copyOf(entryWords), terms, ServiceQuestions.of(language),
                ServiceQuestions.what(language), ServiceQuestions.know(language), ServiceQuestions.you(language),
                ServiceQuestions.world(language), ServiceQuestions.may(language),
                ServiceQuestions.also(language), ServiceQuestions.split(language));
    }

    /**
     * @param nearest the cosine of the nearest background question ({@code -Infinity} when there is none)
     */
    boolean far(FaqIndex.Ranking r, double nearest, String text) {
        return !r.shares().isEmpty() && (r.shares().get(0) < SHARE
                && nearest != Double.NEGATIVE_INFINITY && r.matches().get(0).score() - nearest < MARGIN
                && novelWords(text) && !toTheShop(text) && !namesOfferedEntry(r, text)
                || unnamedService(r, text) || unsharedService(r, text));
    }

    /**
     * Whether the question speaks to the shop ("jullie komst van donderdag gaat nie door", "o giovane vuosto") without
     * asking whether it does something: it is about the shop's own business, however few of its words the shop
     * uses (dialect), so the background's nearness and the new words do not make it far; a "do you …?" question is
     * weighed by the service rules instead.
     */
    boolean toTheShop(String text) {
        return text != null && ServiceQuestions.asks(addressing, text) && !ServiceQuestions.asks(serviceQuestions, text)
                && !ServiceQuestions.asks(knowQuestions, text);
    }

    /**
     * Whether one of the question's words names an entry it would be offered by a word few entries use
     * ({@link #namesOffered}), a word read as the shop's also when it begins with one of the shop's words of
     * {@value NearWords#LONG} letters or more (the customer's derived form: "embrulhado", "cartaozinho" for the
     * shop's "embrulho", "cartão"): the entries offered are related to it, so the first kind does not hold.
     */
    boolean namesOfferedEntry(FaqIndex.Ranking r, String text) {
        if (entryWords.isEmpty() || text == null) {
            return false;
        }
        Set<String> words = new HashSet<>();
        for (String w : terms.apply(text)) {
            words.add(w);
            for (int end = NearWords.LONG; end < w.length(); end++) {
                if (vocabulary.contains(w.substring(0, end))) {
                    words.add(w.substring(0, end));
                }
            }
        }
        return namesOffered(entryWords, r, words);
    }

    /** Whether a "do you …?" question's words point to none of the entries it would be offered (class comment). */
    boolean unsharedService(FaqIndex.Ranking r, String text) {
        if (entryWords.isEmpty() || text == null || !ServiceQuestions.asks(serviceQuestions, text)
                || ServiceQuestions.asks(whatQuestions, text)) {
            return false;
        }
        Set<String> words = new HashSet<>(terms.apply(outside(serviceQuestions, text)));
        if (words.stream().filter(w -> w.length() >= UNSHARED_WORD && !vocabulary.contains(w)).count() < UNSHARED_NEW) {
            return false;
        }
        return !namesOffered(entryWords, r, words);
    }

    /**
     * Whether one of {@code words} names an entry the question would be offered, by a word few entries use (at most
     * {@value #SPECIFIC} of them): the question points to that entry, not to something the shop never names.
     */
    static boolean namesOffered(Map<Long, Set<String>> entryWords, FaqIndex.Ranking r,
                                java.util.Collection<String> words) {
        List<Set<String>> offered = FaqRetriever.choices(r, Math.max(1, r.choices())).stream()
                .map(m -> entryWords.getOrDefault(m.entryId(), Set.of())).toList();
        return words.stream().anyMatch(w -> offered.stream().anyMatch(e -> e.contains(w))
                && entryWords.values().stream().filter(e -> e.contains(w)).count() <= SPECIFIC * entryWords.size());
    }

    /** Whether the question asks for a service the shop's text never names ({@link UnnamedService}). */
    boolean unnamedService(FaqIndex.Ranking r, String text) {
        return unnamed.asks(r, text);
    }

    /**
     * Whether the question asks what the bot knows of the world or whom it would recommend ("do you know if the ring
     * road is jammed?", "kennt ihr einen Kaminfeger?": {@link ServiceQuestions#know}) and at least one, and at least
     * {@value #NOVEL} of its content words are words the shop's text never uses: the FAQ cannot answer it, even when
     * its entry is sure ("tu sais à quelle heure ils jouent?" to the opening hours), so it is far before the head is
     * weighed (docs/retrieval.md, "notcovered7"). Its words are the last sentence that asks, less the words that say
     * "also": the reason told after it ("… in milano? i want call my daughter after") is the customer's, not the
     * thing asked (docs/retrieval.md, "offer25"). A where-word that begins a split pronominal adverb ("waar kan ik
     * het beste mee beginnen", "wo steig ich da am besten ein") is read as no where-word: it asks "with what" or "at
     * which point" of the shop's own matter (docs/retrieval.md, "where47").
     */
    boolean worldQuestion(String message) {
        if (vocabulary.isEmpty() || message == null) {
            return false;
        }
        String text = splitWhere.isEmpty() ? message : outside(splitWhere, message);
        if (!ServiceQuestions.asks(knowQuestions, text)) {
            return false;
        }
        // the words around the form: "savez", "weet", "sabem" are the customer's, not the shop's, in any question;
        // so are "also" and the reason told in another sentence ("i want call my daughter after")
        Set<String> words = new HashSet<>(terms.apply(outside(alsoWords, outside(knowQuestions, asking(text)))));
        long novel = words.stream().filter(w -> !vocabulary.contains(w)).count();
        return novel >= 1 && novel >= NOVEL * words.size();
    }

    /**
     * The last sentence of the message that asks what the bot knows; the whole message when the form spans
     * sentences.
     */
    private String asking(String text) {
        String[] sentences = SENTENCE_END.split(text);
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (ServiceQuestions.asks(knowQuestions, sentences[i])) {
                return sentences[i];
            }
        }
        return text;
    }

    /**
     * Whether the question asks for something of which the shop's text has not one word, or about the world's results
     * and events in none of the shop's words ({@link UnknownWords}): not covered, however sure its entry.
     */
    boolean notCovered(String text) {
        return unknown.notCovered(text);
    }

    /** The question less the words of its forms of asking (folded as the forms are). */
    static String outside(List<Pattern> forms, String text) {
        String folded = LexicalAnalysis.fold(text.toLowerCase(java.util.Locale.ROOT));
        for (Pattern p : forms) {
            folded = p.matcher(folded).replaceAll(" ");
        }
        return folded;
    }

    /** Whether enough of the question's distinct content words are words the FAQ never uses (no vocabulary: yes). */
    boolean novelWords(String text) {
        if (vocabulary.isEmpty()) {
            return true;
        }
        Set<String> words = new HashSet<>(terms.apply(text == null ? "" : text));
        long novel = words.stream().filter(w -> !vocabulary.contains(w)).count();
        return novel >= NOVEL_WORDS && novel >= NOVEL * words.size();
    }
}
