package org.answerdesk.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.richtext.RichText.ItemList;
import org.answerdesk.richtext.RichText.Paragraph;
import org.answerdesk.richtext.RichText.Span;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void theSampleParsesIntoAParagraphABulletListAndANumberedList() {
        RichText text = RichText.parse(RichAnswerSample.ANSWER);
        assertThat(text.blocks()).hasSize(3);
        assertThat(text.blocks().get(0)).isEqualTo(new Paragraph(List.of(Span.plain("Here is the "),
                new Span("formatting showcase", true, null), Span.plain(":"))));
        assertThat(text.blocks().get(1)).isEqualTo(new ItemList(false, List.of(
                List.of(Span.plain("a "), new Span("safe link", false, "https://shop.example/help?a=1&b=2")),
                List.of(Span.plain("a bad link stays text")))));
        assertThat(text.blocks().get(2)).isEqualTo(new ItemList(true, List.of(
                List.of(Span.plain("<script>alert(\"x\")</script> is shown, not run")),
                List.of(Span.plain("**unbalanced bold & <b>tags</b>")))));
        assertThat(text.plain()).isEqualTo(RichAnswerSample.PLAIN);
    }

    @Test
    void onlyAbsoluteHttpAndMailtoLinksKeepTheirUrl() {
        assertThat(RichText.safeHref("https://a.example/x?y=1")).isEqualTo("https://a.example/x?y=1");
        assertThat(RichText.safeHref("mailto:help@shop.example")).isEqualTo("mailto:help@shop.example");
        assertThat(RichText.safeHref("JavaScript:alert(1)")).isNull();
        assertThat(RichText.safeHref("data:text/html,<b>")).isNull();
        assertThat(RichText.safeHref("/relative/path")).isNull();
        assertThat(RichText.safeHref("vbscript:x")).isNull();
        assertThat(RichText.safeHref("https:no-host")).isNull();
        assertThat(RichText.inline("[x](java\tscript:alert(1))")).containsExactly(Span.plain("[x](java\tscript:alert(1))"));
    }

    @Test
    void unbalancedOrBrokenMarkupStaysLiteral() {
        assertThat(RichText.inline("2 ** 3 and **bold** and ** end")).containsExactly(
                Span.plain("2 ** 3 and "), new Span("bold", true, null), Span.plain(" and ** end"));
        assertThat(RichText.inline("a **b")).containsExactly(Span.plain("a **b"));
        assertThat(RichText.inline("[label](https://x.example")).containsExactly(Span.plain("[label](https://x.example"));
        assertThat(RichText.inline("**[bold link](https://x.example)**"))
                .containsExactly(new Span("bold link", true, "https://x.example"));
    }

    @Test
    void lineBreaksInsideAParagraphAreKeptAndBlankOrNullTextHasNoBlocks() {
        assertThat(RichText.parse("one\ntwo").blocks()).containsExactly(new Paragraph(List.of(Span.plain("one\ntwo"))));
        assertThat(RichText.parse("  \n\n").blocks()).isEmpty();
        assertThat(RichText.parse(null).blocks()).isEmpty();
        assertThat(RichText.parse("Plain answer.").plain()).isEqualTo("Plain answer.");
    }
}
