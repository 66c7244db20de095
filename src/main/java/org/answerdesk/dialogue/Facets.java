package org.answerdesk.dialogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.FaqMatch;

/**
 * The facet of a topic a follow-up asks about, and whether an entry states it: how long it takes, how old one must
 * be, what is included, what it costs. Read from each language's lexicon: {@code facet.<name>.asks} (how a customer
 * asks it: "combien de temps", "o meu puto tem 7", "isso já traz"), {@code facet.<name>.states} (how an answer states
 * it: "2 à 4 jours", "a partir dos 8 anos", "incluído", "35 €"), and {@code facet.<name>.words} (the facet said in
 * the shop's plain words, "durée", "idade mínima", to look the topic's entry up with). Both patterns are matched on the
 * text in lower case without accents. The facets are tried in {@link #NAMES}' order: "combien de temps" asks how
 * long, though "combien" alone asks a price.
 */
final class Facets {

    /** The facets, in the order they are tried. */
    static final List<String> NAMES = List.of("time", "age", "included", "price", "place", "hours");

    private static final Lexicon.PerLanguage<Map<String, Facet>> BY_LANGUAGE = Lexicon.perLanguage(Facets::read);

    private Facets() {
    }

    /** One facet of a language: how it is asked, how an answer states it, and its plain words. */
    record Facet(String name, Pattern asks, Pattern states, String words) {

        /**
         * Whether an answer that does not state the facet is replaced, and the entry that states it may answer: not for
         * the opening hours, since a weekend or a holiday asked after an answer may be of that answer ("do you deliver on
         * saturdays?", "entonces en sabado no?" of the children's dentist); they are offered as choices.
         */
        boolean ofAnAnswer() {
            return !"hours".equals(name);
        }
    }

    /** The facet the message asks about, the first in {@link #NAMES}' order; none in a language without facets. */
    static Optional<Facet> asked(String message, Locale language) {
        String text = Lexicon.fold(message.toLowerCase(Locale.ROOT));
        return BY_LANGUAGE.get(language).orElse(Map.of()).values().stream()
                .filter(f -> f.asks().matcher(text).find()).findFirst();
    }

    /**
     * Whether the entry's question or answer states the facet ("2 à 4 jours ouvrables" states how long), in any shipped
     * language's words: an owner's answer may be written in another language than the conversation.
     */
    static boolean states(FaqMatch entry, Facet facet) {
        String text = Lexicon.fold((entry.question() + " " + entry.answer()).toLowerCase(Locale.ROOT));
        return facet.states().matcher(text).find() || Lexicon.shipped().keySet().stream()
                .map(l -> BY_LANGUAGE.get(l).orElse(Map.of()).get(facet.name())).filter(f -> f != null && f != facet)
                .anyMatch(f -> f.states().matcher(text).find());
    }

    private static Map<String, Facet> read(Lexicon lexicon) {
        Map<String, Facet> facets = new LinkedHashMap<>();
        for (String name : NAMES) {
            Optional<String> asks = lexicon.alternatives("facet." + name + ".asks");
            Optional<String> states = lexicon.alternatives("facet." + name + ".states");
            if (asks.isPresent() && states.isPresent()) {
                facets.put(name, new Facet(name, word(lexicon, name + ".asks", asks.get()),
                        word(lexicon, name + ".states", states.get()), lexicon.words("facet." + name + ".words")));
            }
        }
        return Collections.unmodifiableMap(facets);
    }

    private static Pattern word(Lexicon lexicon, String name, String alternatives) {
        return lexicon.compile("facet." + name, "(?<![\\p{L}\\p{N}])" + Lexicon.fold(alternatives)
                + "(?![\\p{L}])", Pattern.UNICODE_CASE);
    }
}
