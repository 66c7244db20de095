package org.answerdesk.transcription;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an M4A (MP4 audio) plays, from what a decoder plays: the number of coded frames of its first sound track
 * (the sample sizes table, {@code stsz}: one entry per frame that is in the file) times the 1,024 samples an AAC
 * frame decodes to, at the track's sample rate ({@code stsd}), counted at most 48 kHz so that a declared rate cannot
 * make it shorter than a voice recording plays. The durations the file declares ({@code mvhd}, {@code mdhd},
 * {@code stts}) are not read: they could be anything. Empty when the boxes cannot be walked or there is no sound track.
 */
final class Mp4Length {

    private static final int SAMPLES_PER_FRAME = 1024;
    private static final int HIGHEST_RATE = 48_000;

    private Mp4Length() {
    }

    static Optional<Duration> of(byte[] b) {
        int[] moov = child(b, 0, b.length, "moov");
        if (moov == null) {
            return Optional.empty();
        }
        for (int at = moov[0]; at < moov[1]; ) {
            int[] box = box(b, at, moov[1]);
            if (box == null) {
                break;
            }
            if (is(b, at + 4, "trak")) {
                Optional<Duration> sound = sound(b, box);
                if (sound.isPresent()) {
                    return sound;
                }
            }
            at = box[1];
        }
        return Optional.empty();
    }

    private static Optional<Duration> sound(byte[] b, int[] trak) {
        int[] mdia = child(b, trak[0], trak[1], "mdia");
        int[] hdlr = mdia == null ? null : child(b, mdia[0], mdia[1], "hdlr");
        if (hdlr == null || hdlr[0] + 12 > hdlr[1] || !is(b, hdlr[0] + 8, "soun")) {
            return Optional.empty();
        }
        int[] minf = child(b, mdia[0], mdia[1], "minf");
        int[] stbl = minf == null ? null : child(b, minf[0], minf[1], "stbl");
        int[] stsz = stbl == null ? null : child(b, stbl[0], stbl[1], "stsz");
        int[] stsd = stbl == null ? null : child(b, stbl[0], stbl[1], "stsd");
        // stsz: version and flags, a fixed sample size, the count; stsd: version and flags, the count, then the first
        // entry, whose sample rate (16.16) is 32 bytes into it
        if (stsz == null || stsd == null || stsz[0] + 12 > stsz[1] || stsd[0] + 8 + 34 > stsd[1]) {
            return Optional.empty();
        }
        long frames = u32(b, stsz[0] + 8);
        int rate = (b[stsd[0] + 8 + 32] & 0xff) << 8 | b[stsd[0] + 8 + 33] & 0xff;
        if (frames == 0 || rate == 0) {
            return Optional.empty();
        }
        long samples = frames * SAMPLES_PER_FRAME;
        long hz = Math.min(rate, HIGHEST_RATE);
        return Optional.of(Duration.ofSeconds(samples / hz).plusNanos(samples % hz * 1_000_000_000L / hz));
    }

    /** The first child box of this type within [from, to): {start of its content, its end}; null if none. */
    private static int[] child(byte[] b, int from, int to, String type) {
        for (int at = from; at < to; ) {
            int[] box = box(b, at, to);
            if (box == null) {
                return null;
            }
            if (is(b, at + 4, type)) {
                return box;
            }
            at = box[1];
        }
        return null;
    }

    /** The box at {@code at}: {start of its content, its end}; null when its header does not fit within {@code to}. */
    private static int[] box(byte[] b, int at, int to) {
        if (at + 8 > to) {
            return null;
        }
        long size = u32(b, at);
        int header = 8;
        if (size == 1) {
            if (at + 16 > to) {
                return null;
            }
            size = u32(b, at + 8) << 32 | u32(b, at + 12);
            header = 16;
        } else if (size == 0) {
            size = to - at; // to the end
        }
        if (size < header || size > to - at) {
            return null;
        }
        return new int[] {at + header, (int) (at + size)};
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | b[at + 3] & 0xffL;
    }

    private static boolean is(byte[] b, int at, String type) {
        for (int i = 0; i < 4; i++) {
            if (at + i >= b.length || b[at + i] != type.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
