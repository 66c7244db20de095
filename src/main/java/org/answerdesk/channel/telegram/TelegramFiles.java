package org.answerdesk.channel.telegram;

import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.answerdesk.attachment.AttachmentProperties;
import org.answerdesk.attachment.IncomingFile;
import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.attachment.PlatformDownload;
import org.answerdesk.conversation.Channel;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The file of a Telegram message (the largest size of a photo, a document, a voice note, a video, an audio) as an
 * {@link IncomingFile}, and its download: {@code getFile} for its path, then the file URL of the configured Bot API
 * (its host only, within the download time-out: {@link PlatformDownload}). Stickers and video notes are not kept.
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class TelegramFiles implements MediaFetcher {

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final PlatformDownload download;

    TelegramFiles(TelegramProperties properties, AttachmentProperties attachments) {
        this.properties = properties;
        // each call (getFile, the download) within the download time-out, body included, not the sending client's
        // read time-out; no redirect is followed by the library's client, the download's only to the Bot API's host
        var http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
                .callTimeout(attachments.downloadTimeout()).followRedirects(false).followSslRedirects(false).build();
        this.client = new OkHttpTelegramClient(http, properties.botToken(), properties.telegramUrl());
        var api = properties.telegramUrl();
        String origin = api.getSchema() + "://" + api.getHost() + ":" + api.getPort();
        this.download = new PlatformDownload(attachments.downloadTimeout(),
                u -> PlatformDownload.sameOrigin(u, origin));
    }

    static Optional<IncomingFile> of(String eventId, Message m) {
        String client = m.getFrom() == null ? "" : "telegram:" + m.getFrom().getId();
        if (m.hasPhoto()) {
            var largest = m.getPhoto().stream().max(Comparator.comparing(p -> p.getWidth() * (long) p.getHeight()));
            return largest.map(p -> IncomingFile.remote(Channel.TELEGRAM, eventId, 0, client, "photo",
                    "photo-" + m.getMessageId() + ".jpg", "image/jpeg", size(p.getFileSize()), p.getFileId()));
        }
        if (m.hasDocument()) {
            var d = m.getDocument();
            return Optional.of(IncomingFile.remote(Channel.TELEGRAM, eventId, 0, client, "document", d.getFileName(),
                    d.getMimeType(), d.getFileSize(), d.getFileId()));
        }
        if (m.hasVoice()) {
            var v = m.getVoice();
            return Optional.of(IncomingFile.remote(Channel.TELEGRAM, eventId, 0, client, "voice",
                    "voice-" + m.getMessageId() + ".ogg", v.getMimeType(), v.getFileSize(), v.getFileId()));
        }
        if (m.hasVideo()) {
            var v = m.getVideo();
            return Optional.of(IncomingFile.remote(Channel.TELEGRAM, eventId, 0, client, "video", v.getFileName(),
                    v.getMimeType(), v.getFileSize(), v.getFileId()));
        }
        if (m.hasAudio()) {
            var a = m.getAudio();
            return Optional.of(IncomingFile.remote(Channel.TELEGRAM, eventId, 0, client, "audio", a.getFileName(),
                    a.getMimeType(), a.getFileSize(), a.getFileId()));
        }
        return Optional.empty();
    }

    private static Long size(Integer size) {
        return size == null ? null : size.longValue();
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public byte[] fetch(String fileId, long maxBytes) throws IOException {
        try {
            File file = client.execute(new GetFile(fileId));
            if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            // the library's own download always goes to api.telegram.org: the configured API URL is used instead
            var url = properties.telegramUrl();
            var fileUrl = new HttpUrl.Builder().scheme(url.getSchema()).host(url.getHost()).port(url.getPort())
                    .addPathSegment("file").addPathSegment("bot" + properties.botToken())
                    .addPathSegments(file.getFilePath()).build();
            return download.get(fileUrl.uri(), Map.of(), maxBytes);
        } catch (TelegramApiException e) {
            // the library's message names the method only: the cause says what went wrong (a time-out, a refusal)
            throw new IOException("Telegram file " + fileId + ": " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), e);
        }
    }
}
