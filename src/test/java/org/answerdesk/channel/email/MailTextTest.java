package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void gmailAttributionAndQuotedLinesAreCut() {
        String text = """
                Do you ship to Canada?

                On Mon, 3 Mar 2025 at 10:00, Support <support@answerdesk.test> wrote:
                > We ship to the EU.
                > Kind regards
                """;
        assertThat(MailText.newContent(text)).isEqualTo("Do you ship to Canada?");
    }

    @Test
    void attributionWrappedOverTwoLinesIsCut() {
        String text = "Thanks!\n\nOn Mon, 3 Mar 2025 at 10:00, Support Team\n<support@answerdesk.test> wrote:\n\n> old\n";
        assertThat(MailText.newContent(text)).isEqualTo("Thanks!");
    }

    @Test
    void aLineStartingWithOnIsKeptWhenItIsNoAttribution() {
        assertThat(MailText.newContent("On Monday my order did not arrive.\nWhere is it?"))
                .isEqualTo("On Monday my order did not arrive.\nWhere is it?");
    }

    @Test
    void outlookOriginalMessageAndHeaderBlockAreCut() {
        assertThat(MailText.newContent("Thanks\n\n-----Original Message-----\nFrom: Support\nold")).isEqualTo("Thanks");
        assertThat(MailText.newContent("Thanks\n________________________________\nFrom: Support\nSent: today\nold"))
                .isEqualTo("Thanks");
        assertThat(MailText.newContent("Thanks\n\nFrom: Support <s@x>\nSent: Tuesday\nTo: me\n\nold")).isEqualTo("Thanks");
    }

    @Test
    void signatureAndMobileFooterAreCut() {
        assertThat(MailText.newContent("Where is my parcel?\n\nSent from my iPhone")).isEqualTo("Where is my parcel?");
        assertThat(MailText.newContent("Where is my parcel?\n-- \nAnn\n+1 555")).isEqualTo("Where is my parcel?");
    }

    @Test
    void quotedLinesInterleavedWithAnswersKeepTheAnswers() {
        assertThat(MailText.newContent("> Which size?\nLarge, please.\n> Which colour?\nBlue."))
                .isEqualTo("Large, please.\nBlue.");
    }

    @Test
    void htmlBecomesLinesWithoutMarkupScriptsOrQuotes() {
        String html = "<html><head><title>t</title><style>p{}</style></head><body><p>Hello&nbsp;<b>you</b></p>"
                + "<div>line one<br>line two</div><ul><li>a</li><li>b</li></ul><script>x()</script>"
                + "<blockquote>quoted</blockquote><div id=\"divRplyFwdMsg\">From: old</div></body></html>";
        assertThat(MailText.fromHtml(html)).isEqualTo("Hello you\n\nline one\nline two\n\na\n\nb");
    }
}
