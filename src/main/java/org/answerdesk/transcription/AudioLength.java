package org.answerdesk.transcription;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.answerdesk.attachment.Webm;

/**
 * How long a recording is, read from its container, since WhatsApp sends no duration and a platform's figure is not
 * to be trusted: OGG with Opus (voice notes of Telegram and WhatsApp) or Vorbis, from the granule position of the last
 * page of the first stream; WebM (a browser's recording) from its latest block ({@link Webm}); MP3 from its frames
 * ({@link Mp3Length}); M4A from the frames of its sound track ({@link Mp4Length}). Empty for other formats and for a
 * container that cannot be read: such a recording is not sent.
 */
final class AudioLength {

    private static final int OPUS_RATE = 48_000; // Opus granules count 48 kHz samples whatever the input rate

    private AudioLength() {
    }

    static Optional<Duration> of(byte[] bytes) {
        if (Webm.isAudio(bytes)) {
            return Webm.length(bytes);
        }
        if (ascii(bytes, 4, "ftyp")) {
            return Mp4Length.of(bytes);
        }
        if (!capture(bytes, 0)) {
            return Mp3Length.of(bytes);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 27 || !capture(bytes, 0)) {
            return Optional.empty();
        }
        int serial = b.getInt(14);
        int segments = Byte.toUnsignedInt(bytes[26]);
        int first = 27 + segments;
        if (first + 19 > bytes.length) {
            return Optional.empty();
        }
        long rate;
        long skip;
        if (ascii(bytes, first, "OpusHead")) {
            rate = OPUS_RATE;
            skip = Short.toUnsignedInt(b.getShort(first + 10));
        } else if (bytes[first] == 1 && ascii(bytes, first + 1, "vorbis")) {
            rate = Integer.toUnsignedLong(b.getInt(first + 12));
            skip = 0;
        } else {
            return Optional.empty();
        }
        long granule = -1;
        // pages are walked by their headers' lengths: a page that does not start where the previous one ended is
        // damage, and what was read up to it is the length
        for (int at = 0; at + 27 <= bytes.length && capture(bytes, at); ) {
            int count = Byte.toUnsignedInt(bytes[at + 26]);
            if (at + 27 + count > bytes.length) {
                break;
            }
            int body = 0;
            for (int i = 0; i < count; i++) {
                body += Byte.toUnsignedInt(bytes[at + 27 + i]);
            }
            long g = b.getLong(at + 6);
            if (b.getInt(at + 14) == serial && g != -1) {
                granule = Math.max(granule, g);
            }
            at += 27 + count + body;
        }
        if (granule < 0 || rate <= 0) {
            return Optional.empty();
        }
        long samples = Math.max(0, granule - skip);
        // in whole seconds first: a huge granule saturates nowhere near a negative length
        return Optional.of(Duration.ofSeconds(samples / rate).plusMillis(samples % rate * 1000 / rate));
    }

    private static boolean capture(byte[] bytes, int at) {
        return ascii(bytes, at, "OggS");
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        if (at + t.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (bytes[at + i] != t[i]) {
                return false;
            }
        }
        return true;
    }
}
