package org.answerdesk.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The type of a file, from its first bytes (magic numbers), never from its name or what the sender declared. Only
 * the types answerdesk keeps are recognised; anything else is null. (Apache Tika would do this, but it is not in
 * the offline Maven repository this project builds from; the accepted list is short.)
 */
final class FileTypes {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String GIF = "image/gif";
    static final String WEBP = "image/webp";
    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain";
    static final String OGG = "audio/ogg";
    static final String MP3 = "audio/mpeg";
    static final String M4A = "audio/mp4";
    static final String WEBM = "audio/webm";
    static final String MP4 = "video/mp4";

    private FileTypes() {
    }

    static String detect(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return GIF;
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (starts(b, 0, 'O', 'g', 'g', 'S')) {
            return OGG;
        }
        if (starts(b, 0, 'I', 'D', '3') || (b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2)) {
            return MP3; // an ID3 tag, or an MPEG audio frame sync with layer III
        }
        if (Webm.isEbml(b)) {
            return Webm.isAudio(b) ? WEBM : null; // a browser's recording; a WebM video or Matroska is not taken
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return starts(b, 8, 'M', '4', 'A') || starts(b, 8, 'M', '4', 'B') ? M4A : MP4;
        }
        return isText(b) ? TEXT : null;
    }

    /** Well-formed UTF-8 without NUL or other control characters than tab, line breaks and form feed. */
    static boolean isText(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The file extension for a type, for a name that has none. */
    static String extension(String type) {
        return switch (type) {
            case JPEG -> ".jpg";
            case PNG -> ".png";
            case GIF -> ".gif";
            case WEBP -> ".webp";
            case PDF -> ".pdf";
            case TEXT -> ".txt";
            case OGG -> ".ogg";
            case MP3 -> ".mp3";
            case M4A -> ".m4a";
            case WEBM -> ".webm";
            case MP4 -> ".mp4";
            default -> "";
        };
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
