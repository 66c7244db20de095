package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

class MailFetcherTest {

    /** A server's word on a mail's size, which may be wrong. */
    private static MimeMessage mailClaimingSize(int claimed, String body) throws MessagingException {
        String source = "From: a@example.com\r\nTo: support@example.com\r\nSubject: hi\r\n"
                + "Message-ID: <lie@example.com>\r\n\r\n" + body;
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(source.getBytes(StandardCharsets.US_ASCII))) {
            @Override
            public int getSize() {
                return claimed;
            }
        };
    }

    @Test
    void aMailThatGrowsPastTheLimitWhileReadIsRefusedWithoutReadingTheRest() throws Exception {
        var mail = mailClaimingSize(100, "x".repeat(200_000));

        assertThat(MailFetcher.readAtMost(mail, 50_000)).isEmpty();
    }

    @Test
    void aMailWithinTheLimitIsReadWhole() throws Exception {
        var mail = mailClaimingSize(-1, "hello there");

        var source = MailFetcher.readAtMost(mail, 50_000);

        assertThat(source).isPresent();
        assertThat(new String(source.get(), StandardCharsets.US_ASCII)).contains("Subject: hi").endsWith("hello there");
    }

    @Test
    void aMailOfExactlyTheLimitIsRead() throws Exception {
        var whole = MailFetcher.readAtMost(mailClaimingSize(0, "y".repeat(1000)), 1_000_000).orElseThrow();

        assertThat(MailFetcher.readAtMost(mailClaimingSize(0, "y".repeat(1000)), whole.length)).isPresent();
        assertThat(MailFetcher.readAtMost(mailClaimingSize(0, "y".repeat(1000)), whole.length - 1)).isEmpty();
    }
}
