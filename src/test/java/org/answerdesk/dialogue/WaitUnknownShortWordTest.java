package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "How long?" while a person is awaited reads the FAQ's words as {@link UnknownWordsAct} does ({@link FaqKnownWords}):
 * a short word the nearest entries hold only inside a longer word ("bess" of "nachbessern") names nothing of theirs,
 * so the question is about the wait; the same word said whole by an entry names its matter. Sentences written for
 * this test.
 */
class WaitUnknownShortWordTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | wie lang dauert dat noch, ihr bess? | Wir bessern Nähte kostenlos nach.       | Die Bess-Kollektion ist in 3 Tagen da.
            en | how long now, luv?                  | We offer lovely gift wrapping for free. | The luv mug ships in 3 days.
            nl | hoe lang duurt het nog, bak?        | Wij bakken elke ochtend vers brood.     | De bak komt over 3 dagen.
            it | quanto ci vuole ancora, caro?       | Carovane di ordini partono ogni giorno. | Il set caro arriva in 3 giorni.
            """)
    void aShortWordTheEntriesHoldOnlyInsideALongerOneNamesNothing(String language, String howLong, String inside,
                                                                 String whole) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(WaitUnknownToFaq.asksHowLong(howLong, lang, text -> nearest(inside))).as(inside).isTrue();
        assertThat(WaitUnknownToFaq.asksHowLong(howLong, lang, text -> nearest(whole))).as(whole).isFalse();
    }

    private static Retrieval nearest(String answer) {
        return new Retrieval(List.of(new FaqMatch(3, "?", answer, 0.4)), 0.4, false);
    }
}
