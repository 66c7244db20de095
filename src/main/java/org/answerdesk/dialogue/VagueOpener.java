package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.FaqMatch;

/**
 * A conversation's first message that the FAQ answers confidently though none of its words singles the entry out:
 * an opener that only names the shop's subject ("tengo una duda con lo de los dientes", "ff een vraagje over het
 * huis") or a price asked with nothing to price ("quanto custa?", "how much?"). The embedding picks one entry for
 * such a message by a word every entry shares; the bot shows the entries as choices instead, those sharing most of
 * the message's words first. Read by structure, in any language: the first question (no answer, choices or offer of
 * a person before it), and either a topic announced ({@link TopicOpener#topic}) that no more of the entry's question
 * than of the next entries' questions names, or a short question whose content words all stand in the closest
 * entries' questions, the next ones' sharing more of them than the chosen one's, or one with no content word at all.
 */
final class VagueOpener {

    /** The most content words a short question may name to be read as naming nothing of its own ("how much?"). */
    static final int MOST_NAMED = 2;
    /** The most words of such a question, pointing words aside ("how much does it cost"). */
    static final int MOST_WORDS = 6;
    /** The most words of a statement that names one thing ("o telemovel nao da"), pointing words aside. */
    static final int STATEMENT_WORDS = 4;
    /** Shorter terms ("s", "est") are small words the analysis kept, not the message's own. */
    private static final int OWN_LETTERS = 4;

    private VagueOpener() {
    }

    /** {@code main} for the conversation's question {@code asked} (as looked up): choices where it singles none out. */
    static Action decided(Action main, DialogueState state, String asked) {
        if (state.personOffered() || state.lastReply().map(l -> l.answered() || l.offeredChoices()).orElse(false)
                || !(main instanceof Action.FaqAnswer a)) {
            return main;
        }
        return vague(asked, a, state.language()) ? choices(asked, a, state.language()) : main;
    }

    /** Whether a confident answer {@code a} to {@code asked} was chosen by no word of the message's own. */
    static boolean vague(String asked, Action.FaqAnswer a, Locale language) {
        if (!a.foundWithNeighbours() || asked.isBlank()) {
            return false;
        }
        java.util.Optional<String> topic = TopicOpener.topic(asked, language);
        if (topic.isPresent()) {
            if (singlesOut(a, ContentTerms.withConcepts(asked, language), language)) {
                return false; // "i was charged twice for my order": its words before the topic name the entry
            }
            Set<String> terms = ContentTerms.withConcepts(topic.get(), language);
            return shared(a.entry(), terms, language) <= a.related().stream()
                    .mapToInt(r -> shared(r, terms, language)).max().orElse(0);
        }
        String[] named = Vague.named(asked, language);
        if (named.length > MOST_WORDS) {
            return false; // most confident answers end here, on the web chat's one-step path too
        }
        if (!FollowUpCue.asks(asked, language)) {
            return namesOneThing(named, a, language);
        }
        List<String> own = ContentTerms.of(String.join(" ", named), language);
        if (own.size() > MOST_NAMED) {
            return false;
        }
        Set<String> terms = ContentTerms.withConcepts(String.join(" ", named), language);
        // a word none of the closest questions has ("krokusvakantie") is the message's own: the embedding read it
        Set<String> known = new java.util.HashSet<>(ContentTerms.withConcepts(a.entry().question(), language));
        a.related().forEach(r -> known.addAll(ContentTerms.withConcepts(r.question(), language)));
        return terms.isEmpty() || own.stream()
                .allMatch(t -> t.length() < OWN_LETTERS || known.contains(t))
                && shared(a.entry(), terms, language) < a.related().stream()
                        .mapToInt(r -> shared(r, terms, language)).max().orElse(0);
    }

    /**
     * A short statement that names one thing and nothing about it ("me duele", "o telemovel nao da", "my bike is not
     * ok": one content word of {@value #OWN_LETTERS} letters or more): vague where the entry answered shares no more
     * of its words than the next ones (the embedding chose by the thing alone).
     */
    private static boolean namesOneThing(String[] named, Action.FaqAnswer a, Locale language) {
        if (named.length > STATEMENT_WORDS || ContentTerms.of(String.join(" ", named), language).stream()
                .filter(t -> t.length() >= OWN_LETTERS).count() != 1) {
            return false;
        }
        return !singlesOut(a, ContentTerms.withConcepts(String.join(" ", named), language), language);
    }

    private static Action choices(String asked, Action.FaqAnswer a, Locale language) {
        Set<String> terms = ContentTerms.withConcepts(TopicOpener.topic(asked, language)
                .orElse(String.join(" ", Vague.named(asked, language))), language);
        List<FaqMatch> found = new ArrayList<>(List.of(a.entry()));
        found.addAll(a.related());
        // stable: the retrieval's order among entries that share as many of the message's words
        found.sort(Comparator.comparingInt((FaqMatch m) -> -shared(m, terms, language)));
        List<FaqMatch> shown = found.stream().limit(Action.Clarify.SHOWN).toList();
        return new Action.Clarify(shown, a.confidence(), shown.get(0).entryId(), null, false);
    }

    /** Whether {@code terms} name the entry answered more than any of the next ones. */
    private static boolean singlesOut(Action.FaqAnswer a, Set<String> terms, Locale language) {
        return shared(a.entry(), terms, language) > a.related().stream()
                .mapToInt(r -> shared(r, terms, language)).max().orElse(0);
    }

    private static int shared(FaqMatch entry, Set<String> terms, Locale language) {
        Set<String> own = ContentTerms.withConcepts(entry.question(), language);
        return (int) terms.stream().filter(own::contains).count();
    }
}
