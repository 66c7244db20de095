package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqMatch;

/**
 * What a follow-up changes of the question before it: its words of three letters or more that the question did not
 * have, less the words that only lead into a follow-up ("and", "what about", "how about", "also", ...; another
 * language's are {@code lead} in its lexicon: "und was ist mit", "¿y qué tal"). "and to canada?" after "how long does
 * shipping take to germany?" changes "canada"; "und in die Schweiz?" after "Was kostet der Versand?" "schweiz". Words
 * are compared without accents ("Osterreich" names "Österreich").
 */
final class FollowUps {

    private static final int MIN_LETTERS = 3;
    /** An elided article or pronoun before a word: "d'", "l'", "all'", "qu'". */
    static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("^\\p{L}{1,3}'(?=\\p{L})");

    private FollowUps() {
    }

    /** Each language's lead words (its lexicon's {@code lead}, folded). */
    private static final Map<String, Set<String>> LEADS_BY_LANGUAGE = leadsByLanguage();

    /** What a follow-up in {@code language} changes; a language that is not shipped has no lead words. */
    static Set<String> changed(String followUp, String before, Locale language) {
        Set<String> known = words(before);
        Set<String> leads = LEADS_BY_LANGUAGE.getOrDefault(Lexicon.code(language), Set.of());
        return words(followUp).stream().filter(w -> w.length() >= MIN_LETTERS && !known.contains(w)
                && !leads.contains(w)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether the entry's question or answer holds every changed word (as a word's start: "canada" in "Canada's"). */
    static boolean names(FaqMatch entry, Set<String> changed) {
        Set<String> text = words(entry.question() + " " + entry.answer());
        return changed.stream().allMatch(c -> text.stream().anyMatch(w -> w.startsWith(c)));
    }

    /**
     * The follow-up's own words: what it adds to the question answered before it, an elided article taken off
     * ("d'ordine" is "ordine", as "l'ordine" in the answer) and the words that only ask (how much, how long) left out.
     */
    static Set<String> own(String lookup, String before, Locale language) {
        Set<String> leads = LEADS_BY_LANGUAGE.getOrDefault(Lexicon.code(language), Set.of());
        Set<String> own = new java.util.LinkedHashSet<>();
        for (String w : changed(lookup, before, language)) {
            // without its article a word may be one that only leads or asks: "c'est" is "est", no thing of its own
            String bare = ELIDED.matcher(w).replaceFirst("");
            if (bare.length() >= MIN_LETTERS && !leads.contains(bare)) {
                own.add(bare);
            }
        }
        own.removeAll(TopicFollowUp.asks(language));
        return own;
    }

    /**
     * Whether the entry names every changed word and at least one of them as a name (written with a capital: a
     * country, a brand, a payment method): "klarna" in "We accept ... Klarna", not "updated" in "hasn't updated".
     */
    static boolean namesAThing(FaqMatch entry, Set<String> changed) {
        if (changed.isEmpty() || !names(entry, changed)) {
            return false;
        }
        Set<String> capitalised = Arrays.stream(Noise.words(entry.question() + " " + entry.answer()).split(" "))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
                .map(w -> Lexicon.fold(w.toLowerCase(Locale.ROOT))).collect(Collectors.toSet());
        return changed.stream().anyMatch(c -> capitalised.stream().anyMatch(w -> w.startsWith(c)));
    }

    /**
     * How many of {@code own} the text holds, a word matching one of the text's words when the two share all but the
     * last two letters and at least four ("kostet" holds in "kostenlosen", "certificato" in "certificati"): a
     * follow-up rarely repeats the answer's exact form.
     */
    static long stated(String text, Set<String> own) {
        Set<String> words = words(text);
        return own.stream().filter(o -> words.stream().anyMatch(w -> sameStem(o, w))).count();
    }

    private static boolean sameStem(String a, String b) {
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        // a word of three letters is no stem: "tho" is not "those", "for" (Portuguese "is") not "forte"
        return common == a.length() && (a.length() > MIN_LETTERS || b.length() <= a.length() + 1)
                || common >= Math.max(4, Math.min(a.length(), b.length()) - 2);
    }

    /** The words of a text, and each elided word also without its article ("l'ordine" is "ordine" too). */
    private static Set<String> words(String text) {
        return Arrays.stream(Noise.words(Lexicon.fold(text.toLowerCase(Locale.ROOT))).split(" "))
                .filter(w -> !w.isEmpty()).flatMap(w -> java.util.stream.Stream.of(w, ELIDED.matcher(w)
                        .replaceFirst(""))).collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> leadsByLanguage() {
        Map<String, Set<String>> leads = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> leads.put(language, Set.copyOf(words(lexicon.words("lead")))));
        return Map.copyOf(leads);
    }
}
