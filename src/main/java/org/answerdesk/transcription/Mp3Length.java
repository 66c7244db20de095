package org.answerdesk.transcription;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an MP3 plays, from the frames that are there: every MPEG audio frame is found by the header of the one
 * before it (its bit rate, sample rate and padding give its length), and each plays a fixed number of samples. A
 * decoder plays the same frames, so the length cannot be claimed shorter than the audio is (as a declared duration
 * could). ID3v2 tags before the first frame are skipped; the walk stops at the first byte that is not a frame (an
 * ID3v1 tag, damage): what was walked is the length. Empty when not even one frame is there.
 */
final class Mp3Length {

    private static final int[][] BITRATES = { // kbps by [MPEG-1 L1, L2, L3, MPEG-2/2.5 L1, L2/L3][index 1..14]
        {32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
        {32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
        {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
        {32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
        {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}};
    private static final int[] RATES = {44_100, 48_000, 32_000}; // MPEG-1; halved for MPEG-2, quartered for 2.5

    private Mp3Length() {
    }

    static Optional<Duration> of(byte[] b) {
        int at = 0;
        while (at + 10 <= b.length && b[at] == 'I' && b[at + 1] == 'D' && b[at + 2] == '3') {
            long size = (b[at + 6] & 0x7fL) << 21 | (b[at + 7] & 0x7fL) << 14 | (b[at + 8] & 0x7fL) << 7 | b[at + 9] & 0x7fL;
            long next = at + 10L + size + ((b[at + 5] & 0x10) != 0 ? 10 : 0); // a footer after the tag
            if (next > b.length) {
                return Optional.empty();
            }
            at = (int) next;
        }
        long nanos = 0;
        boolean any = false;
        while (at + 4 <= b.length) {
            long[] frame = frame(b, at); // {bytes, nanoseconds}
            if (frame == null) {
                break;
            }
            any = true;
            nanos += frame[1];
            at += (int) frame[0];
        }
        return any ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** The frame whose header starts at {@code at}: its length in bytes and how long it plays; null if none. */
    private static long[] frame(byte[] b, int at) {
        int b1 = b[at + 1] & 0xff;
        int b2 = b[at + 2] & 0xff;
        if ((b[at] & 0xff) != 0xff || (b1 & 0xe0) != 0xe0) {
            return null;
        }
        int version = b1 >> 3 & 3; // 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5, 1 reserved
        int layer = 4 - (b1 >> 1 & 3); // 1, 2, 3; 4 is reserved
        int bitrateIndex = b2 >> 4;
        int rateIndex = b2 >> 2 & 3;
        if (version == 1 || layer == 4 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return null; // reserved values, or a free bit rate whose frames cannot be found from their headers
        }
        boolean mpeg1 = version == 3;
        int table = mpeg1 ? layer - 1 : layer == 1 ? 3 : 4;
        long bitrate = BITRATES[table][bitrateIndex - 1] * 1000L;
        int rate = RATES[rateIndex] >> (mpeg1 ? 0 : version == 2 ? 1 : 2);
        int samples = layer == 1 ? 384 : layer == 3 && !mpeg1 ? 576 : 1152;
        int padding = b2 >> 1 & 1;
        long length = layer == 1 ? (12 * bitrate / rate + padding) * 4 : samples / 8 * bitrate / rate + padding;
        if (at + length > b.length) {
            return null; // cut short: not played whole
        }
        return new long[] {length, samples * 1_000_000_000L / rate};
    }
}
