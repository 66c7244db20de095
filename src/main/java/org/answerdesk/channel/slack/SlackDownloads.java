package org.answerdesk.channel.slack;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.slack.api.model.File;
import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.attachment.PlatformDownload;

/**
 * Downloads a Slack file ({@code url_private_download}, else {@code url_private}) with the bot token, from Slack's
 * own hosts only (a redirect only among them): the token goes nowhere else; the whole download, body included,
 * within its time-out ({@link PlatformDownload}). Staff files of the desk and customers'
 * files share it.
 */
class SlackDownloads {

    private final String botToken;
    private final String apiUrl;
    private final PlatformDownload http;

    SlackDownloads(SlackProperties properties, Duration timeout) {
        this.botToken = properties.botToken();
        this.apiUrl = properties.apiUrl();
        this.http = new PlatformDownload(timeout, this::slack);
    }

    /** The file's bytes; {@link TooLarge} when Slack's declared size or the bytes read pass {@code maxBytes}. */
    byte[] download(File file, long maxBytes) throws IOException, InterruptedException {
        if (file.getSize() != null && file.getSize() > maxBytes) {
            throw new TooLarge(file.getSize());
        }
        return download(url(file), maxBytes);
    }

    /** The URL a file is downloaded from (null: none given). */
    static String url(File file) {
        return file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
    }

    /** The bytes at a file's URL; {@link TooLarge} past {@code maxBytes}. */
    byte[] download(String url, long maxBytes) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a Slack file URL");
        }
        if (!slack(uri)) {
            throw new IOException("not a Slack file URL: " + uri.getHost());
        }
        try {
            return http.get(uri, Map.of("Authorization", "Bearer " + botToken), maxBytes);
        } catch (MediaFetcher.TooLarge e) {
            throw new TooLarge(maxBytes + 1);
        }
    }

    /** Slack's hosts: {@code *.slack.com} over HTTPS, and the configured Web API's origin (the stand-in in tests). */
    private boolean slack(URI uri) {
        return PlatformDownload.httpsUnder(uri, "slack.com") || PlatformDownload.sameOrigin(uri, apiUrl);
    }

    /** Over the file size limit, known before or while downloading; the message is the size. */
    static final class TooLarge extends IOException {
        TooLarge(long size) {
            super(size + " bytes");
        }
    }
}
