package org.answerdesk.channel.whatsapp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.attachment.AttachmentProperties;
import org.answerdesk.attachment.IncomingFile;
import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.attachment.PlatformDownload;
import org.answerdesk.conversation.Channel;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The media of a WhatsApp message (image, document, audio, video) as an {@link IncomingFile}, and its download:
 * the media id gives a short-lived URL ({@code GET /{media-id}}), which is fetched with the same token, both from
 * Meta's hosts only and each within the download time-out, body included ({@link PlatformDownload}).
 */
@Component
@Conditional(WhatsAppConditions.Enabled.class)
class WhatsAppFiles implements MediaFetcher {

    private static final Set<String> KEPT = Set.of("image", "document", "audio", "video");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where Meta serves media from, besides the Graph API's own host. */
    private static final List<String> MEDIA_DOMAINS = List.of("fbsbx.com", "facebook.com", "whatsapp.net");
    /** The media lookup's JSON is a few hundred bytes. */
    private static final long MAX_INFO = 64 * 1024;

    private final WhatsAppProperties properties;
    private final PlatformDownload http;

    WhatsAppFiles(WhatsAppProperties properties, AttachmentProperties attachments) {
        this.properties = properties;
        // the token goes to Meta's hosts only: a media URL or a redirect elsewhere is refused before it is asked
        this.http = new PlatformDownload(attachments.downloadTimeout(), url -> meta(url, properties.apiUrl()));
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
        var auth = Map.of("Authorization", "Bearer " + properties.accessToken().strip());
        JsonNode info = JSON.readTree(http.get(URI.create(base + "/" + URLEncoder.encode(mediaId,
                StandardCharsets.UTF_8)), auth, MAX_INFO));
        if (info.path("file_size").asLong(0) > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        URI url;
        try {
            url = URI.create(info.path("url").asString(""));
        } catch (IllegalArgumentException e) {
            throw new IOException("WhatsApp media " + mediaId + " has no usable download URL");
        }
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new IOException("WhatsApp media " + mediaId + " has no download URL");
        }
        return http.get(url, auth, maxBytes);
    }

    /**
     * Meta's hosts: the configured Graph API's origin (the stand-in in tests), and Meta's media CDN over HTTPS
     * ({@code lookaside.fbsbx.com} today).
     */
    private static boolean meta(URI url, String apiUrl) {
        return PlatformDownload.sameOrigin(url, apiUrl) || MEDIA_DOMAINS.stream()
                .anyMatch(d -> PlatformDownload.httpsUnder(url, d));
    }
}
