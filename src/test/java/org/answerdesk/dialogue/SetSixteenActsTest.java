package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 16's acts wrapped in words the bot does not know, and acts misread (issue 61 items 6 and 8, issue 62 item 3;
 * docs/dialogue.md, "acts8"), in new sentences in every shipped language: a thanks or goodbye among a dialect's words
 * ("subber, merci gell", "ciao, ni videmu") is that act, never a miss or a handover ({@link UnknownWordsAct}); a yes
 * or no among such words where the bot asked nothing to say yes or no to is asked what the customer would like; "no
 * problem" after choices is an acknowledgement, never a rejection ({@link NoProblem}); a question beside an "ok" is no
 * thanks. Each scripted row failed on main (45c99e59).
 */
class SetSixteenActsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | savage, cheers bud          | THANKS
            en | lekker, thanks boet         | THANKS
            de | heidanei, merci vielmal     | THANKS
            de | schee, danke oida           | THANKS
            fr | chanmé, merci frérot        | THANKS
            fr | stylé, merci la mif         | THANKS
            it | mizzica, grazie assai       | THANKS
            it | ciao bello, ce vedimo       | BYE
            it | daje, grazie zì            | THANKS
            es | buenísimo, gracias mija     | THANKS
            nl | sjiek, bedankt jong         | THANKS
            pt | fechou, brigadão parça      | THANKS
            """)
    void aThanksOrGoodbyeAmongUnknownWordsIsThatAct(String language, String text, Act act) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isEqualTo(new Action.ActReply(act, true));
        assertThat(d.confirmed()).isTrue();
    }

    /** Set 16's own turns: the thanks after choices, the goodbye after the thanks, both among a dialect's words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | subber, merci gell   | adele, machets guat
            fr | tof, merci binamé    | ciao binamé, à tantôt
            it | grazie assai         | ciao, ni videmu
            """)
    void afterChoicesTheThanksAndTheGoodbyeAreActs(String language, String thanks, String bye) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD,
                FakeSearch.SHIPPING), language);
        assertThat(flow.says("my thing is broken").main()).isInstanceOf(Action.Clarify.class);
        assertThat(flow.says(thanks).main()).as(thanks).isEqualTo(new Action.ActReply(Act.THANKS, false));
        Decision d = flow.says(bye);
        assertThat(d.main()).as(bye).isEqualTo(new Action.ActReply(Act.BYE, false));
        assertThat(flow.state().handedOver()).isFalse();
    }

    /** A word the FAQ knows keeps the message a question: "password, thanks" asks for the password entry. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | password, thanks
            de | passwort, merci gell
            fr | réinitialisation, merci
            """)
    void aWordTheFaqKnowsKeepsItAQuestion(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch password = new FaqMatch(1, "How do I reset my password? Passwort, réinitialisation",
                "Use the reset link.", 0.9);
        FakeSearch search = new FakeSearch().unsureOtherwise(password, FakeSearch.SHIPPING)
                .confident(Cleanup.forLookup("Where is my order?", lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        flow.says("Where is my order?");
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.ActReply.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | yep fair dinkum
            en | yeah nah
            de | jo mei
            fr | ouais bof
            fr | oui voilà quoi
            it | sì vabbuò
            es | sí, quizás
            nl | ja zeker joh
            pt | sim pá
            """)
    void anAmbiguousYesWithNothingAskedIsAskedWhatNext(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main().getClass().getSimpleName()).as(text + " -> " + d.main()).isEqualTo("AskWhatNext");
        assertThat(d.confirmed()).isFalse();
    }

    @Test
    void anIronicYesAfterAnAnswerIsNeitherChoicesNorThatItDidNotHelp() {
        Decision d = DialogueFlow.afterAnAnswer("fr").says("non peut-être");
        assertThat(d.main().getClass().getSimpleName()).as(d.main().toString()).isEqualTo("AskWhatNext");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok so i just order it again, no problem
            en | alright i'll wait for the restock, not a problem
            en | fine i'll come back tomorrow, no worries
            de | passt, i kumm morgn vorbei, koa problem
            de | ok dann bestell ich halt neu, kein problem
            fr | bon je repasse demain, pas de souci
            it | va bene ripasso domani, nessun problema
            es | vale, paso mañana por la tienda, no hay problema
            nl | goed, ik kom morgen langs, geen probleem hoor
            pt | beleza, passo aí amanhã, sem problema
            """)
    void noProblemAfterChoicesIsAnAcknowledgement(String language, String text) {
        DialogueFlow flow = DialogueFlow.flow(new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD,
                FakeSearch.SHIPPING), language);
        assertThat(flow.says("my thing is broken").main()).isInstanceOf(Action.Clarify.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isEqualTo(new Action.ActReply(Act.THANKS, false));
        assertThat(flow.state().handedOver()).isFalse();
    }

    /** "no problem, but": a problem after all, never an acknowledgement. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no problem, but it still hasn't arrived
            fr | pas de souci, mais toujours rien reçu
            """)
    void noProblemWithAProblemIsNoAcknowledgement(String language, String text) {
        Decision d = DialogueFlow.afterAnAnswer(language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotEqualTo(new Action.ActReply(Act.THANKS, true));
    }

    /**
     * "ah ok. venmo po?": the rest beside the "ok" asks with a word no act phrasing knows; the phrasings (English) read
     * it near a thanks, the bot answered "You're welcome!" (set 16's en 3.2).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ah ok. venmo po?
            oh ok, klarna then?
            """)
    void aQuestionBesideAnOkIsNoThanks(String text) {
        String rest = text.substring(text.indexOf(text.contains(". ") ? ". " : ", ") + 2);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING)
                .actNear(DialogueFlow.lookup("en", rest), Act.THANKS, "ok thanks");
        DialogueFlow flow = new DialogueFlow(search);
        flow.says("my thing is broken");
        Decision d = flow.says(text);
        assertThat(d.act()).as(text + " -> " + d.main()).isNotEqualTo(Optional.of(Act.THANKS));
        assertThat(d.main()).isNotInstanceOf(Action.ActReply.class);
    }

    /** A message that asks is never read so: "ciao, ni videmu?" is left to the question path. */
    @Test
    void aQuestionAmongUnknownWordsIsNoAct() {
        assertThat(UnknownWordsAct.mayBe("ciao, ni videmu?", Locale.ITALIAN)).isFalse();
        assertThat(UnknownWordsAct.mayBe("merci, c'est combien", Locale.FRENCH)).isFalse();
        assertThat(UnknownWordsAct.mayBe("ciao, ni videmu", Locale.ITALIAN)).isTrue();
        assertThat(List.of(UnknownWordsAct.ambiguous("vabbè sì", Locale.ITALIAN),
                UnknownWordsAct.ambiguous("grazie assai", Locale.ITALIAN))).containsExactly(true, false);
    }
}
