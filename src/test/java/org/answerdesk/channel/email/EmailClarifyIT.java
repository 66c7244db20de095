package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.body;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.part;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.answerdesk.HttpApi;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.dialogue.HandoffReasons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Clarify choices by mail (GreenMail, the real core): an unsure question gets one autoresponse listing the likeliest
 * answers, each under its question with a signed "This answered my question" link (text and HTML part); opening a
 * link changes nothing, posting it hands the pick to the core once; an altered or unsigned link is refused. Same
 * context as {@link EmailContractIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class EmailClarifyIT {

    private static final Pattern CHOICE_LINK = Pattern.compile("(?m)^This answered my question: \\S+?(/feedback/email/choice\\?\\S+)$");
    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLikeliestAnswersComeWithSignedLinksAndAConfirmedOneIsAPickOnce() throws Exception {
        String customer = "pick-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        var api = new HttpApi(port);
        deliver(mail(customer, "<" + UUID.randomUUID() + "@customer.example>", "Refund", "money back"));
        MimeMessage offer = await(() -> sentTo(customer), m -> m.size() == 1, "the autoresponse").get(0);
        String text = part(offer, "text/plain");
        assertThat(text).contains("## How long does a refund take?\n\n").contains("3 business days")
                .contains("If none of these answers your question, there is nothing to do: a person from our team will follow up on your mail.").doesNotContain("Helpful:");
        List<String> links = new ArrayList<>();
        Matcher m = CHOICE_LINK.matcher(text);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).hasSizeBetween(2, 3);
        String html = part(offer, "text/html");
        assertThat(html).contains("<h3>How long does a refund take?</h3>");
        links.forEach(l -> assertThat(html).contains(l.replace("&", "&amp;")));
        // "money back" is offered the three refund entries; the one confirmed here is the refund's timing
        String refund = links.stream().filter(l -> api.get(l).body().contains("How long does a refund take?"))
                .findFirst().orElseThrow();
        String payload = URLDecoder.decode(refund.replaceAll(".*[?&]p=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        var pick = ChoicePayload.decode(payload).orElseThrow();
        String eventId = "email-choice:" + pick.replyId() + ":" + pick.entryId().getAsLong();

        // the ticket is open from the offer on: a person follows up unless the customer confirms an answer
        long conversation = jdbc.sql("select conversation_id from message where id = :m").param("m", pick.replyId())
                .query(Long.class).single();
        assertThat(ticket(conversation)).isEqualTo(HandoffReasons.AWAITING_PICK + " | open");
        assertThat(api.get("/api/tickets", HttpApi.ADMIN).body()).contains("\"conversation_id\":" + conversation);

        var page = api.get(refund);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("How long does a refund take?").contains("method=\"post\"")
                .contains("This answered my question");
        assertThat(presses(eventId)).as("opening the link picks nothing").isZero();

        // altered (another entry under the same signature), or unsigned: refused, nothing handed on
        String forged = refund.replace("p=" + payload.replace(":", "%3A"),
                "p=" + ChoicePayload.entry(pick.replyId(), pick.entryId().getAsLong() + 1).replace(":", "%3A"));
        assertThat(forged).isNotEqualTo(refund);
        assertThat(api.postAs(forged, FORM, "").status()).isEqualTo(400);
        assertThat(api.get(forged).status()).isEqualTo(400);
        String unsigned = refund.substring(0, refund.indexOf("&sig="));
        assertThat(api.postAs(unsigned, FORM, "").status()).isEqualTo(400);
        assertThat(api.postAs(refund.replaceAll("sig=[^&]+", "sig=AAAA"), FORM, "").body()).contains("not valid");

        long afterPickBefore = afterPick(api);
        var posted = api.postAs(refund, FORM, "");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("Thanks, glad that helped");
        List<MimeMessage> sent = await(() -> sentTo(customer), s -> s.size() == 2, "the core's answer to the pick");
        assertThat(body(sent.get(1))).contains("3 business days");
        assertThat(TestMailServer.header(sent.get(1), "In-Reply-To")).as("a reply to the offer")
                .isEqualTo(TestMailServer.header(offer, "Message-ID"));
        assertThat(api.postAs(refund, FORM, "").status()).as("confirmed twice").isEqualTo(200);
        assertThat(presses(eventId)).as("one press however often it is confirmed").isEqualTo(1);
        await(() -> jdbc.sql("""
                select m.handled_at is not null from inbox i join message m on m.id = i.message_id
                where i.channel = 'EMAIL' and i.event_id = :e""").param("e", eventId).query(Boolean.class).single(),
                h -> h, "the press handled");
        assertThat(sentTo(customer)).as("no closing message and no rating request for a ticket the customer closed")
                .hasSize(2);
        assertThat(ticket(conversation)).isEqualTo(HandoffReasons.AWAITING_PICK + " | " + HandoffReasons.CONFIRMED_BY_CUSTOMER);
        assertThat(jdbc.sql("select status from conversation where id = :c").param("c", conversation)
                .query(String.class).single()).isEqualTo("BOT");
        assertThat(afterPick(api)).as("this confirmed pick is self-service").isEqualTo(afterPickBefore + 1);
    }

    private static long afterPick(HttpApi api) {
        return api.get("/api/analytics", HttpApi.ADMIN).json().at("/self_service/after_pick").asLong();
    }

    private String ticket(long conversation) {
        return jdbc.sql("select reason || ' | ' || coalesce(resolved_by, 'open') from handoff where conversation_id = :c")
                .param("c", conversation).query(String.class).single();
    }

    private long presses(String eventId) {
        return jdbc.sql("select count(*) from inbox where channel = 'EMAIL' and event_id = :e").param("e", eventId)
                .query(Long.class).single();
    }
}
