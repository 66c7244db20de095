package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * Whether the parts of a message split by its words ({@link LooseJoin}) are questions of their own. A part cut from
 * a story ("i spelt it wrong myself, can i send it you and get one done right") is near an entry by its few words
 * (an exchange) that the story as a whole is not about (a personalised item): answered as if sure, it promises what
 * the shop does not give. A part is answered on its entry only where it has a topic of its own, its own words naming
 * that entry ({@link HalfWords#agree}), or the whole message's reading has that entry among its {@link #CLOSEST}
 * first (where the FAQ is sure of no part and the part's words alone chose its entry, the whole message's first);
 * otherwise the message is one question. Where the FAQ is sure of every part on its own ("c'est combien le piano
 * ... et vous êtes où exactement ?"), the parts are questions as they stand.
 */
final class OwnTopic {

    /** How many of the whole message's first entries vouch for a part's entry (as {@link LooseJoin#CLOSEST}). */
    static final int CLOSEST = LooseJoin.CLOSEST;

    private OwnTopic() {
    }

    /**
     * Whether {@code part}, read alone as {@code found}, may be answered with {@code entry}: its own words name the
     * entry, or the whole message ({@code whole}, looked up only if the words do not) reads it among its first. A
     * part answered on its words alone ({@code onWords}: the FAQ sure of no part, {@link HalfWords#agreeAlone}) has
     * its words counted already: the whole message must lead with its entry or with another part's answered entry
     * ({@code answered}), and read its entry among its first.
     */
    static boolean holds(String part, Retrieval found, FaqMatch entry, boolean onWords, Set<Long> answered,
                         Supplier<Retrieval> whole, LongFunction<List<String>> wording, Locale language) {
        boolean among = whole.get().matches().stream().limit(CLOSEST).anyMatch(m -> m.entryId() == entry.entryId());
        if (onWords) {
            return among && whole.get().best().filter(b -> b.entryId() == entry.entryId()
                    || answered.contains(b.entryId())).isPresent();
        }
        boolean named = found.best().filter(b -> b.entryId() == entry.entryId()).isPresent()
                && HalfWords.agree(part, found, Set.of(), wording, language);
        return named || among;
    }

    /** Whether a part ends with its own question mark ("… y donde estan ubicados?"). */
    static boolean closedByItsMark(String part) {
        String end = part.strip();
        return !end.isEmpty() && AfterMark.isMark(end.charAt(end.length() - 1));
    }
}
