package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.feedback.Vote;
import org.junit.jupiter.api.Test;

class TelegramFormatTest {

    private static final String RELATED = "Related questions:";

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
        List<String> parts = TelegramFormat.render("&".repeat(4096), List.of(), RELATED, TelegramFormat.LIMIT);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0)).isEqualTo("&amp;".repeat(4096));
    }

    @Test
    void relatedQuestionsAreListedEscapedAfterTheAnswer() {
        List<String> parts = TelegramFormat.render("Try this.", List.of("Can I pay <later>?", "Refunds"), RELATED, 4096);
        assertThat(parts).containsExactly(
                "Try this.\n\n<b>Related questions:</b>\n• Can I pay &lt;later&gt;?\n• Refunds");
        List<String> full = TelegramFormat.render("a".repeat(4090), List.of("Refunds"), RELATED, 4096);
        assertThat(full).hasSize(2);
        assertThat(full.get(1)).startsWith("<b>Related questions:</b>");
    }

    @Test
    void theKeyboardMarksTheChosenVoteAndButtonsMapBackToVotes() {
        var row = TelegramFormat.feedbackKeyboard(Vote.DOWN, "Talk to a person").getKeyboard().get(0);
        assertThat(row.get(0).getText()).isEqualTo("👍");
        assertThat(row.get(1).getText()).isEqualTo("✅ 👎");
        assertThat(TelegramFormat.vote(row.get(0).getCallbackData())).isEqualTo(Vote.UP);
        assertThat(TelegramFormat.vote(row.get(1).getCallbackData())).isEqualTo(Vote.DOWN);
        assertThat(TelegramFormat.vote("something else")).isNull();
    }

    @Test
    void aLongRichAnswerIsSplitIntoPiecesThatAreEachValidHtmlWithinTheLimit() {
        String item = "- **bold " + "x".repeat(30) + "** and [a link](https://shop.example/a?b=1&c=2) <tail>\n";
        List<String> parts = TelegramFormat.render(item.repeat(120), List.of(), RELATED, 1000);
        assertThat(parts).hasSizeGreaterThan(5);
        StringBuilder plain = new StringBuilder();
        for (String part : parts) {
            String text = part.replaceAll("</?b>|<a href=\"[^\"]*\">|</a>", "");
            assertThat(text).doesNotContain("<").doesNotContain(">"); // no tag but b and a, none cut
            String unescaped = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
            assertThat(unescaped.length()).isLessThanOrEqualTo(1000);
            assertThat(count(part, "<b>")).isEqualTo(count(part, "</b>"));
            assertThat(count(part, "<a href=")).isEqualTo(count(part, "</a>"));
            plain.append(unescaped).append('\n');
        }
        assertThat(count(plain.toString(), "• bold " + "x".repeat(30) + " and a link <tail>")).isEqualTo(120);
        assertThat(count(String.join("", parts), "<a href=\"https://shop.example/a?b=1&amp;c=2\">a link</a>")).isEqualTo(120);
    }

    @Test
    void aBoldRunLongerThanTheLimitIsCutHardWithItsTagsClosedInEachPiece() {
        List<String> parts = TelegramFormat.render("**" + "y".repeat(2500) + "**", List.of(), RELATED, 1000);
        assertThat(parts).containsExactly("<b>" + "y".repeat(1000) + "</b>", "<b>" + "y".repeat(1000) + "</b>",
                "<b>" + "y".repeat(500) + "</b>");
    }

    @Test
    void scriptTagsAndJavascriptLinksStayInert() {
        assertThat(TelegramFormat.render("<script>x</script> [go](javascript:alert(1)) [ok](https://a.example/\"q)", List.of(), RELATED, 4096))
                .containsExactly("&lt;script&gt;x&lt;/script&gt; go ok"); // a quote makes no valid URL: no link
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
