package org.answerdesk.knowledge;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.answerdesk.retrieval.PassageWindows;

/**
 * The main text of one page or file, in sections under their headings, and the links it has (for the crawler).
 *
 * @param title    the page's title
 * @param sections the text under each heading, in order
 * @param links    the page's links, absolute, without fragments
 */
record Extracted(String title, List<Section> sections, List<URI> links) {

    /** Passages of at most this many words; a longer section is cut into overlapping windows. */
    static final int PASSAGE_WORDS = 200;
    static final int PASSAGE_STRIDE = 150;

    /**
     * @param headings the heading path ("Returns › Refunds"), empty before the first heading
     * @param anchor   the fragment that leads to the heading (its id), empty when it has none
     */
    record Section(String headings, String anchor, String text) {
    }

    /** A passage to store: the section it is from and its text. */
    record Piece(String headings, String url, String text) {
    }

    /** This page with its text cut after {@code maxChars} characters (itself when shorter). */
    Extracted cut(int maxChars) {
        List<Section> kept = new ArrayList<>();
        int left = maxChars;
        for (Section s : sections) {
            if (left <= 0) {
                break;
            }
            kept.add(s.text().length() <= left ? s : new Section(s.headings(), s.anchor(), s.text().substring(0, left)));
            left -= s.text().length();
        }
        return kept.size() == sections.size() && left >= 0 ? this : new Extracted(title, kept, links);
    }

    /** How many characters of text the sections hold. */
    long chars() {
        return sections.stream().mapToLong(s -> s.text().length()).sum();
    }

    /** The passages of this page at {@code url}: each section, cut where it is longer than an encoder takes. */
    List<Piece> pieces(String url) {
        List<Piece> out = new ArrayList<>();
        for (Section s : sections) {
            String at = s.anchor().isEmpty() || url.isEmpty() ? url : url + "#" + s.anchor();
            for (var span : PassageWindows.split(s.text(), PASSAGE_WORDS, PASSAGE_STRIDE)) {
                out.add(new Piece(s.headings(), at, s.text().substring(span.start(), span.end())));
            }
        }
        return out;
    }
}
