package org.answerdesk.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What a WebM recording is, read from its EBML elements: whether it is audio only (a browser's MediaRecorder records
 * WebM/Opus in Chromium), and how long it lasts. A recording made in a browser says no duration in its header (it
 * was written while recording: the segment and its clusters have unknown sizes), so its length is the latest block's
 * time. Elements are walked by their headers; containers are entered, everything else skipped by its size, so an
 * unknown size needs no special case. A damaged or truncated file reads as far as it goes. Times are customers'
 * numbers: the arithmetic on them saturates, and a file whose times do not fit (a declared duration or a cluster's
 * time too large to be a recording's) is {@link #damaged}, never an exception.
 */
public final class Webm {

    private static final long EBML = 0x1A45DFA3L;
    private static final long DOC_TYPE = 0x4282;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1;
    private static final long DURATION = 0x4489;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAE;
    private static final long TRACK_TYPE = 0x83;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long CLUSTER_TIME = 0xE7;
    private static final long BLOCK_GROUP = 0xA0;
    private static final long BLOCK = 0xA1;
    private static final long SIMPLE_BLOCK = 0xA3;
    private static final Set<Long> CONTAINERS = Set.of(EBML, SEGMENT, INFO, TRACKS, TRACK_ENTRY, CLUSTER, BLOCK_GROUP);
    private static final int AUDIO_TRACK = 2;

    /** What the walk found. */
    private record Read(String docType, int audioTracks, int otherTracks, Duration length, boolean overflow) {
    }

    private Webm() {
    }

    /** Whether the bytes start as EBML (Matroska or WebM), whatever is in it. */
    static boolean isEbml(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF
                && (b[3] & 0xFF) == 0xA3;
    }

    /** A WebM file whose tracks (at least one) are all audio: a voice recording, not a video. */
    public static boolean isAudio(byte[] bytes) {
        if (!isEbml(bytes)) {
            return false;
        }
        Read read = walk(bytes, true);
        return "webm".equals(read.docType) && read.audioTracks > 0 && read.otherTracks == 0;
    }

    /** How long the recording lasts: its header's duration if it says one, else its latest block's time. */
    public static Optional<Duration> length(byte[] bytes) {
        if (!isAudio(bytes)) {
            return Optional.empty();
        }
        Read read = walk(bytes, false);
        return read.overflow ? Optional.empty() : Optional.ofNullable(read.length);
    }

    /** A WebM whose times do not fit in a recording's length: it cannot be read, whatever its header says. */
    public static boolean damaged(byte[] bytes) {
        return isEbml(bytes) && walk(bytes, false).overflow;
    }

    private static Read walk(byte[] bytes, boolean headerOnly) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        String docType = null;
        int audio = 0;
        int other = 0;
        long scale = 1_000_000; // nanoseconds per tick, WebM's default
        double declared = -1;
        long cluster = 0;
        long latest = -1;
        boolean overflow = false;
        int at = 0;
        while (at < bytes.length) {
            long[] id = vint(bytes, at, true);
            if (id == null) {
                break;
            }
            long[] size = vint(bytes, at + (int) id[1], false);
            if (size == null) {
                break;
            }
            int data = at + (int) id[1] + (int) size[1];
            long length = size[0];
            if (CONTAINERS.contains(id[0])) {
                if (id[0] == CLUSTER && headerOnly) {
                    break; // the tracks come before the first cluster
                }
                at = data;
                continue;
            }
            if (length < 0 || data + length > bytes.length) {
                break; // an unknown size on a leaf, or cut short: what was read stands
            }
            int n = (int) length;
            if (id[0] == DOC_TYPE) {
                docType = new String(bytes, data, n, StandardCharsets.US_ASCII).replace("\0", "");
            } else if (id[0] == TRACK_TYPE) {
                if (unsigned(bytes, data, n) == AUDIO_TRACK) {
                    audio++;
                } else {
                    other++;
                }
            } else if (id[0] == TIMECODE_SCALE && n > 0) {
                scale = Math.max(1, unsigned(bytes, data, n));
            } else if (id[0] == DURATION && (n == 4 || n == 8)) {
                declared = n == 4 ? b.getFloat(data) : b.getDouble(data);
                overflow |= !(declared < Long.MAX_VALUE); // NaN and infinities too
            } else if (id[0] == CLUSTER_TIME) {
                cluster = unsigned(bytes, data, n);
                overflow |= cluster < 0; // over 2^63 ticks
            } else if (id[0] == SIMPLE_BLOCK || id[0] == BLOCK) {
                long[] track = vint(bytes, data, false);
                if (track != null && track[1] + 2 <= n && cluster >= 0) {
                    long time = cluster > Long.MAX_VALUE - Short.MAX_VALUE ? Long.MAX_VALUE
                            : cluster + b.getShort(data + (int) track[1]);
                    latest = Math.max(latest, time);
                }
            }
            at = data + n;
        }
        long ticks = Math.max(latest, declared > 0 && !overflow ? (long) declared : -1);
        long nanos = ticks < 0 ? -1 : saturated(ticks, scale);
        overflow |= nanos == Long.MAX_VALUE;
        return new Read(docType, audio, other, nanos < 0 ? null : Duration.ofNanos(nanos), overflow);
    }

    /** {@code a * b} for non-negative numbers, or the largest long when it does not fit. */
    private static long saturated(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /**
     * An EBML variable-length integer at {@code at}: {value, length in bytes}. An id keeps its marker bit; a size
     * loses it, and a size of all ones is unknown (-1). Null past the end or on a byte that starts none.
     */
    private static long[] vint(byte[] bytes, int at, boolean id) {
        if (at >= bytes.length) {
            return null;
        }
        int first = bytes[at] & 0xFF;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > (id ? 4 : 8) || at + length > bytes.length) {
            return null;
        }
        long value = id ? first : first & (0xFF >> length);
        boolean allOnes = value == (0xFF >> length);
        for (int i = 1; i < length; i++) {
            int next = bytes[at + i] & 0xFF;
            allOnes &= next == 0xFF;
            value = (value << 8) | next;
        }
        return new long[] {!id && allOnes ? -1 : value, length};
    }

    private static long unsigned(byte[] bytes, int at, int n) {
        long value = 0;
        for (int i = 0; i < Math.min(n, 8); i++) {
            value = (value << 8) | (bytes[at + i] & 0xFF);
        }
        return value;
    }
}
