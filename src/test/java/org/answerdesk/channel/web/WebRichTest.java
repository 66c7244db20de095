package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.richtext.RichText;
import org.junit.jupiter.api.Test;

class WebRichTest {

    private static final String ANSWER = "Go to **Settings** and choose:\n\n- *Reset*\n- [help](https://example.com/help)";

    @Test
    void anAnswerSeenBeforeIsNotParsedAgainAndGivesTheSameBlocks() {
        List<WebRich.Block> first = WebRich.of(ANSWER);
        List<WebRich.Block> again = WebRich.of(new String(ANSWER)); // an equal text, not the same string
        assertThat(again).isSameAs(first);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).type()).isEqualTo("paragraph");
        assertThat(first.get(0).spans()).contains(new RichText.Span("Settings", true, null));
        assertThat(first.get(1).type()).isEqualTo("list");
        assertThat(first.get(1).items()).hasSize(2);
        assertThat(first.get(1).items().get(1)).containsExactly(
                new RichText.Span("help", false, "https://example.com/help"));
    }

    @Test
    void theKeptAnswersStartOverRatherThanGrowAndLongOrNullTextsAreParsedEachTime() {
        for (int i = 0; i <= WebRich.KEPT; i++) {
            assertThat(WebRich.of("answer " + i)).hasSize(1);
        }
        assertThat(WebRich.of("answer 0").get(0).spans()).containsExactly(RichText.Span.plain("answer 0"));
        String longText = "x".repeat(WebRich.LONGEST_KEPT + 1);
        assertThat(WebRich.of(longText)).isNotSameAs(WebRich.of(longText)).isEqualTo(WebRich.of(longText));
        assertThat(WebRich.of(null)).isEmpty();
    }
}
