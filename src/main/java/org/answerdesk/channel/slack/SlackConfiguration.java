package org.answerdesk.channel.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.answerdesk.attachment.AttachmentProperties;
import org.answerdesk.attachment.Attachments;
import org.answerdesk.attachment.StaffFiles;
import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.ChannelProperties;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.channel.Presses;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.faq.FaqCandidateService;
import org.answerdesk.handoff.DeskOutbox;
import org.answerdesk.handoff.HandoffService;
import org.answerdesk.language.Languages;
import org.answerdesk.language.Texts;
import org.answerdesk.satisfaction.SatisfactionService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Slack channel, on when {@code ANSWERDESK_SLACK_BOT_TOKEN} is set. One Bolt app serves both the Events API
 * controller (HTTP mode) and Socket Mode. Creating it calls {@code auth.test}, so a wrong token stops the start
 * with a clear message.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConditions.Enabled.class)
@EnableConfigurationProperties(SlackProperties.class)
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean(destroyMethod = "close")
    Slack slack(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(properties.apiUrl());
        return Slack.getInstance(config);
    }

    /**
     * Component {@code slack} of {@code /actuator/health}: the Socket Mode connection, or in HTTP mode the events
     * taken in (DOWN while events cannot be stored for longer than {@code answerdesk.channel.stuck-after}).
     */
    @Bean
    ChannelHealth slackHealthIndicator(ChannelProperties channel) {
        return ChannelHealth.of(channel);
    }

    @Bean
    SlackEventGuard slackEventGuard(ConversationService conversations,
                                    @Qualifier("slackHealthIndicator") ChannelHealth health) {
        return new SlackEventGuard(conversations, health);
    }

    @Bean
    SlackInbound slackInbound(ConversationService conversations, ConversationDesk conversationDesk,
                            ObjectProvider<SlackHandoffDesk> desk, SlackEventGuard guard,
                            ObjectProvider<SlackDeskFiles> deskFiles, Attachments attachments) {
        return new SlackInbound(conversations, conversationDesk, desk.getIfAvailable(), guard)
                .withDeskFiles(deskFiles.getIfAvailable()).withCustomerFiles(attachments);
    }

    /** The download of the files customers share, for the attachment collector. */
    @Bean
    SlackFiles slackFiles(SlackProperties properties, AttachmentProperties attachments) {
        return new SlackFiles(new SlackDownloads(properties, attachments.downloadTimeout()));
    }

    /** Files staff upload in the desk's threads, for the customer. */
    @Bean
    @Conditional(SlackConditions.HandoffDesk.class)
    SlackDeskFiles slackDeskFiles(SlackProperties properties, AttachmentProperties attachments,
                                  HandoffService handoffs, StaffFiles files, ConversationService conversations,
                                  SlackPoster poster, MeterRegistry meters, Texts texts, Languages languages) {
        return new SlackDeskFiles(properties, attachments, handoffs, files, conversations, poster, meters,
                new StaffWords(texts, languages.defaultLanguage()));
    }

    /** The agents' desk, when {@code ANSWERDESK_SLACK_HANDOFF_CHANNEL} is set. */
    @Bean
    @Conditional(SlackConditions.HandoffDesk.class)
    SlackHandoffDesk slackHandoffDesk(SlackPoster poster, SlackProperties properties, HandoffService handoffs,
                                      FaqCandidateService candidates, ConversationService conversations,
                                      DeskOutbox deskOutbox, Attachments attachments, Texts texts,
                                      Languages languages) {
        return new SlackHandoffDesk(poster, properties.handoffChannel(), handoffs, candidates, conversations, deskOutbox,
                attachments, new StaffWords(texts, languages.defaultLanguage()));
    }

    @Bean
    App slackApp(SlackProperties properties, Slack slack, SlackInbound events, SatisfactionService satisfaction,
                 Presses presses, ConversationDesk desk) {
        if (properties.signingSecret() == null && !properties.socketMode()) {
            throw new IllegalStateException("Slack is on (ANSWERDESK_SLACK_BOT_TOKEN) but neither"
                    + " ANSWERDESK_SLACK_SIGNING_SECRET (HTTP mode) nor ANSWERDESK_SLACK_APP_TOKEN (Socket Mode) is set");
        }
        App app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(properties.botToken())
                .signingSecret(properties.signingSecret())
                .requestVerificationEnabled(properties.signingSecret() != null)
                // SlackInbound filters bot messages itself, without Bolt's extra bots.info calls
                .ignoringSelfEventsEnabled(false)
                // Bolt answers 404 to events without a handler (edits, deletions, joins); Slack would retry those
                .unmatchedRequestHandler(request -> request.getRequestType() == RequestType.Event ? Response.ok()
                        : Response.json(404, "{\"error\":\"no handler found\"}"))
                .build());
        events.registerOn(app);
        new SlackChoices(satisfaction, presses, desk).registerOn(app);
        new SlackClarify(presses).registerOn(app);
        log.info("Slack channel on: {} ({})", properties.socketMode() ? "Socket Mode" : "HTTP mode at /slack/events",
                properties);
        return app;
    }

    @Bean
    SlackPoster slackPoster(Slack slack, SlackProperties properties) {
        return new SlackPoster(slack, properties.botToken());
    }

    /** Files staff send to a customer on Slack. */
    @Bean
    SlackFileSender slackFileSender(SlackPoster poster) {
        return new SlackFileSender(poster);
    }

    @Bean
    SlackChannelAdapter slackChannelAdapter(SlackPoster poster, Texts texts) {
        return new SlackChannelAdapter(poster, texts);
    }

    @Bean
    @Conditional(SlackConditions.SocketMode.class)
    SlackSocketMode slackSocketMode(App slackApp, SlackProperties properties,
                                    @Qualifier("slackHealthIndicator") ChannelHealth health) {
        return new SlackSocketMode(slackApp, properties.appToken(), health);
    }
}
