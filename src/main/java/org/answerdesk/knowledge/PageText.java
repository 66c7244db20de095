package org.answerdesk.knowledge;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page: navigation, headers, footers, sidebars, forms, scripts and cookie or consent
 * banners are dropped; the {@code main} or {@code article} element is read when there is one, else the body; the
 * text is split at every heading {@code h1}-{@code h6}, with the path of headings above it. Time is linear in the
 * page: elements nested deeper than {@link #MAX_DEPTH} are read as the plain text they hold, a heading inside a
 * heading is part of the outer one, and a heading's text is cut at {@link #MAX_HEADING}.
 */
final class PageText {

    private static final String CHROME = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, "
            + "form, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=dialog], [aria-hidden=true], "
            + "[hidden]";
    /** Ids and classes of cookie banners and other page furniture that sites mark with no element of its own. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)cookie|consent|gdpr|newsletter|breadcrumb|"
            + "skip-link|navbar|menu|sidebar|social");

    /** Elements nested deeper than this are flattened to their text: real pages nest a few dozen deep. */
    static final int MAX_DEPTH = 128;
    private static final int MAX_HEADING = 200;

    private PageText() {
    }

    static Extracted of(Document doc) {
        flattenDeep(doc);
        List<URI> links = links(doc);
        String title = doc.title().strip();
        doc.select(CHROME).remove();
        for (Element e : doc.getAllElements()) {
            if (e != doc && e.parent() != null
                    && (FURNITURE.matcher(e.id()).find() || FURNITURE.matcher(e.className()).find())
                    && !e.is("main, article, body, html")) {
                e.remove();
            }
        }
        Element main = doc.selectFirst("main, [role=main], article");
        Element root = main != null ? main : doc.body();
        if (title.isEmpty()) {
            Element h1 = root.selectFirst("h1");
            title = h1 != null ? h1.text().strip() : "";
        }
        Walker walker = new Walker();
        NodeTraversor.traverse(walker, root);
        walker.flush();
        return new Extracted(title, walker.sections, links);
    }

    /** Replaces what is inside each element at {@link #MAX_DEPTH} by its text (jsoup has no depth cap). */
    private static void flattenDeep(Document doc) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth >= MAX_DEPTH && node instanceof Element e) {
                    deep.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        for (Element e : deep) {
            String text = e.text();
            e.empty();
            e.appendText(text);
        }
    }

    private static List<URI> links(Document doc) {
        Set<URI> out = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            String href = a.absUrl("href");
            if (href.isEmpty()) {
                continue;
            }
            try {
                URI u = URI.create(href.replace(" ", "%20"));
                out.add(new URI(u.getScheme(), u.getRawAuthority() == null ? null : u.getAuthority(), u.getPath(),
                        u.getQuery(), null));
            } catch (IllegalArgumentException | java.net.URISyntaxException ignored) {
                // not a link the crawler could follow
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Collects text per section; a heading closes the section before it. The heading being read (the outermost one
     * when headings nest) gathers its own text and anchor as the walk passes through it.
     */
    private static final class Walker implements NodeVisitor {
        private final List<Extracted.Section> sections = new ArrayList<>();
        private final String[] path = new String[6];
        private String anchor = "";
        private final StringBuilder text = new StringBuilder();
        private Element heading;
        private final StringBuilder headingText = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (heading != null) {
                if (node instanceof TextNode t && headingText.length() < MAX_HEADING) {
                    headingText.append(t.text());
                } else if (node instanceof Element e) {
                    if (anchor.isEmpty()) {
                        anchor = e.id().isEmpty() && e.normalName().equals("a") ? e.attr("name") : e.id();
                    }
                    if (e.isBlock() || e.normalName().equals("br")) {
                        headingText.append(' ');
                    }
                }
            } else if (node instanceof Element e && isHeading(e)) {
                flush();
                heading = e;
                headingText.setLength(0);
                anchor = e.id();
            } else if (node instanceof TextNode t) {
                text.append(t.text());
            } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                text.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == heading) {
                int level = heading.normalName().charAt(1) - '1';
                String title = headingText.toString().replaceAll("\\s+", " ").strip();
                path[level] = title.length() > MAX_HEADING ? title.substring(0, MAX_HEADING) + "…" : title;
                for (int i = level + 1; i < path.length; i++) {
                    path[i] = null;
                }
                heading = null;
            } else if (heading == null && node instanceof Element e && e.isBlock()) {
                text.append('\n');
            }
        }

        void flush() {
            String body = text.toString().replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").replaceAll(" ?\\n[\\n ]*", "\n")
                    .strip();
            text.setLength(0);
            if (!body.isEmpty()) {
                List<String> heads = new ArrayList<>();
                for (String p : path) {
                    if (p != null && !p.isEmpty()) {
                        heads.add(p);
                    }
                }
                sections.add(new Extracted.Section(String.join(" › ", heads), anchor, body));
            }
        }

        private static boolean isHeading(Element e) {
            String name = e.normalName();
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        }
    }
}
