package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.body;
import static org.answerdesk.channel.email.TestMailServer.deliverTo;
import static org.answerdesk.channel.email.TestMailServer.header;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.answerdesk.SideLane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mailbox set-ups operators really have, each started as a whole app: the login and the sender being the same
 * address (Gmail, Microsoft 365, {@code MAIL_FROM} unset), a sender with a display name, a login without a domain,
 * addresses in mixed case. Each one starts, answers the FAQ question that waited in the mailbox during the start
 * from the FAQ (not with a handoff), and never answers mail from its own addresses.
 */
@SideLane
class EmailSetupMatrixIT {

    /**
     * @param login the IMAP login; {@code @shop.test} is appended for the GreenMail user's address when it has none
     * @param from  {@code ANSWERDESK_MAIL_FROM}, null for unset
     * @param own   the addresses the app must treat as its own, as a mail client might spell them
     */
    record Setup(String name, String login, String from, List<String> own) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Setup> setups() {
        String n = UUID.randomUUID().toString().substring(0, 6);
        return List.of(
                new Setup("from = login", "desk1-" + n + "@shop.test", "desk1-" + n + "@shop.test",
                        List.of("desk1-" + n + "@shop.test")),
                new Setup("from unset", "desk2-" + n + "@shop.test", null, List.of("desk2-" + n + "@shop.test")),
                new Setup("from with a display name = login", "desk3-" + n + "@shop.test",
                        "Support <desk3-" + n + "@shop.test>", List.of("desk3-" + n + "@shop.test")),
                new Setup("login without a domain", "desk4-" + n, "Support <desk4-" + n + "@shop.test>",
                        List.of("desk4-" + n + "@shop.test")),
                new Setup("mixed case", "Desk5-" + n + "@Shop.Test", "Support <DESK5-" + n + "@shop.TEST>",
                        List.of("desk5-" + n + "@shop.test", "Desk5-" + n + "@SHOP.test")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void theMailboxStartsAnswersFromTheFaqAndNeverItself(Setup setup) throws Exception {
        String address = setup.login().contains("@") ? setup.login() : setup.login() + "@shop.test";
        TestMailServer.MAIL.setUser(address, setup.login(), TestMailServer.PASSWORD);
        String customer = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        // waited in the mailbox while the app was down: answered from the FAQ once it is up
        deliverTo(setup.login(), mail(customer, "<" + UUID.randomUUID() + "@customer.example>", "Password",
                "How can I reset my password?"));

        try (var app = TestMailServer.startApp("answerdesk.mail.imap-username=" + setup.login(),
                "answerdesk.mail.from=" + (setup.from() == null ? "<unset>" : setup.from()))) {
            MimeMessage answer = await(() -> sentTo(customer), l -> !l.isEmpty(), "the answer to " + customer).get(0);
            assertThat(body(answer)).contains("reset link").doesNotContain("person");
            assertThat(((InternetAddress) answer.getFrom()[0]).getAddress()).isEqualToIgnoringCase(address);

            for (String own : setup.own()) {
                deliverTo(setup.login(), mail(own, "<" + UUID.randomUUID() + "@shop.test>", "Re: Password",
                        "How can I reset my password?"));
            }
            String next = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
            deliverTo(setup.login(), mail(next, "<" + UUID.randomUUID() + "@customer.example>", "Shipping",
                    "Do you ship to Canada?"));
            await(() -> sentTo(next), l -> !l.isEmpty(), "the answer to " + next); // read in order
            for (String own : setup.own()) {
                assertThat(sentTo(own)).as("answers to our own address %s", own)
                        .noneMatch(m -> String.valueOf(header(m, "Message-ID")).startsWith("<answerdesk."));
            }
        }
    }
}
