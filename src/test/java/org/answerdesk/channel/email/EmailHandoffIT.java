package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;

import static org.answerdesk.channel.email.TestMailServer.body;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.header;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.answerdesk.channel.slack.SlackFixtures;
import org.answerdesk.channel.slack.SlackTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Handoff end to end for an email customer (GreenMail) with Slack as the agents' desk: the staff reply reaches
 * the customer as a reply in their own mail thread, the bot stays silent meanwhile, and after ✅ it answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestMailServer.Settings.class, SlackTestServer.class})
@TestPropertySource(properties = "answerdesk.slack.handoff-channel=" + EmailHandoffIT.DESK)
class EmailHandoffIT {

    static final String DESK = "C0DESK0EM1";
    static final String STAFF = "U0STAFF001";

    @LocalServerPort
    int port;
    @Autowired
    EmailPoller poller;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmailCustomerGetsTheAgentsReplyInTheirThread() throws Exception {
        String customer = "handoff-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        String first = "<" + UUID.randomUUID() + "@customer.example>";
        int deskBefore = SlackTestServer.postedTo(DESK).size();

        deliver(mail(customer, first, "Watch valuation", "Do you appraise antique pocket watches?"));
        MimeMessage notice = await(() -> sentTo(customer), m -> m.size() == 1, "the handoff notice").get(0);
        assertThat(body(notice)).contains("person");

        Map<String, String> opened =
                SlackTestServer.awaitPostTo(DESK, deskBefore, "on email", "antique pocket watches");
        String deskTs = opened.get("response_ts");

        SlackFixtures.deliver(port, SlackFixtures.threadMessage(DESK, deskTs, SlackFixtures.now() + ".000902", STAFF,
                "We don't repair watches, sorry: a local watchmaker can help."));
        MimeMessage agentReply = await(() -> sentTo(customer), m -> m.size() == 2, "the agent's reply by mail").get(1);
        assertThat(body(agentReply)).contains("We don't repair watches, sorry: a local watchmaker can help.");
        assertThat(header(agentReply, "In-Reply-To")).isEqualTo(first);
        assertThat(agentReply.getSubject()).isEqualTo("Re: Watch valuation");

        String second = "<" + UUID.randomUUID() + "@customer.example>";
        deliver(mail(customer, second, "Re: Watch valuation", "Are you sure? It is a family heirloom.",
                "In-Reply-To: " + header(agentReply, "Message-ID"),
                "References: " + first + " " + header(agentReply, "Message-ID")));
        await(() -> SlackTestServer.postedTo(DESK).stream().filter(p -> deskTs.equals(p.get("thread_ts"))).toList(),
                p -> p.stream().anyMatch(m -> m.get("text").contains("family heirloom")), "the mail appended to the thread");
        TestMailServer.awaitSettled(poller, jdbc, customer);
        assertThat(sentTo(customer)).as("while a person has the conversation, one acknowledgement").hasSize(3);
        assertThat(body(sentTo(customer).get(2))).contains("the team has your message");

        SlackFixtures.deliver(port, SlackFixtures.reactionAdded(DESK, deskTs, STAFF, "white_check_mark"));
        await(() -> sentTo(customer), m -> m.size() >= 4, "the closing message"); // the rating request follows it
        assertThat(body(sentTo(customer).get(3))).contains("marked this conversation as resolved");
        MimeMessage rating = await(() -> sentTo(customer), m -> m.size() == 5, "the rating request").get(4);
        assertThat(body(rating)).startsWith("How did we do?").contains("/feedback/email/rating?r=");

        deliver(mail(customer, "<" + UUID.randomUUID() + "@customer.example>", "Password",
                "How do I reset my password?"));
        MimeMessage answer = await(() -> sentTo(customer), m -> m.size() == 6, "the bot's answer again").get(5);
        assertThat(body(answer)).contains("reset link");
    }

}
