package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one-pass readings of an ASCII text are those of any text: {@link ActRules#normalize}, {@link Lexicon#fold}. */
class AsciiReadingTest {

    /** Every ASCII character, control characters and DEL included, with words' letters more often. */
    private static final String ALPHABET = "abcXYZ019 '" + allAscii();

    private static String allAscii() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        return all.toString();
    }

    @Test
    void normalizesAsciiAsAnyText() {
        for (String text : List.of("", " ", "  Hello,   World!! ", "\tOK\nthanks\r\n", "don't-know...", "A1\u000bB2\u007f",
                "'''", "  ' a '  ", "ORDER #12345: WHERE IS IT?", "x", "\u0000a\u0000")) {
            assertThat(ActRules.normalizeAscii(text)).as(text).isEqualTo(ActRules.normalizeAny(text));
            assertThat(ActRules.normalize(text)).as(text).isEqualTo(ActRules.normalizeAny(text));
        }
        Random random = new Random(65);
        for (int n = 0; n < 20_000; n++) {
            String text = randomAscii(random);
            assertThat(ActRules.normalizeAscii(text)).as(text).isEqualTo(ActRules.normalizeAny(text));
        }
    }

    @Test
    void foldsAsciiAsAnyText() {
        Random random = new Random(66);
        for (int n = 0; n < 20_000; n++) {
            String text = randomAscii(random);
            assertThat(Lexicon.fold(text)).as(text).isEqualTo(Lexicon.foldAny(text));
        }
        assertThat(Lexicon.fold(allAscii())).isEqualTo(Lexicon.foldAny(allAscii()));
    }

    @Test
    void readsOtherTextsAsBefore() {
        assertThat(Lexicon.ascii("plain text, 123!")).isTrue();
        assertThat(Lexicon.ascii("café")).isFalse();
        assertThat(Lexicon.ascii("\u007f")).isTrue();
        assertThat(Lexicon.ascii("\u0080")).isFalse();
        assertThat(ActRules.normalize("Ｃafé’s  Straße!")).isEqualTo("café's straße");
        assertThat(Lexicon.fold("Café Straße Über")).isEqualTo("Cafe Strasse Uber");
    }

    private static String randomAscii(Random random) {
        int length = random.nextInt(40);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
