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

    /**
     * A CMYK JPEG as print shops and some phones send it: four components and Adobe's APP14 segment (transform 0:
     * CMYK, inks stored inverted), white with a red {@code 10 x 10} square in the top left corner. The JDK's writer
     * writes the four channels of a raster as they are; the Adobe segment is put in by hand.
     */
    public static byte[] cmykJpeg(int w, int h) {
        var raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean red = x < 10 && y < 10;
                raster.setPixel(x, y, new int[] {255, red ? 0 : 255, red ? 0 : 255, 255}); // inverted: 255 is no ink
            }
        }
        var encoded = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var out = ImageIO.createImageOutputStream(encoded)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = encoded.toByteArray();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0});
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The number of colour components in a JPEG's frame header (SOFn): 3 for RGB, 4 for CMYK; -1 if none. */
    public static int jpegComponents(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame && at + 9 < jpeg.length) {
                return jpeg[at + 9] & 0xFF;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return -1;
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
