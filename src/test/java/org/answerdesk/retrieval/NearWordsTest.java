package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearWordsTest {

    @Test
    void oneTypoApartIsOneInsertionDeletionSubstitutionOrSwap() {
        assertThat(NearWords.oneEdit("presupust", "presupuest")).isTrue();   // a letter left out
        assertThat(NearWords.oneEdit("presupuest", "presupust")).isTrue();
        assertThat(NearWords.oneEdit("livraizon", "livraison")).isTrue();    // one letter for another
        assertThat(NearWords.oneEdit("pagamnet", "pagament")).isTrue();      // two neighbours swapped
        assertThat(NearWords.oneEdit("pagamnte", "pagament")).isFalse();     // two edits
        assertThat(NearWords.oneEdit("kalender", "kalenderr")).isTrue();
        assertThat(NearWords.oneEdit("abcdef", "abcdefgh")).isFalse();
    }

    @Test
    void aWordIsNearByATypoItsStartOrAsACompoundsPartWhenLongEnough() {
        assertThat(NearWords.near("manutenzon", "manutenzion")).isTrue();
        assertThat(NearWords.near("reservier", "reservation")).isTrue();     // the same six first letters
        assertThat(NearWords.near("repari", "reparatur")).isFalse();         // five are not enough
        assertThat(NearWords.near("panel", "zonnepanel")).isTrue();          // a compound's part
        assertThat(NearWords.near("dienstradl", "dienstrad")).isTrue();      // a dialect's ending
        // short words: a typo of four letters, a part of four, a start of five are not near; five letters are
        assertThat(NearWords.near("raad", "rad")).isFalse();
        assertThat(NearWords.near("radl", "dienstradl")).isFalse();
        assertThat(NearWords.near("kartn", "karte")).isTrue();              // five letters are long enough
        assertThat(NearWords.near("verse", "versand")).isFalse();
        assertThat(NearWords.near("versand", "versand")).isFalse();         // the word itself is shared, not near
    }
}
