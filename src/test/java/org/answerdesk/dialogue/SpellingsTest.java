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

    /**
     * The lists read by loops as they were read by streams: an entry ending in {@code *} a prefix of the word (the bare
     * {@code *} any word), any other the word itself ({@link Spellings#listed}) or near it ({@link Spellings#anyNear}).
     */
    @Test
    void theListsReadAsByTheirDefinition() {
        var random = new java.util.Random(41);
        String letters = "aeiorstu*";
        for (int round = 0; round < 20_000; round++) {
            java.util.List<String> list = new java.util.ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                list.add(word(random, letters));
            }
            String word = word(random, letters.substring(0, letters.length() - 1));
            assertThat(Spellings.listed(list, word)).as("%s in %s", word, list).isEqualTo(!word.isEmpty()
                    && list.stream().anyMatch(e -> e.endsWith("*") ? word.startsWith(e.substring(0, e.length() - 1))
                    : word.equals(e)));
            assertThat(Spellings.anyNear(list, word)).as("%s near %s", word, list).isEqualTo(!word.isEmpty()
                    && list.stream().anyMatch(e -> e.endsWith("*") ? word.startsWith(e.substring(0, e.length() - 1))
                    : Spellings.near(e, word)));
        }
        assertThat(Spellings.listed(java.util.List.of("danke*"), "dankeschön")).isTrue();
        assertThat(Spellings.listed(java.util.List.of("danke*"), "dank")).isFalse();
        assertThat(Spellings.listed(java.util.List.of("danke"), "")).isFalse();
        assertThat(Spellings.anyNear(java.util.List.of("somebody"), "sombody")).isTrue();
    }

    private static String word(java.util.Random random, String letters) {
        StringBuilder w = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            w.append(letters.charAt(random.nextInt(letters.length())));
        }
        return w.toString();
    }
}
