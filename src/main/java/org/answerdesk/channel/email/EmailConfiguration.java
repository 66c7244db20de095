package org.answerdesk.channel.email;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import io.micrometer.core.instrument.MeterRegistry;

import org.answerdesk.alert.AlertMail;
import org.answerdesk.attachment.Attachments;
import org.answerdesk.brand.Branding;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.ChannelProperties;
import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.channel.PollerLeases;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.faq.FaqService;
import org.answerdesk.language.Texts;
import org.answerdesk.retrieval.FaqEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The EMAIL channel, switched on by {@code ANSWERDESK_MAIL_IMAP_HOST}: without it none of these beans exist.
 * Feedback links are signed with {@code ANSWERDESK_FEEDBACK_SECRET} and point at {@code ANSWERDESK_PUBLIC_URL}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmailConfiguration.ENABLED)
@EnableConfigurationProperties(EmailProperties.class)
class EmailConfiguration {

    static final String ENABLED = "!'${answerdesk.mail.imap-host:}'.isBlank()";

    @Bean
    FeedbackLinks emailFeedbackLinks(@Value("${answerdesk.feedback.secret:}") String secret,
                                     @Value("${answerdesk.public-url:http://localhost:8080}") String publicUrl) {
        return new FeedbackLinks(secret, publicUrl);
    }

    /** The replies' mail: threading headers, both parts, the signed links; a choice shows its FAQ answer. */
    @Bean
    ReplyComposer emailReplyComposer(EmailProperties properties, FeedbackLinks links, FaqService faq, Texts texts,
                                     Branding brand) {
        return new ReplyComposer(fromAddress(properties), links, id -> faq.find(id).map(FaqEntry::answer), texts,
                brand);
    }

    /** Signs in to IMAP and SMTP: passwords, or OAuth2 access tokens refreshed at the token endpoint. */
    @Bean
    MailLogin emailLogin(EmailProperties properties, ObjectProvider<ChannelSecrets> secrets) {
        if (!properties.oauth()) {
            return new MailLogin(properties, null);
        }
        if (EmailProperties.blank(properties.oauthClientId())) {
            throw new IllegalStateException("ANSWERDESK_MAIL_OAUTH_CLIENT_ID (answerdesk.mail.oauth-client-id) is "
                    + "required with ANSWERDESK_MAIL_OAUTH_PROVIDER: the client "
                    + "ID of the app you registered (channels/email/README.md)");
        }
        var endpoint = new TokenEndpoint(properties.effectiveTokenUrl(), properties.oauthClientId().strip(),
                properties.oauthClientSecret(), properties.timeout());
        return new MailLogin(properties, new AccessTokens(endpoint, properties,
                Optional.ofNullable(secrets.getIfAvailable()), Clock.systemUTC()));
    }

    @Bean
    EmailChannelAdapter emailChannelAdapter(EmailProperties properties, ReplyComposer composer, MailLogin login) {
        if (EmailProperties.blank(properties.smtpHost())) {
            throw new IllegalStateException("ANSWERDESK_MAIL_SMTP_HOST (answerdesk.mail.smtp-host) is required "
                    + "when ANSWERDESK_MAIL_IMAP_HOST is set");
        }
        return new EmailChannelAdapter(new SmtpReplies(properties, composer, login));
    }

    /** The owner's alerts of new tickets ({@code ANSWERDESK_ALERTS_EMAIL}) go through the same SMTP server. */
    @Bean
    AlertMail emailAlertMail(EmailProperties properties, MailLogin login) {
        return new EmailAlertMail(properties, fromAddress(properties), login);
    }

    @Bean
    EmailInbound emailInbound(EmailProperties properties, ConversationService conversations,
                          MeterRegistry meters, Attachments attachments) {
        // the login and the sender are often the same address (Gmail, Microsoft 365, MAIL_FROM unset)
        var own = new ArrayList<String>();
        own.add(fromAddress(properties).getAddress());
        if (!EmailProperties.blank(properties.imapUsername())) {
            own.add(properties.imapUsername());
        }
        var limits = new EmailInbound.Limits(properties.maxRepliesPerSenderPerHour(), properties.formSenders(),
                properties.maxRepliesToNewAddressesPerHour());
        return new EmailInbound(conversations, new LoopGuard(own), meters, limits, properties.maxMailSize().toBytes(),
                attachments);
    }

    /** Component {@code email} of {@code /actuator/health}: DOWN while the mailbox cannot be read. */
    @Bean
    ChannelHealth emailHealthIndicator(ChannelProperties channel) {
        return ChannelHealth.of(channel);
    }

    @Bean
    EmailPoller emailPoller(EmailProperties properties, EmailInbound intake,
                                @Qualifier("emailHealthIndicator") ChannelHealth health, PollerLeases leases,
                                MailLogin login) {
        return new EmailPoller(properties, intake, health, leases, login);
    }

    static InternetAddress fromAddress(EmailProperties properties) {
        String from = properties.effectiveFrom();
        try {
            var address = new InternetAddress(from == null ? "" : from, true);
            if (address.getAddress() == null || !address.getAddress().contains("@")) {
                throw new AddressException("no domain", from);
            }
            if (address.getPersonal() != null) {
                address.setPersonal(address.getPersonal(), "UTF-8");
            }
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("ANSWERDESK_MAIL_FROM (answerdesk.mail.from) must be a mail address, "
                    + "e.g. \"Support <support@example.com>\"; it is \"" + from + "\"", e);
        }
    }
}
