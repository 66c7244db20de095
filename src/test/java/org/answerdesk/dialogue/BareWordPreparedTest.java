package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare word as a conversation's first message ("returns", "lager", "piercing") is too vague for one entry (issue
 * 61; set 13's en 2.1, de 2.1, it 2.1 got one entry as if asked): the web chat's and the API's step that answers a
 * plain confident question before the conversation is read ({@link DialoguePolicy#prepare}) leaves it to the
 * decision, which offers the entry found and the next ones as choices ({@link Vague}), never a person. A word that
 * asks ("horaires ?") or a short question is still answered at once. The rows other than set 13's three are written
 * for this test.
 */
class BareWordPreparedTest {

    private static final FaqMatch FIRST = new FaqMatch(1, "How do I return an item?", "Go to My account.", 0.8);
    private static final FaqMatch SECOND = new FaqMatch(2, "What is your return policy?", "30 days.", 0.6);
    private static final FaqMatch THIRD = new FaqMatch(3, "Which items can't be returned?", "Gift cards.", 0.55);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | returns    | how do i return an item
            en | refunds    | how long does a refund take
            de | lager      | wie sicher ist das lager
            de | Versand    | was kostet der versand
            it | piercing   | quanto costa un piercing
            fr | garantie   | quelle garantie avez-vous
            es | envíos     | cuánto cuesta el envío
            nl | levering   | hoeveel kost de levering
            pt | reservas   | como faço uma reserva
            """)
    void aBareWordIsNotAnsweredBeforeTheConversationIsRead(String language, String word, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confident(word, FIRST, SECOND, THIRD)
                .confident(Cleanup.forLookup(word, lang), FIRST, SECOND, THIRD)
                .confident(Cleanup.forLookup(question, lang), FIRST, SECOND, THIRD);
        DialoguePolicy policy = new DialoguePolicy(search, search, search, search.acts);

        DialoguePolicy.Prepared prepared = policy.prepare(word, lang);
        assertThat(prepared.answer()).as(word).isEmpty();
        assertThat(prepared.retrieval()).as("the FAQ's verdict is kept for the decision").isNotNull();
        Decision d = new DialogueFlow(search, DialogueState.fresh(lang)).turn(
                new Incoming(Intent.QUESTION, word, null, prepared.retrieval()));
        assertThat(d.main()).as(word).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) d.main()).choices()).containsExactly(FIRST, SECOND, THIRD);

        assertThat(policy.prepare(question, lang).answer()).as(question).isPresent();
    }
}
