package org.answerdesk.channel.slack;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import org.answerdesk.channel.RunTimeChannel;
import org.answerdesk.channel.RunTimeRoutes;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapters;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Slack connected from the admin page, in HTTP mode: the bot token and the signing secret of
 * {@code ANSWERDESK_SLACK_*}, and the staff desk's channel if wanted; checked with {@code auth.test}. Running, it is
 * the channel configured at start: the Events API requests ({@code /slack/events}) answer through {@link
 * RunTimeRoutes}, and the desk takes the app's handoff events (forwarded to the channel's context) and posts
 * through the desk outbox, whose claims let one instance post each.
 */
@Component
class SlackSetup extends RunTimeChannel {

    private static final List<Field> FIELDS = List.of(Field.secret("bot_token"), Field.secret("signing_secret"),
            Field.text("handoff_channel").optional());
    /** A bot user OAuth token as Slack shows it. */
    private static final Pattern BOT_TOKEN = Pattern.compile("xoxb-[A-Za-z0-9-]{1,250}");
    /** What may go into a header: printable ASCII without spaces. */
    private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7E]{1,256}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    SlackSetup(ConfigurableApplicationContext app, ChannelAdapters adapters, RunTimeRoutes routes) {
        super(app, adapters, routes, new Platform(Channel.SLACK, FIELDS, "slackHealthIndicator", "answerdesk.slack.", "bot_token"));
    }

    /** The desk's listeners take the handoffs' events, which the app publishes. */
    @Override
    protected boolean takesEvents() {
        return true;
    }

    /** HTTP mode only: Socket Mode's app token belongs in the environment with the bot token. */
    @Override
    protected Map<String, Object> properties(Map<String, String> settings) {
        var properties = new java.util.LinkedHashMap<>(super.properties(settings));
        properties.put(property("app_token"), "");
        return properties;
    }

    @Override
    public String check(Map<String, String> settings) throws CheckFailed {
        if (settings.containsKey("bot_token") && !BOT_TOKEN.matcher(settings.get("bot_token")).matches()) {
            throw new CheckFailed("that is not a bot token: Slack shows it under OAuth & Permissions as "
                    + "xoxb-... (Bot User OAuth Token)", false);
        }
        if (settings.containsKey("signing_secret") && !SECRET.matcher(settings.get("signing_secret")).matches()) {
            throw new CheckFailed("signing_secret is not valid: copy it from Basic Information > App Credentials",
                    false);
        }
        if (settings.containsKey("handoff_channel") && !CHANNEL_ID.matcher(settings.get("handoff_channel"))
                .matches()) {
            throw new CheckFailed("handoff_channel is a channel ID (such as C0123ABCD, under the channel's details), "
                    + "not its name", false);
        }
        SlackProperties slack = bind(SlackProperties.class, settings);
        if (slack.botToken() == null) {
            throw new CheckFailed("no Slack bot token is set", false);
        }
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        try (Slack client = Slack.getInstance(config)) {
            AuthTestResponse me = client.methods(slack.botToken()).authTest(r -> r);
            if (!me.isOk()) {
                throw new CheckFailed("Slack refused the bot token (" + me.getError() + "): copy it again from "
                        + "OAuth & Permissions", false);
            }
            return "@" + me.getUser() + " (" + me.getTeam() + ")";
        } catch (IOException e) {
            throw new CheckFailed("Slack's Web API at " + slack.apiUrl() + " could not be reached: "
                    + e.getMessage().replace(slack.botToken(), "***"), true);
        } catch (SlackApiException e) {
            throw new CheckFailed("Slack refused the bot token (HTTP " + e.getResponse().code() + ")",
                    e.getResponse().code() >= 500);
        } catch (Exception e) {
            if (e instanceof CheckFailed failed) {
                throw failed;
            }
            throw new CheckFailed("Slack's Web API could not be used: " + e, true);
        }
    }
}
