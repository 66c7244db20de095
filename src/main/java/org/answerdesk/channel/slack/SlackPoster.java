package org.answerdesk.channel.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.block.LayoutBlock;
import org.answerdesk.conversation.DeliveryException;

/**
 * {@code chat.postMessage} as escaped-mrkdwn text, with Slack's failures sorted the way a retry needs them: rate
 * limits carry their wait, errors that trying again cannot fix are permanent, everything else is worth another go.
 */
final class SlackPoster {

    /** Web API errors that do not go away by trying again. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "msg_too_long", "no_text", "restricted_action", "cannot_reply_to_message", "user_disabled",
            "account_inactive");
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(30);

    private final Slack slack;
    private final String botToken;

    SlackPoster(Slack slack, String botToken) {
        this.slack = slack;
        this.botToken = botToken;
    }

    /** Posts {@code text} to the channel, in the thread {@code threadTs} when it is not null; the accepted post. */
    ChatPostMessageResponse post(String channel, String threadTs, String text) throws DeliveryException {
        return post(channel, threadTs, text, null);
    }

    /** As {@link #post(String, String, String)}, with Block Kit blocks ({@code text} stays the notification text). */
    ChatPostMessageResponse post(String channel, String threadTs, String text, List<LayoutBlock> blocks)
            throws DeliveryException {
        ChatPostMessageResponse response;
        try {
            response = slack.methods(botToken).chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                    .text(text).blocks(blocks).mrkdwn(true).unfurlLinks(false).unfurlMedia(false));
        } catch (SlackApiException e) {
            throw failed(e);
        } catch (IOException e) {
            throw DeliveryException.retryable("chat.postMessage failed: " + e, e);
        }
        if (!response.isOk()) {
            String error = response.getError();
            if ("ratelimited".equals(error)) {
                throw DeliveryException.retryAfter("chat.postMessage: ratelimited", DEFAULT_RATE_LIMIT_WAIT);
            }
            String reason = "chat.postMessage: " + error;
            throw PERMANENT.contains(error) ? DeliveryException.permanent(reason, null)
                    : DeliveryException.retryable(reason, null);
        }
        return response;
    }

    /**
     * Uploads a file into the thread with Slack's external upload flow ({@code files.getUploadURLExternal}, the
     * bytes to the URL it gives, {@code files.completeUploadExternal}); {@code files.upload} is retired. The file's
     * Slack id.
     */
    String upload(String channel, String threadTs, String name, byte[] bytes) throws DeliveryException {
        return upload(channel, threadTs, name, bytes, null);
    }

    /** As {@link #upload(String, String, String, byte[])}, with a message posted with the file (null: none). */
    String upload(String channel, String threadTs, String name, byte[] bytes, String comment)
            throws DeliveryException {
        FilesUploadV2Response response;
        try {
            response = slack.methods(botToken).filesUploadV2(r -> r.channel(channel).threadTs(threadTs)
                    .filename(name).title(name).fileData(bytes).initialComment(comment));
        } catch (SlackApiException e) {
            throw failed(e);
        } catch (IOException e) {
            throw DeliveryException.retryable("file upload failed: " + e, e);
        }
        if (!response.isOk()) {
            String error = response.getError();
            if ("ratelimited".equals(error)) {
                throw DeliveryException.retryAfter("file upload: ratelimited", DEFAULT_RATE_LIMIT_WAIT);
            }
            throw PERMANENT.contains(error) ? DeliveryException.permanent("file upload: " + error, null)
                    : DeliveryException.retryable("file upload: " + error, null);
        }
        return response.getFile() != null ? response.getFile().getId()
                : response.getFiles() == null || response.getFiles().isEmpty() ? "" : response.getFiles().get(0).getId();
    }

    private static DeliveryException failed(SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429) {
            return DeliveryException.retryAfter("chat.postMessage: HTTP 429", retryAfter(e.getResponse().header("Retry-After")));
        }
        // 5xx, and anything else unexpected, is worth another try
        return DeliveryException.retryable("chat.postMessage: HTTP " + status, e);
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? DEFAULT_RATE_LIMIT_WAIT : Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
    }
}
