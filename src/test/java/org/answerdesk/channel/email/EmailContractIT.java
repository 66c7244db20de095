package org.answerdesk.channel.email;

import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.HttpApi;
import org.answerdesk.channel.ChannelAdapterContract;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.feedback.Vote;
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
}
