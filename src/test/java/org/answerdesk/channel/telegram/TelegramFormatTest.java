package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.feedback.Vote;
import org.junit.jupiter.api.Test;

class TelegramFormatTest {

    @Test
    void escapesTheThreeHtmlSpecialCharacters() {
        assertThat(TelegramFormat.escape("a < b && c > d <b>bold</b>"))
                .isEqualTo("a &lt; b &amp;&amp; c &gt; d &lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void longTextIsSplitAtTheLimitWithoutLosingWords() {
        String text = "word ".repeat(2000).strip(); // 9,999 characters
        List<String> parts = TelegramFormat.split(text, TelegramFormat.LIMIT);
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void textWithoutSpacesIsCutHardButNeverInsideAnEmoji() {
        String text = "x".repeat(4095) + "👍" + "y".repeat(10);
        List<String> parts = TelegramFormat.split(text, 4096);
        assertThat(parts.get(0)).hasSize(4095);
        assertThat(parts.get(1)).startsWith("👍");
    }

    @Test
    void escapingDoesNotCountAgainstTheLimit() {
        // Telegram counts characters after entity parsing: "&amp;" is one character
        List<String> parts = TelegramFormat.render("&".repeat(4096), List.of(), TelegramFormat.LIMIT);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0)).isEqualTo("&amp;".repeat(4096));
    }

    @Test
    void relatedQuestionsAreListedEscapedAfterTheAnswer() {
        List<String> parts = TelegramFormat.render("Try this.", List.of("Can I pay <later>?", "Refunds"), 4096);
        assertThat(parts).containsExactly(
                "Try this.\n\n<b>Related questions:</b>\n• Can I pay &lt;later&gt;?\n• Refunds");
        List<String> full = TelegramFormat.render("a".repeat(4090), List.of("Refunds"), 4096);
        assertThat(full).hasSize(2);
        assertThat(full.get(1)).startsWith("<b>Related questions:</b>");
    }

    @Test
    void theKeyboardMarksTheChosenVoteAndButtonsMapBackToVotes() {
        var row = TelegramFormat.feedbackKeyboard(Vote.DOWN).getKeyboard().get(0);
        assertThat(row.get(0).getText()).isEqualTo("👍");
        assertThat(row.get(1).getText()).isEqualTo("✅ 👎");
        assertThat(TelegramFormat.vote(row.get(0).getCallbackData())).isEqualTo(Vote.UP);
        assertThat(TelegramFormat.vote(row.get(1).getCallbackData())).isEqualTo(Vote.DOWN);
        assertThat(TelegramFormat.vote("something else")).isNull();
    }
}
