package org.answerdesk.knowledge;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page: navigation, headers, footers, sidebars, forms, scripts and cookie or consent
 * banners are dropped; the {@code main} or {@code article} element is read when there is one, else the body; the
 * text is split at every heading {@code h1}-{@code h6}, with the path of headings above it.
 */
final class PageText {

    private static final String CHROME = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, "
            + "form, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=dialog], [aria-hidden=true], "
            + "[hidden]";
    /** Ids and classes of cookie banners and other page furniture that sites mark with no element of its own. */
    private static final String FURNITURE = "(?i).*(cookie|consent|gdpr|newsletter|breadcrumb|skip-link|navbar|"
            + "menu|sidebar|social).*";

    private PageText() {
    }

    static Extracted of(Document doc) {
        List<URI> links = links(doc);
        String title = doc.title().strip();
        doc.select(CHROME).remove();
        for (Element e : doc.getAllElements()) {
            if (e != doc && e.parent() != null && (e.id().matches(FURNITURE) || e.className().matches(FURNITURE))
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

    /** Collects text per section; a heading closes the section before it. */
    private static final class Walker implements NodeVisitor {
        private final List<Extracted.Section> sections = new ArrayList<>();
        private final String[] path = new String[6];
        private String anchor = "";
        private final StringBuilder text = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e && e.normalName().matches("h[1-6]")) {
                flush();
                int level = e.normalName().charAt(1) - '1';
                path[level] = e.text().strip();
                for (int i = level + 1; i < path.length; i++) {
                    path[i] = null;
                }
                Element idBearer = e.id().isEmpty() ? e.selectFirst("[id], a[name]") : e;
                anchor = idBearer == null ? "" : (idBearer.id().isEmpty() ? idBearer.attr("name") : idBearer.id());
            } else if (node instanceof TextNode t && !insideHeading(t)) {
                text.append(t.text());
            } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                text.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
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

        private static boolean insideHeading(TextNode t) {
            for (Node n = t.parent(); n != null; n = n.parent()) {
                if (n instanceof Element e && e.normalName().matches("h[1-6]")) {
                    return true;
                }
            }
            return false;
        }
    }
}
