package org.answerdesk.transcription;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * WebM recordings as a browser's MediaRecorder writes them (Chromium: an Opus track in a segment and clusters of
 * unknown size, no duration in the header), made from the real Opus packets of {@link TestAudio}'s OGG: the same
 * speech moved into the other container, so a test knows how long it lasts. No tool on the machine writes WebM.
 */
public final class TestWebm {

    private TestWebm() {
    }

    /** {@code text} spoken, as a browser's WebM/Opus recording. */
    public static byte[] speech(String text) {
        return remux(TestAudio.speech(text), 2, null);
    }

    /** An OGG/Opus recording's packets in WebM; {@code trackType} 2 is audio (1 video); a header duration if set. */
    public static byte[] remux(byte[] ogg, int trackType, Double declaredMillis) {
        List<byte[]> packets = packets(ogg);
        var info = new ByteArrayOutputStream();
        element(info, 0x2AD7B1, uint(1_000_000));
        element(info, 0x4D80, ascii("answerdesk-test"));
        if (declaredMillis != null) {
            element(info, 0x4489, ByteBuffer.allocate(8).putDouble(declaredMillis).array());
        }
        var track = new ByteArrayOutputStream();
        element(track, 0xD7, uint(1));
        element(track, 0x73C5, uint(1));
        element(track, 0x83, uint(trackType));
        element(track, 0x86, ascii("A_OPUS"));
        element(track, 0x63A2, packets.get(0)); // OpusHead
        var entry = new ByteArrayOutputStream();
        element(entry, 0xAE, track.toByteArray());
        var out = new ByteArrayOutputStream();
        var header = new ByteArrayOutputStream();
        element(header, 0x4286, uint(1));
        element(header, 0x42F7, uint(1));
        element(header, 0x4282, ascii("webm"));
        element(out, 0x1A45DFA3L, header.toByteArray());
        id(out, 0x18538067L);
        unknownSize(out);
        element(out, 0x1549A966L, info.toByteArray());
        element(out, 0x1654AE6BL, entry.toByteArray());
        long at = 0;
        long cluster = -1;
        for (byte[] packet : packets.subList(2, packets.size())) { // after OpusHead and OpusTags
            if (cluster < 0 || at - cluster >= 1000) {
                cluster = at;
                id(out, 0x1F43B675L);
                unknownSize(out);
                element(out, 0xE7, uint(cluster));
            }
            var block = new ByteArrayOutputStream();
            block.write(0x81); // track 1
            block.write((int) ((at - cluster) >> 8));
            block.write((int) (at - cluster));
            block.write(0x80); // a key frame
            block.writeBytes(packet);
            element(out, 0xA3, block.toByteArray());
            at += millis(packet);
        }
        return out.toByteArray();
    }

    /** The packets of an OGG stream, in order (a packet may span pages). */
    public static List<byte[]> packets(byte[] ogg) {
        List<byte[]> packets = new ArrayList<>();
        var packet = new ByteArrayOutputStream();
        int at = 0;
        while (at + 27 <= ogg.length) {
            int count = ogg[at + 26] & 0xFF;
            int body = at + 27 + count;
            for (int i = 0; i < count; i++) {
                int lacing = ogg[at + 27 + i] & 0xFF;
                packet.write(ogg, body, lacing);
                body += lacing;
                if (lacing < 255) {
                    packets.add(packet.toByteArray());
                    packet.reset();
                }
            }
            at = body;
        }
        return packets;
    }

    /** An Opus packet's length in milliseconds, from its TOC byte (RFC 6716, 3.1). */
    public static long millis(byte[] packet) {
        int config = (packet[0] & 0xFF) >> 3;
        double frame = config < 12 ? new double[] {10, 20, 40, 60}[config % 4]
                : config < 16 ? new double[] {10, 20}[config % 2] : new double[] {2.5, 5, 10, 20}[config % 4];
        int code = packet[0] & 3;
        int frames = code == 0 ? 1 : code < 3 ? 2 : packet[1] & 0x3F;
        return Math.round(frame * frames);
    }

    private static void element(ByteArrayOutputStream out, long id, byte[] data) {
        id(out, id);
        out.write(0x01); // an 8-byte size
        out.write(ByteBuffer.allocate(8).putLong(data.length).array(), 1, 7);
        out.writeBytes(data);
    }

    private static void id(ByteArrayOutputStream out, long id) {
        int bytes = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (id >> (8 * i)));
        }
    }

    private static void unknownSize(ByteArrayOutputStream out) {
        out.writeBytes(new byte[] {0x01, -1, -1, -1, -1, -1, -1, -1});
    }

    private static byte[] uint(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    // WebM recordings written element by element, as small as a header and one block

    /** A recording whose Info declares {@code ticks} (milliseconds at the default scale) and has no cluster. */
    public static byte[] declaring(double ticks) {
        return crafted(small(0x4489, ByteBuffer.allocate(8).putDouble(ticks).array()), new byte[0]);
    }

    /** A recording with one cluster at {@code time} ticks and one block 10 ticks into it. */
    public static byte[] clusterAt(long time) {
        var cluster = new ByteArrayOutputStream();
        cluster.writeBytes(new byte[] {0x1F, 0x43, (byte) 0xB6, 0x75, (byte) 0xFF}); // a cluster of unknown size
        cluster.writeBytes(small(0xE7, ByteBuffer.allocate(8).putLong(time).array()));
        cluster.writeBytes(small(0xA3, new byte[] {(byte) 0x81, 0, 10, (byte) 0x80, (byte) 0xF8}));
        return crafted(new byte[0], cluster.toByteArray());
    }

    private static byte[] crafted(byte[] info, byte[] clusters) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(small(0x1A45DFA3L, small(0x4282, "webm".getBytes(StandardCharsets.US_ASCII))));
        out.writeBytes(new byte[] {0x18, 0x53, (byte) 0x80, 0x67, (byte) 0xFF}); // a segment of unknown size
        out.writeBytes(small(0x1549A966L, cat(small(0x2AD7B1, new byte[] {0x0F, 0x42, 0x40}), info)));
        out.writeBytes(small(0x1654AE6BL, small(0xAE, small(0x83, new byte[] {2}))));
        out.writeBytes(clusters);
        return out.toByteArray();
    }

    private static byte[] small(long id, byte[] data) {
        var out = new ByteArrayOutputStream();
        int bytes = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (id >> (8 * i)));
        }
        out.write(0x80 | data.length); // sizes under 127 only
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] cat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
