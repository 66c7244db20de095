package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopGuardTest {

    private final LoopGuard guard = new LoopGuard(Set.of("Support@AnswerDesk.test", "imap-login@answerdesk.test"));

    private static ParsedMail mail(String from, String... headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i].toLowerCase(), headers[i + 1]);
        }
        var reply = new MailHeaders("<m@x>", List.of(), "s", map.getOrDefault("reply-to", from), List.of());
        return new ParsedMail("<m@x>", "<m@x>", from, null, "text", reply, map);
    }

    @Test
    void anOrdinaryCustomerMailIsAnswered() {
        assertThat(guard.reasonNotToAnswer(mail("ann@customer.example", "Auto-Submitted", "no",
                "Precedence", "first-class", "X-Auto-Response-Suppress", "DR, RN"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Auto-Submitted|auto-replied",
        "Auto-Submitted|auto-generated; owner-email=x@y",
        "Auto-Submitted|Auto-Notified",
        "Precedence|bulk",
        "Precedence|Junk",
        "Precedence|list",
        "List-Id|<news.shop.example>",
        "List-Unsubscribe|<mailto:u@shop.example>",
        "X-Auto-Response-Suppress|All",
        "X-Auto-Response-Suppress|DR, OOF",
        "X-Auto-Response-Suppress|AutoReply",
        "X-Autoreply|yes",
        "Return-Path|<>",
        "Content-Type|multipart/report; report-type=delivery-status; boundary=x",
        "Content-Type|Multipart/Report; report-type=disposition-notification; boundary=x",
        "Content-Type|message/delivery-status",
        "Content-Type|message/disposition-notification",
    })
    void automaticOrListMailIsNotAnswered(String header, String value) {
        assertThat(guard.reasonNotToAnswer(mail("ann@customer.example", header, value))).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"mailer-daemon@mx.example", "postmaster@example.com", "noreply@shop.example",
        "no-reply@accounts.example", "noreply-billing@shop.example", "support@answerdesk.test",
        "imap-login@answerdesk.test"})
    void systemSendersAndOurOwnAddressAreNotAnswered(String from) {
        assertThat(guard.reasonNotToAnswer(mail(from))).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"delivery-report.eml", "read-receipt.eml", "delivery-status.eml"})
    void deliveryReportsAndReadReceiptsWithoutAnEmptyReturnPathAreNotAnswered(String fixture) throws Exception {
        var mail = new MailParser().parse(TestMailServer.fixture(fixture));
        assertThat(mail.header("Return-Path")).isNull();
        assertThat(guard.reasonNotToAnswer(mail)).hasValueSatisfying(r -> assertThat(r).startsWith("report: "));
    }

    @Test
    void aContactFormFromANoreplyAddressIsAnsweredToTheCustomerInReplyTo() {
        assertThat(guard.reasonNotToAnswer(mail("noreply@site.example", "Reply-To", "ann@customer.example"))).isEmpty();
        assertThat(guard.reasonNotToAnswer(mail("ann@customer.example", "Reply-To", "noreply@site.example")))
                .isPresent();
        assertThat(guard.reasonNotToAnswer(mail("ann@customer.example", "Reply-To", "support@answerdesk.test")))
                .isPresent();
    }

    @Test
    void theSameAddressAsSenderAndLoginInAnyCaseIsOurOwn() {
        var same = new LoopGuard(List.of("support@shop.test", "Support@Shop.Test", "support@shop.test"));
        assertThat(same.reasonNotToAnswer(mail("support@shop.test"))).contains("from our own address");
    }

    @Test
    void similarLookingCustomerAddressesAreAnswered() {
        assertThat(guard.reasonNotToAnswer(mail("noreen@customer.example"))).isEmpty();
        assertThat(guard.reasonNotToAnswer(mail("support@customer.example"))).isEmpty();
    }
}
