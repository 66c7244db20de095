package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Reading pages and files: main text only, sections at headings with anchors, charsets, PDF, refusals. */
class DocumentsTest {

    @Test
    void keepsTheMainTextSplitAtHeadingsWithTheirAnchors() {
        String html = "<html><head><title>Returns policy</title></head><body><header>Free shipping</header>"
                + "<nav><a href='/a'>A</a></nav><div class='cookie-consent'>We use cookies</div><main>"
                + "<h1>Returns</h1><p>Send it back within 30 days.</p><h2 id='refunds'>Refunds</h2>"
                + "<p>Refunds take 14 days.</p><aside>Related posts</aside></main><footer>Copyright</footer></body>"
                + "</html>";
        Extracted page = read(Documents.Kind.HTML, html.getBytes(StandardCharsets.UTF_8), "text/html");

        assertThat(page.title()).isEqualTo("Returns policy");
        assertThat(page.sections()).containsExactly(
                new Extracted.Section("Returns", "", "Send it back within 30 days."),
                new Extracted.Section("Returns › Refunds", "refunds", "Refunds take 14 days."));
        assertThat(page.pieces("https://shop.example/returns")).extracting(Extracted.Piece::url)
                .containsExactly("https://shop.example/returns", "https://shop.example/returns#refunds");
        assertThat(page.links()).extracting(Object::toString).containsExactly("https://shop.example/a");
    }

    @Test
    void aMarkdownFileOfSeveralTopHeadingsIsTitledByItsNameAndEachPassageByItsHeadings() {
        String handbook = "# Returns\n\nSend it back within 30 days.\n\n# Shipping\n\nWe ship to the EU.\n";
        Extracted file = Documents.read(Documents.Kind.MARKDOWN, handbook.getBytes(StandardCharsets.UTF_8),
                "text/markdown", "handbook.md", "https://shop.example/handbook.md", 10);
        assertThat(file.title()).isEqualTo("handbook.md");
        assertThat(file.sections()).extracting(Extracted.Section::headings).containsExactly("Returns", "Shipping");

        String one = "# Care guide\n\n## Wool\n\nWash cold.\n\n## Silk\n\nDry clean.\n";
        assertThat(Documents.read(Documents.Kind.MARKDOWN, one.getBytes(StandardCharsets.UTF_8), "text/markdown",
                "care.md", "https://shop.example/care.md", 10).title()).isEqualTo("Care guide");
    }

    @Test
    void readsAWindows1252PageServedWithoutACharset() {
        byte[] body = "<p>Crème brûlée for 5 €</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(read(Documents.Kind.HTML, body, "text/html").sections().get(0).text())
                .isEqualTo("Crème brûlée for 5 €");
    }

    @Test
    void readsAPdfPageByPage() throws Exception {
        Extracted pdf = read(Documents.Kind.PDF, ShopSite.pdf("Price list", "Gift card 25 EUR."), "application/pdf");

        assertThat(pdf.title()).isEqualTo("Price list");
        assertThat(pdf.sections()).singleElement().satisfies(s -> {
            assertThat(s.anchor()).isEqualTo("page=1");
            assertThat(s.text()).contains("Gift card 25 EUR.");
        });
    }

    @Test
    void aBrokenPdfIsAClearFailure() {
        assertThatThrownBy(() -> read(Documents.Kind.PDF, "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8),
                "application/pdf")).isInstanceOf(FetchException.class).hasMessageStartingWith("the PDF could not be read");
    }

    @Test
    void knowsTypesByContentTypeOrName() {
        assertThat(Documents.kind("text/html; charset=utf-8", "x")).contains(Documents.Kind.HTML);
        assertThat(Documents.kind("application/octet-stream", "prices.pdf")).contains(Documents.Kind.PDF);
        assertThat(Documents.kind(null, "care.md")).contains(Documents.Kind.MARKDOWN);
        assertThat(Documents.kind("image/png", "logo.png")).isEmpty();
    }

    @Test
    void cutsALongSectionIntoOverlappingPassages() {
        String text = "word ".repeat(450).strip();
        var page = new Extracted("T", java.util.List.of(new Extracted.Section("", "", text)), java.util.List.of());
        assertThat(page.pieces("u")).hasSize(3)
                .allSatisfy(p -> assertThat(p.text().split(" ").length).isLessThanOrEqualTo(200));
    }

    private static Extracted read(Documents.Kind kind, byte[] body, String type) {
        return Documents.read(kind, body, type, "file", "https://shop.example/returns", 10);
    }
}
