package org.answerdesk.channel.email;

import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.ChannelAdapterContract;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.feedback.Vote;
import org.answerdesk.richtext.RichAnswerSample;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The email channel under the shared adapter contract: customers mail the support mailbox on GreenMail, replies
 * come back by SMTP, and a vote is the button behind the signed link in the reply (a POST to the link).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class EmailContractIT extends ChannelAdapterContract {

    @LocalServerPort
    int port;
    @Autowired
    EmailPoller poller;

    @Override
    protected Channel channel() {
        return Channel.EMAIL;
    }

    private static String address(String thread) {
        return thread + "@customer.example";
    }

    @Override
    protected void platformDeliversMessage(String deliveryId, String thread, String text) throws Exception {
        TestMailServer.deliver(TestMailServer.mail(address(thread), "<" + deliveryId + "@customer.example>",
                "A question", text));
    }

    @Override
    protected void awaitIntakeOfDeliveries() {
        TestMailServer.awaitMailboxRead(poller);
    }

    @Override
    protected List<String> textsSentTo(String thread) {
        return sentTo(address(thread)).stream().map(TestMailServer::body).toList();
    }

    @Override
    protected void platformDeliversReaction(String deliveryId, String thread, MessageRef target, Vote vote,
                                            boolean added) {
        var reply = sentTo(address(thread)).stream()
                .filter(m -> target.externalMessageId().equals(TestMailServer.header(m, "Message-ID")))
                .findFirst().orElseThrow();
        // the customer opens the link and presses the button: the page's form posts to the same signed link
        var response = new HttpApi(port).postAs(TestMailServer.feedbackLink(reply, vote == Vote.UP),
                "application/x-www-form-urlencoded", "");
        assertThat(response.status()).isEqualTo(200);
    }

    @Override
    protected boolean canRetractVotes() {
        return false;
    }

    @Override
    protected void assertRichSampleSentTo(String thread) throws Exception {
        var mail = sentTo(address(thread)).get(0);
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
        assertThat(TestMailServer.part(mail, "text/plain")).startsWith(RichAnswerSample.PLAIN + "\n")
                .contains("Helpful: http");
        assertThat(TestMailServer.part(mail, "text/html"))
                .contains("<p>Here is the <strong>formatting showcase</strong>:</p>")
                .contains("<li>a <a href=\"https://shop.example/help?a=1&amp;b=2\">safe link</a></li>")
                .contains("<li>a bad link stays text</li>")
                .contains("<ol>\n<li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; is shown, not run</li>")
                .contains("<li>**unbalanced bold &amp; &lt;b&gt;tags&lt;/b&gt;</li>")
                .contains("Helpful</a>")
                .doesNotContain("javascript").doesNotContain("<script");
    }

    /** The autoresponse's signed "This answered my question" link per entry, in both parts; mail has no buttons. */
    @Override
    protected void assertChoicesSentTo(String thread, List<String> entryPayloads, String somethingElse) {
        var mail = sentTo(address(thread)).stream().filter(m -> TestMailServer.body(m).contains("This answered my question"))
                .findFirst().orElseThrow();
        String text = TestMailServer.part(mail, "text/plain");
        String html = TestMailServer.part(mail, "text/html");
        for (String payload : entryPayloads) {
            String link = FeedbackLinks.CHOICE_PATH + "?p=" + java.net.URLEncoder.encode(payload,
                    java.nio.charset.StandardCharsets.UTF_8) + "&";
            assertThat(text).contains("This answered my question" + ": http").contains(link);
            assertThat(html).contains(link.replace("&", "&amp;"));
        }
        assertThat(text).doesNotContain(somethingElse);
    }
}
