package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A long message is read for a request for a person a sentence (or {@link PersonRequest#PIECE} characters) at a time:
 * the request is still found at its end, and no piece is longer than the patterns may read.
 */
class PiecesTest {

    @Test
    void aLongMessageIsCutAtSentencesThenSpacesAndLosesNothing() {
        String words = "word ".repeat(400);
        String text = "First sentence. " + words + "Last one!";
        List<String> pieces = Pieces.of(text, 100).toList();
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(100));
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(Pieces.of("x".repeat(250), 100).toList()).extracting(String::length).containsExactly(100, 100, 50);
    }

    @Test
    void aRequestForAPersonAtTheEndOfALongMessageIsFound() {
        String longStory = "I ordered a teapot and a set of mugs and the parcel went to the wrong town again ".repeat(12);
        assertThat(longStory.length()).isGreaterThan(PersonRequest.PIECE);
        assertThat(PersonRequest.asksForPerson(longStory + "Can I please talk to a person?", Locale.ENGLISH)).isTrue();
        assertThat(PersonRequest.asksForPerson(longStory, Locale.ENGLISH)).isFalse();
    }
}
