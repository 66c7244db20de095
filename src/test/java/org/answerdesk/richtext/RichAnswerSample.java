package org.answerdesk.richtext;

/**
 * One FAQ answer with every piece of the Markdown subset and the hostile input it must survive: a link with
 * {@code &} in its URL, a {@code javascript:} link, a script tag, unbalanced bold and stray HTML. Every channel's
 * test sends this same answer and checks its own rendering.
 */
public final class RichAnswerSample {

    /** A question no other test asks, so that the sample entry answers it and nothing else. */
    public static final String QUESTION = "What does the formatting showcase answer look like?";

    public static final String ANSWER = """
            Here is the **formatting showcase**:

            - a [safe link](https://shop.example/help?a=1&b=2)
            - a [bad link](javascript:alert(1)) stays text
            1. <script>alert("x")</script> is shown, not run
            2. **unbalanced bold & <b>tags</b>""";

    /** The answer as plain text (the email's text part). */
    public static final String PLAIN = """
            Here is the formatting showcase:

            • a safe link (https://shop.example/help?a=1&b=2)
            • a bad link stays text

            1. <script>alert("x")</script> is shown, not run
            2. **unbalanced bold & <b>tags</b>""";

    private RichAnswerSample() {
    }
}
