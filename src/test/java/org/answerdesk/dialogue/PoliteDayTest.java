package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A day of the month after a thanks or goodbye, with the ordinal endings of the language's lexicon ({@code polite.day}). */
class PoliteDayTest {

    @Test
    void aDayIsANumberOfTheMonthWithOneOfTheLanguagesEndings() {
        Pattern english = Pattern.compile(PoliteClosing.day("st nd rd th"));
        assertThat(english.matcher("21st").matches()).isTrue();
        assertThat(english.matcher("3rd").matches()).isTrue();
        assertThat(english.matcher("9").matches()).isTrue();
        assertThat(english.matcher("32nd").matches()).isFalse();
        assertThat(english.matcher("14e").matches()).isFalse();
        Pattern none = Pattern.compile(PoliteClosing.day(""));
        assertThat(none.matcher("15").matches()).isTrue();
        assertThat(none.matcher("15th").matches()).isFalse();
    }

    @Test
    void eachLanguageReadsItsOwnOrdinalsAfterAGoodbye() {
        assertThat(DialoguePolicy.isClosedAct("ok thanks, see you on the 22nd", Locale.ENGLISH)).isTrue();
        assertThat(DialoguePolicy.isClosedAct("merci, au 1er alors", Locale.FRENCH)).isTrue();
        assertThat(DialoguePolicy.isClosedAct("dank je, tot de 20ste", Locale.forLanguageTag("nl"))).isTrue();
        assertThat(DialoguePolicy.isClosedAct("obrigado, até dia 3o", Locale.forLanguageTag("pt"))).isTrue();
        assertThat(DialoguePolicy.isClosedAct("danke, bis zum 15.", Locale.GERMAN)).isTrue();
        assertThat(DialoguePolicy.isClosedAct("thanks, see you on the 40th", Locale.ENGLISH)).isFalse();
    }
}
