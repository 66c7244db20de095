package org.answerdesk.channel.email;

import org.answerdesk.ReadsTheLog;
import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.mail;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The overall hourly limit on answers to addresses that have never written to us (here 2): past it, mail whose
 * answer would go to a new address is stored, counted and logged but not answered, whoever sends it, while
 * addresses that have written before are still answered.
 */
@ReadsTheLog
@SpringBootTest
@ContextConfiguration(initializers = {TestMailServer.Settings.class, EmailNewcomerLimitIT.Limit.class})
@ExtendWith(OutputCaptureExtension.class)
class EmailNewcomerLimitIT {

    /** Over the test server's settings, which lift this limit for the other email tests. */
    static final class Limit implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("answerdesk.mail.max-replies-to-new-addresses-per-hour=2").applyTo(context);
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void pastTheLimitNewAddressesGetNoAnswerButTheMailIsKeptAndKnownAddressesAreAnswered(CapturedOutput output)
            throws Exception {
        String ann = customer();
        String victim = customer();
        String lateVictim = customer();
        String latecomer = customer();
        deliver(mail(ann, id(), "Password", "How can I reset my password?"));
        deliver(mail(customer(), id(), "Password", "How can I reset my password?", "Reply-To: " + victim));
        // the limit is reached: neither a third party in Reply-To nor a new customer gets an answer
        String overLimit = id();
        deliver(mail(customer(), overLimit, "Password", "How can I reset my password?", "Reply-To: " + lateVictim));
        String newcomer = id();
        deliver(mail(latecomer, newcomer, "Password", "How can I reset my password?"));
        // an address that has written before is not new: answered (mail is read in order, so all above is done)
        deliver(mail(ann, id(), "Re: Password", "And how long do refunds take?"));

        await(() -> sentTo(ann), l -> l.size() == 2, "both answers to the known customer");
        assertThat(sentTo(victim)).hasSize(1);
        assertThat(sentTo(lateVictim)).isEmpty();
        assertThat(sentTo(latecomer)).isEmpty();
        assertThat(skipReason(overLimit)).startsWith("new address limit");
        assertThat(skipReason(newcomer)).startsWith("new address limit");
        Counter skipped = meters.find("answerdesk.mail.unanswered").tag("reason", "new address limit").counter();
        assertThat(skipped).isNotNull();
        assertThat(skipped.count()).isEqualTo(2.0);
        assertThat(output.getOut()).contains("Mail " + overLimit + " from ", "not answered: new address limit");
    }

    private String skipReason(String messageId) {
        return jdbc.sql("select skip_reason from message where external_message_id = :id and direction = 'IN'")
                .param("id", messageId).query(String.class).single();
    }

    private static String customer() {
        return "n-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private static String id() {
        return "<" + UUID.randomUUID() + "@customer.example>";
    }
}
