package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 21's follow-ups typed while "did you mean" choices show that need the choices' topic (pt 3.3 "e eles tem de
 * pagar alguma coisa para entrar?" after choices for a room for six): read with the question that got the choices,
 * the follow-up's entry leads where that reading names one of the entries shown or one of the policy's choices, in
 * the seven shipped languages with sentences written for this test. Counter-rows: a reading with the question that
 * leads with another entry shown before (passed over) and a reading that offers nothing change nothing.
 */
class SetTwentyOneChoicesTest {

    private static final FaqMatch GROUP = new FaqMatch(301, "Can we come as a group?",
            "Groups of 8 to 20 book a slot by phone; 12 € per climber.", 0.7);
    private static final FaqMatch TICKET = new FaqMatch(302, "What does a day ticket cost?", "A day ticket is 14 €.",
            0.6);
    private static final FaqMatch SHOES = new FaqMatch(303, "Can I rent climbing shoes?", "Yes, 4 € a pair.", 0.5);
    private static final FaqMatch WATCH = new FaqMatch(304, "Can friends come along just to watch?",
            "Yes, onlookers come in free and sign in at the desk.", 0.5);
    private static final FaqMatch PAY = new FaqMatch(305, "How can I pay?", "Card or cash.", 0.6);
    private static final FaqMatch LOCKERS = new FaqMatch(306, "Are there lockers?", "Yes, bring a 1 € coin.", 0.5);
    private static final FaqMatch KIDS = new FaqMatch(307, "From what age can children climb?",
            "From 6, with an adult.", 0.5);

    /** Alone, its words find the payment methods; with the question that got the choices, the onlookers' entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we are ten people and want to come on saturday afternoon | do the ones who only watch pay too?
            de | wir sind zehn leute und wollen samstagnachmittag kommen   | zahlen die zuschauer auch was?
            es | somos diez y queremos ir el sábado por la tarde            | los que solo miran pagan algo?
            fr | on est dix et on voudrait venir samedi après-midi          | ceux qui regardent juste paient aussi?
            it | siamo in dieci e vorremmo venire sabato pomeriggio         | chi guarda soltanto paga qualcosa?
            pt | somos dez pessoas e queremos ir sábado à tarde            | quem só fica a ver paga?
            nl | we zijn met tien en willen zaterdagmiddag komen          | wie alleen komt kijken betaalt die ook?
            """)
    void aFollowUpReadWithTheChoicesQuestionGetsItsEntryFirst(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), GROUP, TICKET, SHOES)
                .unsure(lookup(language, followUp), PAY, LOCKERS, WATCH)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), WATCH, PAY, GROUP);
        DialogueFlow flow = flow(search, language);
        assertThat(offered(flow.says(first).main())).as(first).startsWith(GROUP.entryId());
        assertThat(offered(flow.says(followUp).main())).as(followUp).startsWith(WATCH.entryId());
    }

    /** With the question that got the choices, another entry shown before leads: passed over, it does not lead. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we are ten people and want to come on saturday afternoon | the little ones pay the same?
            de | wir sind zehn leute und wollen samstagnachmittag kommen   | kleine kinder zahlen gleich viel?
            es | somos diez y queremos ir el sábado por la tarde            | los peques pagan lo mismo?
            fr | on est dix et on voudrait venir samedi après-midi          | les petits paient le même prix?
            it | siamo in dieci e vorremmo venire sabato pomeriggio         | i piccoli pagano uguale?
            pt | somos dez pessoas e queremos ir sábado à tarde            | os miúdos pagam o mesmo?
            nl | we zijn met tien en willen zaterdagmiddag komen          | kleintjes betalen hetzelfde?
            """)
    void anotherEntryShownBeforeDoesNotLead(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), GROUP, TICKET, SHOES)
                .unsure(lookup(language, followUp), KIDS, PAY, LOCKERS)
                .unsure(lookup(language, first) + " " + lookup(language, followUp), TICKET, KIDS, GROUP);
        DialogueFlow flow = flow(search, language);
        assertThat(offered(flow.says(first).main())).as(first).startsWith(GROUP.entryId());
        List<Long> offered = offered(flow.says(followUp).main());
        assertThat(offered).as(followUp).isNotEmpty();
        assertThat(offered.get(0)).as(followUp).isNotEqualTo(TICKET.entryId());
    }

    /** A reading with the question that offers nothing (no entry near enough to offer): the policy's choices stand. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we are ten people and want to come on saturday afternoon | do the ones who only watch pay too?
            pt | somos dez pessoas e queremos ir sábado à tarde            | quem só fica a ver paga?
            nl | we zijn met tien en willen zaterdagmiddag komen          | wie alleen komt kijken betaalt die ook?
            """)
    void aReadingFarFromTheFaqLeavesTheChoices(String language, String first, String followUp) {
        FakeSearch search = new FakeSearch().unsure(lookup(language, first), GROUP, TICKET, SHOES)
                .unsure(lookup(language, followUp), PAY, LOCKERS, WATCH)
                .far(lookup(language, first) + " " + lookup(language, followUp), WATCH, PAY, GROUP);
        DialogueFlow flow = flow(search, language);
        assertThat(offered(flow.says(first).main())).as(first).startsWith(GROUP.entryId());
        assertThat(offered(flow.says(followUp).main())).as(followUp).startsWith(PAY.entryId());
    }

    private static List<Long> offered(Action action) {
        return action instanceof Action.Clarify c ? c.choices().stream().map(FaqMatch::entryId).toList()
                : action instanceof Action.FaqAnswer a ? List.of(a.entry().entryId()) : List.of();
    }
}
