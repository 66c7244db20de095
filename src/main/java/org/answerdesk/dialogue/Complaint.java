package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A complaint that goes on after the bot's reply (issue 61): never "did you mean" choices for it.
 * <ul>
 * <li>Right after the offer of a person to an upset customer, or angry right after any offer of a person, a message the
 * bot cannot answer ("not filling in some form, i want a refund TODAY", "j'ai eu aucun sms rien") takes the offer up
 * in effect: the conversation goes to a person. A calm question there, on the FAQ's topic or off it, gets its own
 * reply.</li>
 * <li>An objection to the choices just shown, said as a short statement ("i sent back everything tho", "ich
 * habe es doch schon zurückgeschickt"), that the FAQ can only meet with choices: the offer of a person, also when it
 * names things of its own: a push-back does too.</li>
 * </ul>
 * The objection words are the conversation's language's ({@code objection} in its lexicon).
 */
final class Complaint {

    private static final Lexicon.PerLanguage<Set<String>> OBJECTION = Lexicon.perLanguage(Complaint::objection);
    private static final Lexicon.PerLanguage<List<String>> ASIDE = Lexicon.perLanguage(lexicon -> {
        String list = lexicon.words("complaint.aside");
        return list.isEmpty() ? null : java.util.Arrays.stream(list.split("\\|")).map(ActRules::folded)
                .filter(p -> !p.isEmpty()).toList();
    });

    private Complaint() {
    }

    /** The decision on a typed message, as a complaint that goes on makes it. */
    static Action decided(Action main, DialogueState state, String message, boolean angry) {
        if (state.handedOver() || answers(main) || main instanceof Action.ActReply || main.handsOver()) {
            return main;
        }
        // a calm question the FAQ finds off its topic after the offer ("sinon vous savez si la route du col est
        // ouverte?") is asked, not a complaint that goes on: its own reply; so is a calm question of its own whose
        // choices fit it ("but now 2 times taka cut from my account")
        boolean own = !angry && main instanceof Action.Clarify c && OwnQuestion.after(state, message)
                && OwnQuestion.named(message, c.choices(), state.language());
        if (state.personOffered() && (state.angryBefore() || angry) && !own
                && (angry || !offTopicQuestion(main, message, state.language()) && !asks(message, state.language()))) {
            return new Action.Handoff(HandoffReasons.CUSTOMER_UPSET, 0, List.of(), null, null, null, null);
        }
        // after an answer, "did you mean" offers the next-best entries of its topic: those stay
        if (ChoicesShowing.showing(state).isPresent() && main instanceof Action.Clarify
                && objects(message, state.language())
                && (remark(message) || NearPoliteness.negates(message, state.language()))) {
            return new Action.OfferPerson(Action.OfferPerson.Why.UNSURE);
        }
        return main;
    }

    /**
     * A calm message that asks ("senti, sai chi ha vinto ieri?"): a question of its own, answered or offered as any
     * question is, never a handover the customer did not ask for.
     */
    private static boolean asks(String message, Locale language) {
        return message.contains("?") || FollowUpCue.asks(message, language);
    }

    private static boolean offTopicQuestion(Action main, String message, Locale language) {
        return main instanceof Action.OfferPerson o && o.why() == Action.OfferPerson.Why.OFF_TOPIC
                && (asks(message, language) || aside(message, language));
    }

    /**
     * Whether a message opens another subject ({@code complaint.aside}: "by the way", "weet jij", "au fait", "sabes
     * si"): asked beside the complaint, not the complaint going on, whether or not it ends in a question mark.
     */
    static boolean aside(String message, Locale language) {
        String folded = " " + ActRules.folded(message) + " ";
        return ASIDE.get(language).orElse(List.of()).stream().anyMatch(p -> folded.contains(" " + p + " "));
    }

    /**
     * Whether a message is as short as a remark on the choices ("i sent back everything tho"): at most
     * {@link DialoguePolicy#FOLLOW_UP_WORDS} words; a longer one objects where it negates too ("that doesn't help, i
     * already phoned twice"). A longer one that holds an objection word and no negation tells a case of its own
     * ("the box came this morning but the bowl inside is broken", "à quatre ans on peut déjà la mettre sur des skis"
     * asked without its mark): "but" or "already" is inside its own sentence, it objects to nothing shown, and it gets
     * its own choices.
     */
    static boolean remark(String message) {
        return message.strip().split("[\\s,.!;:]+").length <= DialoguePolicy.FOLLOW_UP_WORDS;
    }

    /** A statement (no question) holding a word that objects ("tho", "already", "doch", "pourtant"). */
    static boolean objects(String message, Locale language) {
        if (FollowUpCue.asks(message, language)) {
            return false;
        }
        Set<String> words = OBJECTION.get(language).orElse(Set.of());
        return List.of(Lexicon.fold(ActRules.normalize(message)).split(" ")).stream().anyMatch(words::contains);
    }

    private static boolean answers(Action main) {
        return main instanceof Action.FaqAnswer || main instanceof Action.PassageAnswer
                || main instanceof Action.LlmAnswer || main instanceof Action.Repeat || main instanceof Action.Fixed;
    }

    private static Set<String> objection(Lexicon lexicon) {
        String list = Lexicon.fold(lexicon.words("objection").toLowerCase(Locale.ROOT)).strip();
        return list.isEmpty() ? null : Set.of(list.split("\\s+"));
    }
}
