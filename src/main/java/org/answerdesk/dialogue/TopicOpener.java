package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;

/**
 * A first message that announces a topic without asking anything ("c'est pour ma fille", "frage wegen meim kleen",
 * "question about my order"): the customer has not asked yet, so the bot invites the question
 * ({@link Action.AskMore}), never "I can't answer that here" with a person, and never choices that do not name the
 * topic. Decided on the lookup's own decision, before {@link Vague} turns a confident answer to a bare topic into
 * choices and {@link FirstMiss} reads a miss. Read by its shape first: the conversation's first question, few words,
 * no question mark and no asking words, and a word that introduces a topic ({@code vague.about}: "about", "for",
 * "wegen", "pour", "per", "sobre", "over") with words after it, a word for a question and its topic after it
 * ({@code vague.ask}: "frage zu eurem angebot"), or a question announced ({@code vague.announce}). Choices that name
 * the topic ("question sur les bateaux": boat rental) stand. A confident answer becomes choices, the entry found first
 * and its neighbours: "una duda con lo de hacienda" found the letter-from-the-tax-office entry by its one word, and
 * "volevo delle info per un evento" the cancellation of an event; the customer has not said what they want of it.
 * A message that names the entry beyond that one word ("a question about the day pass") keeps its answer.
 */
final class TopicOpener {

    /** The most words of an opener that only names a topic, and of the topic it names ("meim kleen"). */
    static final int MOST_WORDS = 8;
    static final int TOPIC_WORDS = 3;
    /** A word this short inside a topic joins its words ("de", "di", "of"), naming nothing itself. */
    private static final int JOINER = 2;
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Lexicon.PerLanguage<Set<String>> ABOUT = Lexicon.perLanguage(lexicon -> Set.copyOf(
            lexicon.foldedWords("vague.about")));
    /** A language's words for a question or a request for information ({@code vague.ask}: "question", "Frage"). */
    private static final Lexicon.PerLanguage<Set<String>> ASKS = Lexicon.perLanguage(lexicon -> Set.copyOf(
            lexicon.foldedWords("vague.ask")));
    /** Words that only point ({@code vague.lead}: "my", "la") or are polite ("per favore"): they name no topic. */
    private static final Lexicon.PerLanguage<Set<String>> LEADS = Lexicon.perLanguage(lexicon -> {
        Set<String> leads = new java.util.HashSet<>(lexicon.foldedWords("vague.lead"));
        leads.addAll(lexicon.foldedWords("closed.yes.with"));
        return Set.copyOf(leads);
    });

    private TopicOpener() {
    }

    /**
     * {@code main} for {@code asked} (the message as looked up) in a conversation not waiting for a person: where the
     * message only announces its topic, choices for a confident answer, and an invitation to ask for a miss or
     * choices that do not name the topic.
     */
    static Action decided(Action main, DialogueState state, String asked) {
        // the first question: no answer, choices or offer of a person before it (a greeting back may be)
        if (state.personOffered() || state.lastReply().map(l -> l.answered() || l.offeredChoices()).orElse(false)) {
            return main;
        }
        if (Announcement.only(asked, state.language())) {
            // "i need some info", "preciso de uma informação": nothing asked yet, whatever the FAQ found for it
            return new Action.AskMore();
        }
        if (main instanceof Action.FaqAnswer a && a.foundWithNeighbours()) {
            // "una duda con lo de hacienda": the topic alone found one entry; it may be any of its neighbours
            return leavesOpen(asked, a, state.language()) ? a.asChoices() : main;
        }
        if (!misses(main)) {
            return main;
        }
        return topic(asked, state.language()).filter(topic -> !(main instanceof Action.Clarify c)
                || c.choices().stream().noneMatch(choice -> names(choice, topic, state.language())))
                .<Action>map(topic -> new Action.AskMore()).orElse(main);
    }

    /**
     * Whether a confident answer {@code a} leaves a message open that, as the conversation's first question, only
     * announces a question ("quick one", "preciso de uma informação") or a topic whose one word found the entry ("es
     * sobre mi pedido"): never answered before the conversation is read ({@link DialoguePolicy#prepare}).
     */
    static boolean leavesOpen(String asked, Action.FaqAnswer a, Locale language) {
        return Announcement.only(asked, language) || a.foundWithNeighbours() && topic(asked, language)
                .filter(topic -> !namesEntry(asked, topic, a.entry(), language)).isPresent();
    }

