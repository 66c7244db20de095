package org.answerdesk.channel.email;

import static org.answerdesk.FaqRows.answerOf;
import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.body;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.ConversationRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * By mail (GreenMail, the real core): a reply "Thanks, that worked!" to the bot's answer, quoting it, is a thanks in
 * the same thread: a short closing mail, a confirmed resolution, no ticket; a mail with two questions gets both
 * answers in one reply mail, in order, each with its own feedback links. Same context as {@link EmailContractIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class EmailSmallTalkIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thanksInReplyToTheAnswerClosesTheThreadWithoutATicket() throws Exception {
        String customer = "st-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        String first = "<" + UUID.randomUUID() + "@customer.example>";
        deliver(mail(customer, first, "Password", "How do I reset my password?"));
        String answer = body(await(() -> sentTo(customer), m -> m.size() == 1, "the answer").get(0));
        assertThat(answer).contains("reset link");

        deliver(mail(customer, "<" + UUID.randomUUID() + "@customer.example>", "Re: Password",
                "Thanks, that worked!\r\n\r\nOn Monday the support team wrote:\r\n> " + answer.lines().findFirst()
                        .orElse(""), "In-Reply-To: " + first, "References: " + first));
        String closing = body(await(() -> sentTo(customer), m -> m.size() == 2, "the closing reply").get(1));
        assertThat(closing).contains("You're welcome! Glad that helped.");
        assertThat(ConversationRows.handoffs(jdbc, "EMAIL", first)).isZero();
        assertThat(ConversationRows.confirmed(jdbc, "EMAIL", first)).isTrue();
    }

    @Test
    void twoQuestionsInOneMailGetOneReplyWithBothAnswersInOrder() throws Exception {
        String customer = "two-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        String id = "<" + UUID.randomUUID() + "@customer.example>";
        deliver(mail(customer, id, "Shipping", "Hello,\r\n\r\nWhich countries do you ship to? And do you offer "
                + "express shipping?\r\n\r\nThanks, Maria"));
        var mails = await(() -> sentTo(customer), m -> !m.isEmpty(), "the reply");
        String text = body(mails.get(0));
        String first = plain(answerOf(jdbc, "Which countries do you ship to?"));
        String second = plain(answerOf(jdbc, "Do you offer express shipping?"));
        assertThat(text).contains(first, second);
        assertThat(text.indexOf(first)).as("in the order asked").isLessThan(text.indexOf(second));
        assertThat(text.split("Helpful: ", -1)).as("feedback links for each answer").hasSize(3);
        assertThat(TestMailServer.part(mails.get(0), "text/html")).contains("Was this answer helpful?");
        var replies = await(() -> jdbc.sql("""
                select m.delivery_status || ' ' || coalesce(m.external_message_id, '') from message m
                join conversation c on c.id = m.conversation_id
                where c.channel = 'EMAIL' and c.external_key = :k and m.direction = 'OUT' order by m.part
                """).param("k", id).query(String.class).list(), l -> l.size() == 2 && l.stream()
                .allMatch(r -> r.startsWith("SENT ")), "both answers sent");
        assertThat(replies.get(1)).as("in the same mail").isEqualTo(replies.get(0))
                .endsWith(mails.get(0).getMessageID());
        org.answerdesk.Settled.await(jdbc, "select id from conversation where channel = 'EMAIL' and external_key = :k",
                java.util.Map.of("k", id), "the conversation");
        assertThat(sentTo(customer)).as("one mail").hasSize(1);
    }

    /** The first line of an answer as the text part shows it (no markup). */
    private static String plain(String answer) {
        return org.answerdesk.richtext.RichText.parse(answer).plain().strip().lines().findFirst().orElseThrow();
    }
}
