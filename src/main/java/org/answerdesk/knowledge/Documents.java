package org.answerdesk.knowledge;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;

/**
 * Reads a fetched page or an uploaded file by its type: HTML (its charset from the Content-Type, else the page's
 * own declaration, else UTF-8, falling back to Windows-1252 for bytes that are not UTF-8), Markdown (rendered, then
 * read as HTML; nested too deeply for the parser, read as plain text), PDF (a page a section, read in bounded memory
 * and bounded decoded content) and plain text. Other types are refused. The text is cut at a number of characters.
 */
final class Documents {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");
    private static final Parser MARKDOWN = Parser.builder().build();
    /** A PDF's decoded streams may take at most this much memory: a small file that inflates to gigabytes fails. */
    private static final long PDF_MEMORY = 64L * 1024 * 1024;
    /** Text read from one uploaded file at most. */
    static final int MAX_CHARS = 2_000_000;
    /**
     * Decoded page content a PDF may have in all, counted for each page that draws it: reading the text costs time
     * in proportion, and a small file can inflate to gigabytes or draw one stream on every page.
     */
    static final long PDF_CONTENT = 64L * 1024 * 1024;

    private Documents() {
    }

    enum Kind { HTML, MARKDOWN, PDF, TEXT }

    /** The kind of a body by its Content-Type, else by the file name's extension; empty when neither fits. */
    static java.util.Optional<Kind> kind(String contentType, String name) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String file = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml") || file.endsWith(".html")
                || file.endsWith(".htm")) {
            return java.util.Optional.of(Kind.HTML);
        }
        if (type.startsWith("text/markdown") || file.endsWith(".md") || file.endsWith(".markdown")) {
            return java.util.Optional.of(Kind.MARKDOWN);
        }
        if (type.startsWith("application/pdf") || file.endsWith(".pdf")) {
            return java.util.Optional.of(Kind.PDF);
        }
        if (type.startsWith("text/plain") || file.endsWith(".txt")) {
            return java.util.Optional.of(Kind.TEXT);
        }
        return java.util.Optional.empty();
    }

    /** The document's text in sections; {@code url} is where it can be read ("" for an upload with none). */
    static Extracted read(Kind kind, byte[] body, String contentType, String name, String url, int maxPdfPages) {
        return read(kind, body, contentType, name, url, maxPdfPages, MAX_CHARS);
    }

    /** As above, with the text cut at {@code maxChars} characters. */
    static Extracted read(Kind kind, byte[] body, String contentType, String name, String url, int maxPdfPages,
                          int maxChars) {
        Extracted read = switch (kind) {
            case HTML -> PageText.of(Jsoup.parse(decodeHtml(body, contentType), url));
            case MARKDOWN -> markdown(text(body, contentType), name, url);
            case PDF -> pdf(body, name, maxPdfPages);
            case TEXT -> new Extracted(name, List.of(new Extracted.Section("", "", cap(text(body, contentType)))),
                    List.of());
        };
        return read.cut(maxChars);
    }

    private static Extracted markdown(String source, String name, String url) {
        String html;
        try {
            html = HtmlRenderer.builder().escapeHtml(true).build().render(MARKDOWN.parse(cap(source)));
        } catch (StackOverflowError e) {
            // commonmark recurses once per nested quote or list: a file of '>' nests thousands deep
            return new Extracted(name, List.of(new Extracted.Section("", "", cap(source))), List.of());
        }
        var doc = Jsoup.parse("<html><head></head><body><main>" + html + "</main></body></html>", url);
        doc.select("h1, h2, h3, h4, h5, h6").forEach(h -> h.id(slug(h.text())));
        // one top heading names the document; a file of several (a handbook: "# Returns", "# Shipping") is named by
        // its file name, so that a shipping passage is not titled "Returns" (each keeps its heading path)
        boolean oneTitle = doc.select("h1").size() == 1;
        Extracted read = PageText.of(doc);
        return new Extracted(read.title().isEmpty() || !oneTitle ? name : read.title(), read.sections(), List.of());
    }

    private static Extracted pdf(byte[] body, String name, int maxPages) {
        try (PDDocument pdf = Loader.loadPDF(body, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache)) {
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            PDFTextStripper stripper = new PDFTextStripper();
            List<Extracted.Section> sections = new ArrayList<>();
            int pages = Math.min(maxPages, pdf.getNumberOfPages());
            int chars = 0;
            long content = 0;
            for (int p = 1; p <= pages && chars < MAX_CHARS; p++) {
                content += PdfContent.size(pdf.getPage(p - 1), PDF_CONTENT - content);
                if (content > PDF_CONTENT) {
                    break;  // the pages before are kept
                }
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf).replaceAll("[ \\t]+", " ").strip();
                chars += text.length();
                if (!text.isEmpty()) {
                    sections.add(new Extracted.Section("", "page=" + p, text));
                }
            }
            return new Extracted(title == null || title.isBlank() ? name : title.strip(), sections, List.of());
        } catch (IOException | RuntimeException e) {
            throw new FetchException("the PDF could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + abbreviate(e.getMessage()) + ")"));
        }
    }

    private static String decodeHtml(byte[] body, String contentType) {
        Charset declared = charset(contentType);
        if (declared != null) {
            return new String(body, declared);
        }
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher meta = CHARSET.matcher(head);
        if (meta.find()) {
            try {
                return new String(body, Charset.forName(meta.group(1)));
            } catch (IllegalArgumentException ignored) {
                // an unknown charset is read as below
            }
        }
        return utf8OrWindows1252(body);
    }

    private static String text(byte[] body, String contentType) {
        Charset declared = charset(contentType);
        return declared != null ? new String(body, declared) : utf8OrWindows1252(body);
    }

    private static String utf8OrWindows1252(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, Charset.forName("windows-1252"));
        }
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType == null ? "" : contentType);
        try {
            return m.find() ? Charset.forName(m.group(1)) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A heading's anchor as GitHub writes it: lower case, spaces to hyphens, punctuation dropped. */
    static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static String cap(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    static URI withoutFragment(URI u) {
        try {
            return new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), null);
        } catch (java.net.URISyntaxException e) {
            return u;
        }
    }
}
