package org.answerdesk.channel.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import com.slack.api.model.File;

/**
 * Downloads a Slack file ({@code url_private_download}, else {@code url_private}) with the bot token, from Slack's
 * own hosts only, without following redirects: the token goes nowhere else. Staff files of the desk and customers'
 * files share it.
 */
class SlackDownloads {

    private final String botToken;
    private final String apiHost;
    private final Duration timeout;
    private final HttpClient http;

    SlackDownloads(SlackProperties properties, Duration timeout) {
        this.botToken = properties.botToken();
        this.apiHost = URI.create(properties.apiUrl()).getHost();
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout
                : Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
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
        URI uri = URI.create(url == null ? "" : url);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!host.endsWith(".slack.com") && !host.equals(apiHost)) {
            throw new IOException("not a Slack file URL: " + host);
        }
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + botToken).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLarge(bytes.length);
            }
            return bytes;
        }
    }

    /** Over the file size limit, known before or while downloading; the message is the size. */
    static final class TooLarge extends IOException {
        TooLarge(long size) {
            super(size + " bytes");
        }
    }
}
