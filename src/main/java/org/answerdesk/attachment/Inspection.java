package org.answerdesk.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.answerdesk.language.Texts;
import org.springframework.util.unit.DataSize;

/**
 * The checks of one file's bytes: size, type from the bytes against the accepted list, images without metadata and
 * within the pixel limit, PDFs complete. Storage limits are {@link Usage}'s. Pure: no database, no Spring.
 */
final class Inspection {

    /** Why a file was not kept; the name is what is stored and counted. */
    enum Refusal {
        TOO_LARGE, CONVERSATION_FULL, CLIENT_FULL, STORE_FULL, TYPE_NOT_ALLOWED, UNREADABLE, IMAGE_TOO_LARGE,
        DOWNLOAD_FAILED
    }

    /** A file kept ({@link #refusal} null) or refused, with a detail for the log. */
    record Verdict(byte[] content, String mediaType, Refusal refusal, String detail) {

        static Verdict refused(Refusal refusal, String mediaType, String detail) {
            return new Verdict(null, mediaType, refusal, detail);
        }
    }

    static final Set<String> ACCEPTED = Set.of(FileTypes.JPEG, FileTypes.PNG, FileTypes.GIF, FileTypes.WEBP,
            FileTypes.PDF, FileTypes.TEXT, FileTypes.OGG, FileTypes.MP3, FileTypes.M4A, FileTypes.MP4, FileTypes.WEBM);

    private final AttachmentProperties properties;
    private final Texts texts;

    Inspection(AttachmentProperties properties, Texts texts) {
        this.properties = properties;
        this.texts = texts;
    }

    /**
     * The checks that need no decoding (size, type, an image's pixels from its header, a PDF's end), and the
     * image's pixels: what an upload is refused for before it is stored. {@link #inspect} decodes once, later.
     */
    Checked check(byte[] bytes) {
        try {
            return checked(bytes);
        } catch (RuntimeException e) {
            // a parser's slip on a customer's bytes refuses the file once; it never fails the upload or its retries
            return new Checked(Verdict.refused(Refusal.UNREADABLE, null, "unreadable: " + e), 0);
        }
    }

    private Checked checked(byte[] bytes) {
        if (bytes.length > properties.maxFileSize().toBytes()) {
            return new Checked(Verdict.refused(Refusal.TOO_LARGE, null, bytes.length + " bytes"), 0);
        }
        String type = FileTypes.detect(bytes);
        if (type == null || !ACCEPTED.contains(type)) {
            return new Checked(Verdict.refused(Refusal.TYPE_NOT_ALLOWED, type, "type not recognised from the bytes"), 0);
        }
        if (type.startsWith("image/")) {
            try {
                long pixels = Images.pixels(bytes, type);
                if (pixels > properties.maxImagePixels()) {
                    return new Checked(Verdict.refused(Refusal.IMAGE_TOO_LARGE, type, pixels + " pixels"), pixels);
                }
                return new Checked(new Verdict(bytes, type, null, null), pixels);
            } catch (Images.Refused e) {
                return new Checked(Verdict.refused(Refusal.UNREADABLE, type, e.getMessage()), 0);
            }
        }
        String damage = damage(bytes, type);
        if (damage != null) {
            return new Checked(Verdict.refused(Refusal.UNREADABLE, type, damage), 0);
        }
        return new Checked(new Verdict(bytes, type, null, null), 0);
    }

    /** {@link #check}'s verdict, and the image's pixels (0 for other files). */
    record Checked(Verdict verdict, long pixels) {
    }

    Verdict inspect(byte[] bytes) {
        try {
            return inspected(bytes);
        } catch (RuntimeException e) {
            return Verdict.refused(Refusal.UNREADABLE, null, "unreadable: " + e);
        }
    }

