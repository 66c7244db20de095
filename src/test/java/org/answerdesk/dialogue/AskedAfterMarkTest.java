package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question the FAQ is sure of, the whole message as sure of the same entry, and words after the mark that ask again
 * by their own words, unsure, closest to the whole message's second entry: the question is answered and the words
 * after the mark get their choices beside it. Words after the mark that only tell the case, or that ask but lead to
 * none of the whole message's first two entries, leave the one answer.
 */
class AskedAfterMarkTest {

    private static final FaqMatch COUNTRIES = entry(71, "Which countries do you deliver to?");
    private static final FaqMatch COST = entry(72, "How much is delivery?");
    private static final FaqMatch EXPRESS = entry(73, "Do you deliver express?");
    private static final FaqMatch STORE = entry(74, "Do you have a shop?");

    private static FakeSearch search(String language, String question, String after, FaqMatch afterFirst) {
        String message = question + " " + after;
        return new FakeSearch().confident(lookup(language, message), COUNTRIES, COST, EXPRESS)
                .confident(lookup(language, question), COUNTRIES, EXPRESS, STORE)
                .unsure(lookup(language, after), afterFirst, STORE, EXPRESS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you deliver to norway?      | if not, i have a friend in hamburg, how much would it be to there
            de | liefert ihr nach norwegen?      | wenn nicht, ich habe eine freundin in hamburg, was kostet es dorthin
            fr | vous livrez en norvège ?        | sinon j'ai une amie à hambourg, combien ça coûte jusque là-bas
            es | envían a noruega?               | si no, tengo una amiga en hamburgo, cuánto costaría hasta allá
            it | spedite in norvegia?            | se no ho un'amica ad amburgo, quanto costa fino a lì
            nl | leveren jullie in noorwegen?    | zo niet, ik heb een vriendin in hamburg, wat kost het tot daar
            pt | vocês entregam na noruega?      | se não, tenho uma amiga em hamburgo, quanto custa até lá
            """)
    void wordsAfterTheMarkThatAskGetTheirChoicesBesideTheAnswer(String language, String question, String after) {
        String message = question + " " + after;
        Decision d = flow(search(language, question, after, COST), language).says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(COUNTRIES.entryId());
        assertThat(d.main()).as(message + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) d.main()).choices().stream().map(FaqMatch::entryId).toList()).as(message)
                .startsWith(COST.entryId()).doesNotContain(COUNTRIES.entryId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | do you deliver to norway?   | i live up in tromsø with my two kids and the dog  | 72
            de | liefert ihr nach norwegen?   | ich wohne oben in tromsø mit zwei kindern und dem hund | 72
            fr | vous livrez en norvège ?     | on habite à tromsø avec les deux petits et le chien | 72
            es | envían a noruega?            | si no, tengo una amiga en hamburgo, cuánto costaría hasta allá | 74
            it | spedite in norvegia?         | se no ho un'amica ad amburgo, quanto costa fino a lì | 74
            nl | leveren jullie in noorwegen? | zo niet, ik heb een vriendin in hamburg, wat kost het tot daar | 74
            pt | vocês entregam na noruega?   | moro em tromsø com os dois miúdos e o cão | 72
            """)
    void aToldCaseOrAnotherEntryKeepsTheOneAnswer(String language, String question, String after, long afterFirst) {
        String message = question + " " + after;
        Decision d = flow(search(language, question, after, afterFirst == COST.entryId() ? COST : STORE), language)
                .says(message);
        assertThat(answered(d)).as(message + " -> " + d.actions()).containsExactly(COUNTRIES.entryId());
        assertThat(d.main()).as(message + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
    }

    private static java.util.List<Long> answered(Decision d) {
        return d.actions().stream().filter(Action.FaqAnswer.class::isInstance)
                .map(a -> ((Action.FaqAnswer) a).entry().entryId()).toList();
    }
}
