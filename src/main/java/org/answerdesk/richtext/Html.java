package org.answerdesk.richtext;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.HtmlUtils;

/** The one HTML escaper for text from customers, answers and links in the HTML we serve or mail. */
public final class Html {

    private Html() {
    }

    /**
     * The text safe in an element and in a quoted attribute: {@code & < > " '} escaped (Spring's
     * {@link HtmlUtils}), every other character as it is, for pages and mails declared UTF-8.
     */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
