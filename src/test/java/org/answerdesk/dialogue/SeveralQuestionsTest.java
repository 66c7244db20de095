package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.answerdesk.dialogue.FakeSearch.ORDER;
import static org.answerdesk.dialogue.FakeSearch.PASSWORD;
import static org.answerdesk.dialogue.FakeSearch.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A message that asks several questions gets an answer to each, in order; an unsure one is never answered alone. */
class SeveralQuestionsTest {

    private final FakeSearch search = new FakeSearch()
            .confident("Do you ship to Norway?", SHIPPING)
            .confident("which payment methods do you accept?", ORDER)
            .confident("How do I reset my password?", PASSWORD)
            .unsure("what about the thing I mentioned?", ORDER, PASSWORD);
    private final DialogueFlow flow = new DialogueFlow(search);

    @Test
    void eachQuestionGetsItsAnswerInOrder() {
        var d = flow.says("Do you ship to Norway? And which payment methods do you accept?");
        assertThat(d.actions()).hasSize(2);
        assertThat(((Action.FaqAnswer) d.actions().get(0)).entry()).isEqualTo(SHIPPING);
        assertThat(main(d, Action.FaqAnswer.class).entry()).isEqualTo(ORDER);
    }

    @Test
    void anUnsurePartGetsAClarifyOfItsOwnAfterTheAnswers() {
        var d = flow.says("How do I reset my password? And what about the thing I mentioned?");
        assertThat(((Action.FaqAnswer) d.actions().get(0)).entry()).isEqualTo(PASSWORD);
        // the entry just answered is not offered again (set 14, pt 7.1)
        assertThat(main(d, Action.Clarify.class).choices()).containsExactly(ORDER);
    }

    @Test
    void theSameEntryTwiceIsAnsweredOnce() {
        search.confident("Can you ship it to Norway?", SHIPPING);
        var d = flow.says("Do you ship to Norway? Can you ship it to Norway?");
        assertThat(d.actions()).hasSize(1);
    }

    @Test
    void aShortSecondSentenceIsNoQuestionOfItsOwn() {
        assertThat(Parts.of("How long does delivery take? To the UK?", Locale.ENGLISH)).hasSize(1);
        assertThat(Parts.of("How long does delivery take? Which payment methods do you accept?", Locale.ENGLISH)).hasSize(2);
    }

    @Test
    void severalQuestionsAreNeverPreparedWithoutTheConversation() {
        var policy = new DialoguePolicy(search, search, search, search.acts);
        assertThat(policy.prepare("Do you ship to Norway? And which payment methods do you accept?", java.util.Locale.ENGLISH).retrieval())
                .isNull();
    }

    /** Set 5: the second question typed without its question mark, after "and", was never answered. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|can we bring our dog to the campsite? and do you sell firewood at reception|do you sell firewood at reception",
            "de|dürfen wir mit dem Hund kommen? und verkauft ihr Brennholz an der Rezeption|verkauft ihr Brennholz an der Rezeption",
            "es|¿podemos traer al perro? y vendéis leña en la recepción|vendéis leña en la recepción",
            "fr|on peut venir avec le chien ? et vous vendez du bois à l'accueil|vous vendez du bois à l'accueil",
            "it|possiamo portare il cane? e vendete legna alla reception|vendete legna alla reception",
            "pt|podemos levar o cão? e vendem lenha na receção|vendem lenha na receção",
            "nl|mogen we de hond meenemen? en verkopen jullie brandhout bij de receptie|verkopen jullie brandhout bij de receptie"})
    void aLastQuestionAfterAndWithoutItsQuestionMarkIsOneOfThem(String language, String message, String last) {
        assertThat(Parts.of(message, java.util.Locale.forLanguageTag(language))).hasSize(2).last().isEqualTo(last);
    }

    @Test
    void aSentenceAfterTheQuestionThatIsNoSecondQuestionStaysWithIt() {
        assertThat(Parts.of("do you ship to norway? i need it by friday for my mum", java.util.Locale.ENGLISH)).hasSize(1);
        assertThat(Parts.of("do you ship to norway? and fast", java.util.Locale.ENGLISH)).hasSize(1);
    }
}
