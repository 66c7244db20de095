package org.answerdesk.transcription;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * MP3 and M4A files made up for tests, from their format's headers: MP3 frames (a header and a silent body each) and
 * an M4A's box tree with one sound track; nothing a decoder would need beyond what the length is read from.
 */
public final class TestMp4 {

    private TestMp4() {
    }

    /** An MP3 of {@code frames} frames of MPEG-2.5 layer III at 8 kbps and 8 kHz (72 bytes, 72 ms each), after an ID3 tag. */
    public static byte[] mp3(int frames) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 10});
        out.writeBytes(new byte[10]);
        for (int i = 0; i < frames; i++) {
            byte[] frame = new byte[72];
            frame[0] = (byte) 0xFF;
            frame[1] = (byte) 0xE3;
            frame[2] = (byte) 0x18;
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }

    /**
     * An M4A whose sound track has {@code frames} AAC frames at {@code rate} Hz, while its movie header declares one
     * second; {@code sound} false makes its only track a video track.
     */
    public static byte[] m4a(long frames, int rate, boolean sound) {
        byte[] ftyp = box("ftyp", ascii("M4A "), new byte[4], ascii("M4A isom"));
        byte[] mvhd = box("mvhd", new byte[12], ByteBuffer.allocate(8).putInt(1000).putInt(1000).array());
        byte[] hdlr = box("hdlr", new byte[8], ascii(sound ? "soun" : "vide"), new byte[13]);
        byte[] entry = new byte[36];
        ByteBuffer.wrap(entry).putInt(36).put(ascii("mp4a"));
        ByteBuffer.wrap(entry).putShort(32, (short) rate);
        byte[] stsd = box("stsd", ByteBuffer.allocate(8).putInt(0).putInt(1).array(), entry);
        byte[] stsz = box("stsz", ByteBuffer.allocate(12).putInt(0).putInt(6).putInt((int) frames).array());
        byte[] trak = box("trak", box("mdia", hdlr, box("minf", box("stbl", stsd, stsz))));
        return concat(ftyp, box("moov", mvhd, trak));
    }

    static byte[] box(String type, byte[]... parts) {
        byte[] body = concat(parts);
        return concat(ByteBuffer.allocate(4).putInt(8 + body.length).array(), ascii(type), body);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
