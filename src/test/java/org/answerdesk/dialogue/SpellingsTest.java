package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingsTest {

    @Test
    void oneVowelInPlaceOfAnotherIsWhereTheyDiffer() {
        assertThat(Spellings.vowelSwapAt("und", "ond", "aeiou")).isEqualTo(0);
        assertThat(Spellings.vowelSwapAt("vero", "veru", "aeiou")).isEqualTo(3);
    }

    @Test
    void anythingElseIsNoRegionalSpelling() {
        assertThat(Spellings.vowelSwapAt("und", "und", "aeiou")).as("the same word").isEqualTo(-1);
        assertThat(Spellings.vowelSwapAt("und", "uns", "aeiou")).as("a consonant").isEqualTo(-1);
        assertThat(Spellings.vowelSwapAt("vero", "vari", "aeiou")).as("two vowels").isEqualTo(-1);
        assertThat(Spellings.vowelSwapAt("vero", "verou", "aeiou")).as("another length").isEqualTo(-1);
        assertThat(Spellings.vowelSwapAt("und", "ynd", "aeiou")).as("y is no vowel here").isEqualTo(-1);
        assertThat(Spellings.vowelSwapAt("und", "ynd", "aeiouy")).as("and is there").isEqualTo(0);
    }
}
