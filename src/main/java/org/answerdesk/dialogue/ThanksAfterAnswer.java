package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A yes with a word of thanks or goodbye right after an answer or choices ("jo passt, danke", "sì ok grazie", "ja,
 * tschüss"): the conversation closes politely, wherever the thanks stands. A reply that answered one question and
 * showed choices for another is remembered as its choices, and a yes that thanks picks none of them: never "I'm not
 * sure which of our answers fits". Where the bot asked for a yes (its offer of a person) the yes stands.
 */
final class ThanksAfterAnswer {

    /** What parts a word into the pieces matched: "d'accord" is "d" and "accord" here, as it always was. */
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]++");

    private record Words(List<String> thanks, List<String> bye) {
    }

    private static final Lexicon.PerLanguage<Words> WORDS = Lexicon.perLanguage(l -> {
        List<String> thanks = new java.util.ArrayList<>(l.foldedWords("closing.thanks"));
        thanks.addAll(l.foldedWords("closed.thanks"));
        List<String> bye = new java.util.ArrayList<>(l.foldedWords("closing.bye"));
        bye.addAll(l.foldedWords("closed.bye"));
        return new Words(List.copyOf(thanks), List.copyOf(bye));
    });

    private ThanksAfterAnswer() {
    }

    /** The reading of a yes with thanks after a reply as that thanks (or goodbye); otherwise {@code reading}. */
    static Acts.Reading reread(Acts.Reading reading, String text, DialogueState state) {
        if (!reading.onlyAct() || reading.act().get() != Act.YES || state.personOffered()
                || state.lastReply().filter(l -> l.answered() || l.offeredChoices()).isEmpty()) {
            return reading;
        }
        Words words = WORDS.get(state.language()).orElse(null);
        if (words == null) {
            return reading;
        }
        LeaveWords.Leave leave = LeaveWords.of(text, state.language());
        for (Act act : List.of(Act.THANKS, Act.BYE)) {
            List<String> listed = act == Act.THANKS ? words.thanks() : words.bye();
            // "sì, vediamo se arriva", "sim, valeu a pena": a word of leave or thanks only in a phrase is none outside
            // one (LeaveWords)
            if (leave.any(0, w -> java.util.Arrays.stream(WORD.split(w)).anyMatch(p -> Spellings.anyNear(listed, p)))) {
                return new Acts.Reading(Optional.of(act), "");
            }
        }
        return reading;
    }
}
