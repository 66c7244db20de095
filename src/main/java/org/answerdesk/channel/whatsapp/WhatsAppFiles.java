package org.answerdesk.channel.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.attachment.AttachmentProperties;
import org.answerdesk.attachment.IncomingFile;
import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.conversation.Channel;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The media of a WhatsApp message (image, document, audio, video) as an {@link IncomingFile}, and its download:
 * the media id gives a short-lived URL ({@code GET /{media-id}}), which is fetched with the same token.
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppFiles implements MediaFetcher {

    private static final Set<String> KEPT = Set.of("image", "document", "audio", "video");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WhatsAppProperties properties;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    WhatsAppFiles(WhatsAppProperties properties, AttachmentProperties attachments) {
        this.properties = properties;
        this.timeout = attachments.downloadTimeout();
    }

    static Optional<IncomingFile> of(JsonNode m, String type, String wamid, String waId) {
        JsonNode media = m.path(type);
        String id = media.path("id").asString("");
        if (!KEPT.contains(type) || id.isBlank()) {
            return Optional.empty();
        }
        String name = media.path("filename").asString(null);
        return Optional.of(IncomingFile.remote(Channel.WHATSAPP, wamid, 0, "whatsapp:" + waId,
                WhatsAppInbound.mediaKind(type), name != null ? name : type + "-" + id,
                media.path("mime_type").asString(null), null, id));
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public byte[] fetch(String mediaId, long maxBytes) throws IOException {
        String base = properties.apiUrl().strip().replaceAll("/+$", "");
        JsonNode info = JSON.readTree(get(URI.create(base + "/" + URLEncoder.encode(mediaId, StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString()));
        if (info.path("file_size").asLong(0) > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        String url = info.path("url").asString("");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IOException("WhatsApp media " + mediaId + " has no download URL");
        }
        try (InputStream in = get(URI.create(url), HttpResponse.BodyHandlers.ofInputStream())) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            return bytes;
        }
    }

    private <T> T get(URI uri, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            HttpResponse<T> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Authorization", "Bearer " + properties.accessToken().strip()).GET().build(), body);
            if (response.statusCode() / 100 != 2) {
                if (response.body() instanceof InputStream in) {
                    in.close();
                }
                throw new IOException("WhatsApp media: HTTP " + response.statusCode() + " from " + uri.getPath());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
