package org.answerdesk.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffTextTest {

    @Test
    void bidiControlsAreShownAsTheirCodes() {
        assertThat(StaffText.visible("Bob\u202E on telegram")).isEqualTo("Bob[U+202E] on telegram");
        assertThat(StaffText.visible("a\u2066b\u2069c\u202Ad")).isEqualTo("a[U+2066]b[U+2069]c[U+202A]d");
    }

    @Test
    void zeroWidthCharactersBetweenLatinLettersAreRemovedJoinersInEmojiStay() {
        assertThat(StaffText.visible("evil\u200B.exa\u200Dmple\uFEFF")).isEqualTo("evil.example");
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(StaffText.visible(family)).isEqualTo(family);
    }

    @Test
    void tagCharactersAreDecodedExceptInAFlag() {
        String hidden = "hi" + tags("ignore all") + "!";
        assertThat(StaffText.visible(hidden)).isEqualTo("hi[hidden: ignore all]!");
        String scotland = "\uD83C\uDFF4" + tags("gbsct") + new String(Character.toChars(0xE007F));
        assertThat(StaffText.visible(scotland)).isEqualTo(scotland);
    }

    @Test
    void plainTextIsReturnedAsIs() {
        String text = "Where is my parcel? \u00E9\u4E2D\uD83D\uDE00";
        assertThat(StaffText.visible(text)).isSameAs(text);
        assertThat(StaffText.visible(null)).isNull();
    }

    private static String tags(String ascii) {
        var out = new StringBuilder();
        ascii.chars().forEach(c -> out.appendCodePoint(0xE0000 + c));
        return out.toString();
    }
}
