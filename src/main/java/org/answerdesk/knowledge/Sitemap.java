package org.answerdesk.knowledge;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The page URLs of a sitemap ({@code urlset}) and the nested sitemaps of a sitemap index. Read with jsoup's XML
 * parser, which resolves no entities and fetches nothing.
 */
record Sitemap(List<URI> pages, List<URI> sitemaps) {

    static Sitemap parse(byte[] xml, URI base) {
        Document doc = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), base.toString(), Parser.xmlParser());
        List<URI> pages = new ArrayList<>();
        List<URI> nested = new ArrayList<>();
        doc.select("urlset > url > loc").forEach(e -> add(pages, base, e.text()));
        doc.select("sitemapindex > sitemap > loc").forEach(e -> add(nested, base, e.text()));
        return new Sitemap(pages, nested);
    }

    private static void add(List<URI> out, URI base, String loc) {
        try {
            out.add(base.resolve(loc.strip()));
        } catch (IllegalArgumentException ignored) {
            // a malformed entry is skipped; the others are read
        }
    }
}
