package org.answerdesk.channel.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Slack channel ({@code answerdesk.slack.*}, e.g. {@code ANSWERDESK_SLACK_BOT_TOKEN}). The channel is on when
 * a bot token is set. With an app token it connects by Socket Mode; with a signing secret it takes Events API
 * requests at {@code POST /slack/events}; at least one of the two is needed.
 *
 * @param botToken      the bot user OAuth token ({@code xoxb-...}); never logged
 * @param signingSecret verifies Events API requests (HTTP mode); never logged
 * @param appToken      an app-level token with {@code connections:write} ({@code xapp-...}) for Socket Mode; never
 *                      logged
 * @param apiUrl        the Web API base URL, ending in a slash
 * @param handoffChannel the channel id where each conversation handed to a person gets a thread (the agents'
 *                       desk); unset: no desk in Slack
 */
@ConfigurationProperties("answerdesk.slack")
public record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        String handoffChannel) {

    public SlackProperties {
        botToken = blankToNull(botToken);
        signingSecret = blankToNull(signingSecret);
        appToken = blankToNull(appToken);
        handoffChannel = blankToNull(handoffChannel);
        if (apiUrl == null || apiUrl.isBlank()) {
            apiUrl = "https://slack.com/api/";
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    boolean socketMode() {
        return appToken != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        // tokens and the signing secret stay out of logs and error messages
        return "SlackProperties[botToken=" + (botToken == null ? "unset" : "set") + ", signingSecret="
                + (signingSecret == null ? "unset" : "set") + ", appToken=" + (appToken == null ? "unset" : "set")
                + ", apiUrl=" + apiUrl + ", handoffChannel=" + handoffChannel + "]";
    }
}
