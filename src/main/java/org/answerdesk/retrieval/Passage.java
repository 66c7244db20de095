package org.answerdesk.retrieval;

/**
 * A piece of a shop's own page or file that answers are drawn from: the text under one heading, with where it is.
 *
 * @param id       the stored passage's id (in {@code eval}: its position)
 * @param title    the page's or file's title
 * @param headings the heading path down to the passage ("Returns › Refunds"), empty when it has none
 * @param url      where a customer can read it, with the heading's anchor where there is one
 * @param text     the passage's text
 */
public record Passage(long id, String title, String headings, String url, String text) {

    /** The words lexical search and the embedder see: title and heading path carry what the passage is about. */
    public String searchable() {
        return headings.isBlank() ? title + "\n" + text : title + " › " + headings + "\n" + text;
    }
}
