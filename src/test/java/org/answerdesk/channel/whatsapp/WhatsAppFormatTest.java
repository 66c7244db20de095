package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.richtext.RichAnswerSample;
import org.junit.jupiter.api.Test;

class WhatsAppFormatTest {

    @Test
    void richTextBecomesWhatsAppsBoldListsAndPlainLinks() {
        List<String> parts = WhatsAppFormat.render(RichAnswerSample.ANSWER, List.of(), "Related questions:", WhatsAppFormat.LIMIT);
        assertThat(parts).containsExactly("""
                Here is the *formatting showcase*:

                • a safe link (https://shop.example/help?a=1&b=2)
                • a bad link stays text

                1. <script>alert("x")</script> is shown, not run
                2. **unbalanced bold & <b>tags</b>""");
    }

    @Test
    void boldIsOneStarOnEachSide() {
        assertThat(WhatsAppFormat.render("Press **Save** now", List.of(), "Related questions:", 100)).containsExactly("Press *Save* now");
    }

    @Test
    void relatedQuestionsAreListedUnderTheAnswer() {
        assertThat(WhatsAppFormat.render("Maybe.", List.of("How do refunds work?"), "Related questions:", 100))
                .containsExactly("Maybe.\n\n*Related questions:*\n• How do refunds work?");
    }

    @Test
    void longTextIsSplitAtTheLimitAtSpacesAndNothingIsLost() {
        String word = "refund ";
        String text = word.repeat(2000).strip();
        List<String> parts = WhatsAppFormat.split(text, WhatsAppFormat.LIMIT);
        assertThat(parts).hasSize(4).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(WhatsAppFormat.LIMIT));
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void aHardCutNeverSplitsAnEmoji() {
        String text = "a" + "😀".repeat(10);
        List<String> parts = WhatsAppFormat.split(text, 4);
        assertThat(parts).allSatisfy(p -> assertThat(p.codePoints().allMatch(Character::isValidCodePoint)
                && !Character.isLowSurrogate(p.charAt(0)) && !Character.isHighSurrogate(p.charAt(p.length() - 1)))
                .isTrue());
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void aTemplateParameterIsOneLineWithinItsLimit() {
        String p = WhatsAppFormat.templateParameter("Hello\n\n- **one**\n- two\t\tthree" + " x".repeat(2000), 1024);
        assertThat(p).startsWith("Hello • *one* • two three x").doesNotContain("\n", "\t", "  ");
        assertThat(p.length()).isLessThanOrEqualTo(1024);
        assertThat(p).endsWith("…");
    }
}
