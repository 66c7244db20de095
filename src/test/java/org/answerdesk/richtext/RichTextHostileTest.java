package org.answerdesk.richtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;

import org.answerdesk.richtext.RichText.ItemList;
import org.answerdesk.richtext.RichText.Paragraph;
import org.answerdesk.richtext.RichText.Span;
import org.junit.jupiter.api.Test;

/** Markdown written to break the parser or to smuggle markup through it ends as plain text, quickly. */
class RichTextHostileTest {

    /** Generous: each case takes milliseconds; this only catches a blow-up, on a busy machine too. */
    private static final Duration QUICK = Duration.ofSeconds(10);

    @Test
    void deepNestingIsLaidOutFlatWithoutOverflowingTheStack() {
        RichText lists = assertTimeout(QUICK, () -> RichText.parse("- ".repeat(50_000) + "deep"));
        assertThat(lists.blocks()).containsExactly(new ItemList(false, List.of(List.of(Span.plain("deep")))));

        String quotes = "> ".repeat(50_000) + "deep";
        assertThat(assertTimeout(QUICK, () -> RichText.parse(quotes)).blocks())
                .containsExactly(new Paragraph(List.of(Span.plain(quotes))));

        String nested = "**".repeat(450) + "deep" + "**".repeat(450);
        assertThat(assertTimeout(QUICK, () -> RichText.parse(nested)).blocks())
                .containsExactly(new Paragraph(List.of(new Span("deep", true, null))));
        // past MAX_DELIMITERS no * or _ is emphasis: commonmark-java would recurse once per level
        for (String deeper : List.of("**".repeat(25_000) + "deep" + "**".repeat(25_000),
                "*a ".repeat(20_000) + "deep" + " a*".repeat(20_000), "_".repeat(30_000) + "deep" + "_".repeat(30_000))) {
            assertThat(assertTimeout(QUICK, () -> RichText.parse(deeper)).blocks())
                    .containsExactly(new Paragraph(List.of(Span.plain(deeper))));
        }
    }

    @Test
    void pastTheLimitOfEmphasisCharactersBulletsAndLinksStillWork() {
        String stars = "*".repeat(MarkdownSource.MAX_DELIMITERS + 1);
        assertThat(RichText.parse("* **a** [b_c](https://x.example/b_c*)\n* " + stars).blocks()).containsExactly(
                new ItemList(false, List.of(List.of(Span.plain("**a** "), new Span("b_c", false, "https://x.example/b_c*")),
                        List.of(Span.plain(stars)))));
    }

    @Test
    void oneHundredKilobytesOfStarsOrBracketsStayTheText() {
        for (String hostile : List.of("*".repeat(100_000), "**a".repeat(33_000), "[".repeat(100_000),
                "](".repeat(50_000), "[a](".repeat(25_000), "<".repeat(100_000), "`".repeat(100_000))) {
            RichText text = assertTimeout(QUICK, () -> RichText.parse(hostile));
            assertThat(spans(text)).allSatisfy(span -> assertThat(span.href()).isNull());
            assertThat(text.plain()).as(hostile.substring(0, 8)).isEqualTo(hostile);
        }
        RichText innermost = assertTimeout(QUICK, () -> RichText.parse("[".repeat(50_000) + "x](https://a.example)"));
        assertThat(spans(innermost)).containsExactly(Span.plain("[".repeat(49_999)), new Span("x", false, "https://a.example"));
    }

    @Test
    void unbalancedBracketsAndParenthesesStayLiteral() {
        for (String text : List.of("[a](https://x.example", "[a(https://x.example)", "a](https://x.example)",
                "[[a](https://x.example", "[a]](https://x.example", "[a] (https://x.example)")) {
            assertThat(RichText.parse(text).plain()).as(text).contains("https://x.example")
                    .startsWith(text.substring(0, text.indexOf("https") - 1));
        }
        assertThat(RichText.inline("[a] (https://x.example)")).containsExactly(Span.plain("[a] (https://x.example)"));
        assertThat(RichText.inline("([a](https://x.example/p_(1)))")).containsExactly(Span.plain("("),
                new Span("a", false, "https://x.example/p_(1)"), Span.plain(")"));
    }

    @Test
    void scriptLinksInAnyDisguiseKeepOnlyTheirLabel() {
        for (String link : List.of("[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](<javascript:alert(1)>)",
                "[x](&#106;avascript:alert(1))", "[x](javascript&#58;alert(1))", "[x](java%73cript:alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](vbscript:msgbox)", "[x](//evil.example/x)",
                "[x](file:///etc/passwd)", "[x](https:evil.example)", "[x](mailto:nobody)", "[x]( javascript:alert(1) )")) {
            assertThat(RichText.inline(link)).as(link).containsExactly(Span.plain("x"));
        }
        assertThat(RichText.inline("**[x](javascript:alert(1))**")).containsExactly(new Span("x", true, null));
    }

    @Test
    void linkSyntaxTheSubsetLacksStaysAsWritten() {
        for (String text : List.of("<javascript:alert(1)>", "<https://x.example>", "![x](https://x.example/i.png)",
                "![x](javascript:alert(1))", "[x][r]", "[x]")) {
            assertThat(RichText.inline(text)).as(text).containsExactly(Span.plain(text));
        }
        RichText reference = RichText.parse("[x][r]\n\n[r]: javascript:alert(1)");
        assertThat(spans(reference)).allSatisfy(span -> assertThat(span.href()).isNull());
        assertThat(reference.plain()).isEqualTo("[x][r]\n\n[r]: javascript:alert(1)");
    }

    @Test
    void rawHtmlIsText() {
        for (String html : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>", "<!-- <b>x</b> -->", "<div onclick=\"x()\">\n<b>hi</b>\n</div>",
                "<iframe src=\"https://evil.example\"></iframe>", "<style>*{display:none}</style>")) {
            assertThat(RichText.parse(html).blocks()).as(html).containsExactly(new Paragraph(List.of(Span.plain(html))));
        }
    }

    @Test
    void blockAndInlineMarkupOutsideTheSubsetStaysAsWritten() {
        for (String text : List.of("# Title", "> quoted", "```\ncode\n```", "***", "Title\n===", "| a | b |",
                "*italic* and _italic_ and __strong__ and `**code**`", "~~struck~~ and H~2~O")) {
            assertThat(RichText.parse(text).blocks()).as(text).containsExactly(new Paragraph(List.of(Span.plain(text))));
        }
        assertThat(RichText.parse("    indented").plain()).isEqualTo("indented");
    }

    @Test
    void theBulletsLlmsWriteAndLooseListsAreLists() {
        assertThat(RichText.parse("• one\n• two\n\n1) three\n\n   2) four").blocks()).containsExactly(
                new ItemList(false, List.of(List.of(Span.plain("one")), List.of(Span.plain("two")))),
                new ItemList(true, List.of(List.of(Span.plain("three")), List.of(Span.plain("four")))));
        assertThat(RichText.parse("- a\n  - nested\n- b").plain()).isEqualTo("• a\n• nested\n• b");
        assertThat(RichText.parse("- a\n  1. nested\n- b").plain()).isEqualTo("• a\n\n1. nested\n\n• b");
    }

    private static List<Span> spans(RichText text) {
        return text.blocks().stream().flatMap(block -> block instanceof Paragraph p ? p.spans().stream()
                : ((ItemList) block).items().stream().flatMap(List::stream)).toList();
    }
}
