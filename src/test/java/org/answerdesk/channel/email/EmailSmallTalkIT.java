package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.body;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * By mail (GreenMail, the real core): a reply "Thanks, that worked!" to the bot's answer, quoting it, is a thanks in
 * the same thread: a short closing mail, a confirmed resolution, no ticket; a mail with two questions gets both
 * answers. Same context as {@link EmailContractIT}.
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
        assertThat(jdbc.sql("""
                select count(*) from handoff h join conversation c on c.id = h.conversation_id
                where c.channel = 'EMAIL' and c.external_key = :k
                """).param("k", first).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select confirmed_at is not null from conversation where channel = 'EMAIL' and "
                + "external_key = :k").param("k", first).query(Boolean.class).single()).isTrue();
    }
}