    private Verdict inspected(byte[] bytes) {
        if (bytes.length > properties.maxFileSize().toBytes()) {
            return Verdict.refused(Refusal.TOO_LARGE, null, bytes.length + " bytes");
        }
        String type = FileTypes.detect(bytes);
        if (type == null || !ACCEPTED.contains(type)) {
            return Verdict.refused(Refusal.TYPE_NOT_ALLOWED, type, "type not recognised from the bytes");
        }
        if (type.startsWith("image/")) {
            try {
                return new Verdict(Images.withoutMetadata(bytes, type, properties.maxImagePixels()), type, null, null);
            } catch (Images.Refused e) {
                return Verdict.refused(e.bomb ? Refusal.IMAGE_TOO_LARGE : Refusal.UNREADABLE, type, e.getMessage());
            }
        }
        String damage = damage(bytes, type);
        return damage == null ? new Verdict(bytes, type, null, null) : Verdict.refused(Refusal.UNREADABLE, type, damage);
    }

    /** Why a file that is not an image cannot be read, or null: a PDF cut short, a WebM whose times overflow. */
    private static String damage(byte[] bytes, String type) {
        if (FileTypes.PDF.equals(type) && !endsWithEof(bytes)) {
            return "a PDF without its end (%%EOF): truncated";
        }
        if (FileTypes.WEBM.equals(type) && Webm.damaged(bytes)) {
            return "a WebM whose duration or times do not fit a recording";
        }
        return null;
    }

    /**
     * What the customer is told about a refused file, in {@code language} (the conversation's; null for the shop's
     * default): the texts {@code attachment.*}, which today's {@code answerdesk.attachment.*-text} settings override
     * in the default language.
     */
    String tell(Refusal refusal, String name, Locale language) {
        String limit = switch (refusal) {
            case TOO_LARGE -> readable(properties.maxFileSize());
            case IMAGE_TOO_LARGE -> megapixels(properties.maxImagePixels());
            case CONVERSATION_FULL -> limit("attachment.limit.conversation", properties.maxPerConversation(), language);
            case CLIENT_FULL -> limit("attachment.limit.client", properties.maxPerClient(), language);
            case STORE_FULL -> limit("attachment.limit.total", properties.maxTotal(), language);
            default -> "";
        };
        String key = switch (refusal) {
            case TYPE_NOT_ALLOWED -> "attachment.type-refused";
            case UNREADABLE -> "attachment.unreadable";
            case DOWNLOAD_FAILED -> "attachment.download-failed";
            case IMAGE_TOO_LARGE -> "attachment.too-many-pixels"; // a small file can be a pixel bomb: say which
            default -> "attachment.too-large";
        };
        return texts.text(key, language, Map.of("limit", limit, "name", name));
    }

    /** What the customer is told when their images are over the client's budget of pixels a minute. */
    String tellBusy(String name, Locale language) {
        return texts.text("attachment.images-budget", language, Map.of("name", name));
    }

    private String limit(String key, DataSize size, Locale language) {
        return texts.text(key, language, Map.of("limit", readable(size)));
    }

    /** A complete PDF ends with {@code %%EOF} (then at most some whitespace or a few bytes of junk). */
    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /**
     * A name safe to show and to offer as a download's name: the last segment of any path, without control
     * characters (C0, C1 such as U+0085), format characters (bidi overrides such as U+202E, which show
     * "exe.pdf" as "fdp.exe"), line and paragraph separators, quotes or a leading dot, at most 120 characters,
     * with the type's extension when it has none.
     */
    static String safeName(String name, String type) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"<>:|?*]", "_").strip().replaceFirst("^\\.+", "");
        if (n.length() > 120) {
            n = n.substring(n.length() - 120);
        }
        if (n.isBlank()) {
            n = "file";
        }
        String ext = type == null ? "" : FileTypes.extension(type);
        String lower = n.toLowerCase(Locale.ROOT);
        boolean fits = lower.endsWith(ext) || (".jpg".equals(ext) && lower.endsWith(".jpeg"));
        return fits ? n : n + ext;
    }

    /** 40 for 40,000,000 pixels; 0.5 for 500,000. */
    static String megapixels(long pixels) {
        return java.math.BigDecimal.valueOf(pixels, 6).stripTrailingZeros().toPlainString();
    }

    /** A limit as people read it: 5 GB, 10 MB, 512 KB. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024L * 1024 * 1024 && bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + " GB";
        }
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
