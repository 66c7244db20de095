package org.answerdesk.channel.email;

import java.util.List;
import java.util.Locale;

import org.answerdesk.brand.Brand;
import org.answerdesk.language.Texts;

import org.answerdesk.richtext.Html;
import org.answerdesk.richtext.RichText;

/**
 * The HTML part of a reply: the answer's {@link RichText} as paragraphs, lists, {@code <strong>} and links, every
 * text and URL escaped; the related questions and the two feedback links under it. A plain page, no style sheet.
 */
final class ReplyHtml {

    private static final String HEAD = "<!doctype html>\n<html><body>\n";
    private static final String TAIL = "</body></html>\n";

    private ReplyHtml() {
    }

    /** An answer with its related questions and the two feedback links, their words in {@code language}. */
    static String render(String answer, List<String> related, String helpful, String notHelpful, Texts texts,
                         Locale language) {
        return render(answer, related, texts.text("email.related", language),
                "<p>" + Html.escape(texts.text("email.feedback.question", language)) + " <a href=\""
                + Html.escape(helpful) + "\">" + Html.escape(texts.text("email.feedback.helpful", language))
                + "</a> · <a href=\"" + Html.escape(notHelpful) + "\">"
                + Html.escape(texts.text("email.feedback.not-helpful", language)) + "</a></p>\n");
    }

    /** A satisfaction request: the question, then one link per score (each opens a page that confirms it). */
    static String renderRating(String question, List<String> scoreUrls) {
        StringBuilder links = new StringBuilder("<p>");
        for (int i = 0; i < scoreUrls.size(); i++) {
            links.append(i == 0 ? "" : " · ").append("<a href=\"").append(Html.escape(scoreUrls.get(i))).append("\">")
                    .append(i + 1).append("</a>");
        }
        return render(question, List.of(), "", links.append("</p>\n").toString());
    }

    /**
     * A clarify reply: its text, then each likely answer under its question as a heading, with the link that
     * confirms it answered the customer's question ({@code answered}, the link's words).
     */
    static String renderChoices(String text, List<ReplyComposer.Offered> offered, String answered, String footer) {
        StringBuilder out = new StringBuilder(HEAD);
        blocks(text, out);
        for (ReplyComposer.Offered o : offered) {
            out.append("<h3>").append(Html.escape(o.question())).append("</h3>\n");
            if (o.answer() != null) {
                blocks(o.answer(), out);
            }
            out.append("<p><a href=\"").append(Html.escape(o.url())).append("\">").append(Html.escape(answered))
                    .append("</a></p>\n");
        }
        out.append("<hr>\n<p>").append(Html.escape(footer)).append("</p>\n").append(TAIL);
        return out.toString();
    }

    /**
     * The document headed by the shop's name (in its colour) and logo when a name is set; unchanged otherwise. The
     * parts were checked by {@link Brand} (a hex colour, an https address) and are escaped all the same.
     */
    static String branded(String document, Brand look) {
        if (look.name() == null) {
            return document;
        }
        StringBuilder head = new StringBuilder("<p>");
        if (look.logoUrl() != null) {
            head.append("<img src=\"").append(Html.escape(look.logoUrl())).append("\" alt=\"\" height=\"32\"> ");
        }
        head.append("<strong").append(look.color() == null ? "" : " style=\"color:" + Html.escape(look.color()) + "\"")
                .append(">").append(Html.escape(look.name())).append("</strong></p>\n");
        return HEAD + head + document.substring(HEAD.length());
    }

    /** Several answers' documents (as the methods above make them) as one, in order, each with its own links. */
    static String together(List<String> documents) {
        StringBuilder out = new StringBuilder(HEAD);
        documents.forEach(d -> out.append(d, HEAD.length(), d.length() - TAIL.length()));
        return out.append(TAIL).toString();
    }

    private static String render(String answer, List<String> related, String relatedHeading, String footerHtml) {
        StringBuilder out = new StringBuilder(HEAD);
        blocks(answer, out);
        if (!related.isEmpty()) {
            out.append("<p>").append(Html.escape(relatedHeading)).append("</p>\n<ul>\n");
            related.forEach(q -> out.append("<li>").append(Html.escape(q)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("<hr>\n").append(footerHtml).append(TAIL);
        return out.toString();
    }

    /** The rich text's paragraphs and lists. */
    private static void blocks(String rich, StringBuilder out) {
        for (RichText.Block block : RichText.parse(rich).blocks()) {
            if (block instanceof RichText.Paragraph p) {
                out.append("<p>");
                spans(p.spans(), out);
                out.append("</p>\n");
            } else if (block instanceof RichText.ItemList list) {
                String tag = list.ordered() ? "ol" : "ul";
                out.append('<').append(tag).append(">\n");
                list.items().forEach(item -> {
                    out.append("<li>");
                    spans(item, out);
                    out.append("</li>\n");
                });
                out.append("</").append(tag).append(">\n");
            }
        }
    }

    private static void spans(List<RichText.Span> spans, StringBuilder out) {
        for (RichText.Span span : spans) {
            String text = Html.escape(span.text()).replace("\n", "<br>\n");
            if (span.href() != null) {
                text = "<a href=\"" + Html.escape(span.href()) + "\">" + text + "</a>";
            }
            out.append(span.bold() ? "<strong>" + text + "</strong>" : text);
        }
    }
}
