package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.deliverTo;
import static org.answerdesk.channel.email.TestMailServer.deliverUnannounced;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.SideLane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mail the server lists in a search but never announced on the reader's connection is still read: the reader
 * notices that the search names a message past the end of its view and opens the mailbox again. Before, the mail
 * library dropped such numbers without a word and the mail sat unread for as long as the connection lived (a full
 * test run lost "Do you ship to Canada?" this way, GreenMail having lost the announcement in a race).
 */
@SideLane
class EmailUnannouncedMailIT {

    @ParameterizedTest(name = "idle = {0}")
    @ValueSource(booleans = {true, false})
    void aMailTheServerNeverAnnouncedIsAnswered(boolean idle) throws Exception {
        String login = "desk-unannounced-" + UUID.randomUUID().toString().substring(0, 6) + "@shop.test";
        TestMailServer.MAIL.setUser(login, login, TestMailServer.PASSWORD);
        try (var app = TestMailServer.startApp("answerdesk.mail.imap-username=" + login,
                "answerdesk.mail.from=" + login, "answerdesk.mail.idle=" + idle)) {
            String first = customer();
            deliverTo(login, mail(first, messageId(), "Password", "How can I reset my password?"));
            await(() -> sentTo(first), l -> !l.isEmpty(), "the answer to " + first); // the reader has the mailbox open

            String next = customer();
            deliverUnannounced(login, mail(next, messageId(), "Password", "How do I reset my password?"));
            assertThat(await(() -> sentTo(next), l -> !l.isEmpty(), "the answer to the unannounced mail"))
                    .hasSize(1);
        }
    }

    private static String customer() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private static String messageId() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }
}
