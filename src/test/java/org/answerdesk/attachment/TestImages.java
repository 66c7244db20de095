package org.answerdesk.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Images for the channels' tests: with metadata that must not survive, or with a header that lies. */
public final class TestImages {

    private TestImages() {
    }

    /** A PNG with a {@code tEXt} chunk holding {@code metadata} right after its header. */
    public static byte[] png(int w, int h, String metadata) {
        byte[] png = encode("png", w, h);
        byte[] text = ("Comment\0" + metadata).getBytes(StandardCharsets.ISO_8859_1);
        var out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.writeBytes(chunk("tEXt", text));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 Exif segment holding {@code metadata} (e.g. a GPS position) right after its start. */
    public static byte[] jpegWithExif(int w, int h, String metadata) {
        byte[] jpeg = encode("jpeg", w, h);
        return withApp1(jpeg, ("Exif\0\0MM\0*" + metadata).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@code jpeg} with an APP1 segment holding {@code body} right after its start-of-image marker. */
    public static byte[] withApp1(byte[] jpeg, byte[] body) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((body.length + 2) >> 8), (byte) (body.length + 2)});
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A small PNG whose header claims {@code w} x {@code h} pixels: it would decode to far more memory. */
    public static byte[] pngBomb(int w, int h) {
        byte[] b = encode("png", 8, 8);
        ByteBuffer.wrap(b).putInt(16, w).putInt(20, h);
        var crc = new CRC32();
        crc.update(b, 12, 17);
        ByteBuffer.wrap(b).putInt(29, (int) crc.getValue());
        return b;
    }

    static byte[] encode(String format, int w, int h) {
        var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0x3366CC);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        var b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        var crc = new CRC32();
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}
