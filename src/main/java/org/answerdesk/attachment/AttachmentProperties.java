package org.answerdesk.attachment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Files customers send ({@code answerdesk.attachment.*}).
 *
 * @param maxFileSize         the largest file kept; a larger one is refused and the customer told the limit
 * @param maxPerConversation  the most one conversation's files may take together
 * @param maxPerClient        the most one client (a web chat's address, a platform user) may store in all
 * @param maxTotal            the most all files may take together
 * @param maxImagePixels      the most pixels (width times height, read from the header) an image may have; more is
 *                            refused before it is decoded (a decompression bomb)
 * @param imagePixelsPerMinute the pixels of images one client (an address, a platform user) may have decoded and
 *                            encoded again a minute, with as much at once: a 116 KB PNG of 40 megapixels costs
 *                            seconds of CPU. Images of a megapixel or less are not counted. Past it an upload is
 *                            refused with 429 before it is decoded
 * @param downloadAttempts    how often a platform's media download is tried before the customer is told it failed
 * @param retryDelay          the wait before the first retry of a failed download; doubled each time
 * @param downloadTimeout     how long one call of a media download may take in all: connecting, the headers, its
 *                            redirects and the whole body; an overrun is a failed attempt
 * @param sweep               how often due downloads are looked for (those that failed, or were left by a stop)
 * @param tooLargeText        the customer's reply when a file is over a limit; {@code {limit}} is the limit and
 *                            {@code {name}} the file's name (in every text below too); each text is in the shop's default
 *                            language, unset the bundle's ({@code attachment.too-large}, {@code attachment.type-refused},
 *                            {@code attachment.unreadable}, {@code attachment.download-failed})
 * @param typeRefusedText     the customer's reply when a file's type is not accepted
 * @param unreadableText      the customer's reply when a file is damaged (a truncated PDF, an unreadable image)
 * @param downloadFailedText  the customer's reply when a file could not be fetched from the platform
 */
@ConfigurationProperties("answerdesk.attachment")
public record AttachmentProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("50MB") DataSize maxPerConversation,
        @DefaultValue("200MB") DataSize maxPerClient,
        @DefaultValue("5GB") DataSize maxTotal,
        @DefaultValue("40000000") long maxImagePixels,
        @DefaultValue("120000000") long imagePixelsPerMinute,
        @DefaultValue("6") int downloadAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("30s") Duration downloadTimeout,
        @DefaultValue("15s") Duration sweep,
        String tooLargeText,
        String typeRefusedText,
        String unreadableText,
        String downloadFailedText) {
}