    /** The words of the topic a message only announces ("ma fille"); empty when it asks or says more. */
    static java.util.Optional<String> topic(String asked, Locale language) {
        if (asked.isBlank() || asked.contains("?") || DIGIT.matcher(asked).find()) {
            return java.util.Optional.empty();
        }
        String[] words = ActRules.folded(asked).split(" ");
        Set<String> leads = LEADS.get(language).orElse(Set.of());
        // the announcing words may be a language's asking words ("es por lo de mi hija"): what follows must not ask.
        // However long the announcement ("quería checar una cosa de lo de"), what it names is the topic
        java.util.Optional<String> announced = Vague.announced(asked, language)
                .filter(rest -> !FollowUpCue.asks(rest, language))
                .filter(rest -> rest.split(" ").length <= MOST_WORDS)
                .map(rest -> named(List.of(rest.split(" ")), leads))
                .filter(named -> !named.isEmpty() && named.size() <= TOPIC_WORDS).map(named -> String.join(" ", named));
        if (announced.isPresent()) {
            return announced; // the words that name it: "ma commande" names the order, as "commande" does
        }
        if (words.length > MOST_WORDS) {
            return java.util.Optional.empty();
        }
        if (FollowUpCue.asks(asked, language)) {
            return java.util.Optional.empty();
        }
        Set<String> about = ABOUT.get(language).orElse(Set.of());
        Set<String> asks = ASKS.get(language).orElse(Set.of());
        for (int i = 0; i < words.length - 1; i++) {
            // "pour ma fille"; "frage zu eurem angebot": a word for a question and the word that joins its topic
            int from = about.contains(words[i]) ? i + 1 : asks.contains(words[i]) && i + 2 < words.length ? i + 2 : -1;
            if (from > 0) {
                List<String> named = named(Arrays.asList(words).subList(from, words.length), leads);
                return named.isEmpty() || named.size() > TOPIC_WORDS ? java.util.Optional.empty()
                        : java.util.Optional.of(String.join(" ", named));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The words that name a topic: not the words that only point ({@code vague.lead}), nor a joiner of at most
     * {@value #JOINER} letters inside it ("viaje de semana santa": the trip and the week it is in).
     */
    private static List<String> named(List<String> words, Set<String> leads) {
        List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean inside = i > 0 && i < words.size() - 1;
            if (!leads.contains(word) && !(inside && word.length() <= JOINER)) {
                named.add(word);
            }
        }
        return named;
    }

    /**
     * Whether the message names the entry beyond the one word of a topic: a word of the entry outside the topic it
     * announces ("i need to cancel the booking for friday": "cancel" and "booking" before the "for"), or two of its
     * words in the topic ("a question about the day pass"). "volevo delle info per un evento" names one.
     */
    private static boolean namesEntry(String asked, String topic, FaqMatch entry, Locale language) {
        Set<String> entryTerms = ContentTerms.withConcepts(entry.question(), language);
        Set<String> topicTerms = ContentTerms.withConcepts(topic, language);
        // the words that only point ("ma", "mijn") name nothing of the entry, wherever they stand
        Set<String> leads = LEADS.get(language).orElse(Set.of());
        String said = Arrays.stream(ActRules.folded(asked).split(" ")).filter(w -> !leads.contains(w))
                .collect(java.util.stream.Collectors.joining(" "));
        boolean outside = ContentTerms.withConcepts(said, language).stream()
                .anyMatch(t -> !topicTerms.contains(t) && entryTerms.contains(t));
        Set<String> plain = new java.util.HashSet<>(ContentTerms.of(entry.question(), language));
        return outside || ContentTerms.of(topic, language).stream().distinct().filter(plain::contains).count() > 1;
    }

    /** A miss, or "did you mean": what the customer gets for a message the FAQ has no sure answer for. */
    private static boolean misses(Action main) {
        return main instanceof Action.OfferPerson o && o.answer() == null && o.choices().isEmpty()
                && (o.why() == Action.OfferPerson.Why.OFF_TOPIC || o.why() == Action.OfferPerson.Why.NOT_FOUND)
                || main instanceof Action.Handoff h && HandoffReasons.NO_ANSWER.equals(h.reason())
                || main instanceof Action.Clarify c && !c.again() && c.handoffReason() == null;
    }

    /** Whether a choice's question names the topic, by a content word or concept they share. */
    private static boolean names(FaqMatch choice, String topic, Locale language) {
        Set<String> terms = ContentTerms.withConcepts(topic, language);
        return ContentTerms.withConcepts(choice.question(), language).stream().anyMatch(terms::contains);
    }
}
