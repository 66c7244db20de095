package org.answerdesk.attachment;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of the first IFD in its APP1 Exif segment), and the pixels turned
 * upright by it. A phone stores a photo as its sensor saw it and says in this tag how to show it; re-encoding drops
 * the tag with the rest of the metadata, so the turn is applied to the pixels first. No library on the offline
 * Maven repository reads EXIF, and only this one tag is needed.
 */
final class Orientation {

    /** As stored, nothing to do. */
    static final int NORMAL = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private Orientation() {
    }

    /** The orientation, 1 to 8; {@link #NORMAL} when there is none or it cannot be read. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break; // the image data: the metadata segments come before it
            }
            int length = u16(jpeg, at + 2, true);
            if (marker == 0xE1 && length >= 16 && at + 18 <= jpeg.length && "Exif\0\0".equals(
                    new String(jpeg, at + 4, 6, StandardCharsets.ISO_8859_1))) {
                return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL;
        }
        boolean big = b[tiff] == 'M' && b[tiff + 1] == 'M';
        if (!big && !(b[tiff] == 'I' && b[tiff + 1] == 'I') || u16(b, tiff + 2, big) != 42) {
            return NORMAL;
        }
        long ifd = tiff + u32(b, tiff + 4, big);
        if (ifd + 2 > end) {
            return NORMAL;
        }
        int entries = u16(b, (int) ifd, big);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            if (u16(b, entry, big) == ORIENTATION_TAG && u16(b, entry + 2, big) == SHORT) {
                int value = u16(b, entry + 8, big);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The image as it is meant to be seen: turned and mirrored as the orientation says. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5; // 5 to 8 swap width and height
        int dw = turned ? h : w;
        var result = new BufferedImage(dw, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] to = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; }
                }
                to[dy * dw + dx] = row[x];
            }
        }
        return result;
    }

    private static int u16(byte[] b, int at, boolean big) {
        if (at < 0 || at + 2 > b.length) {
            return -1;
        }
        int a = b[at] & 0xFF;
        int c = b[at + 1] & 0xFF;
        return big ? a << 8 | c : c << 8 | a;
    }

    private static long u32(byte[] b, int at, boolean big) {
        if (at < 0 || at + 4 > b.length) {
            return Integer.MAX_VALUE;
        }
        long hi = u16(b, at, big);
        long lo = u16(b, at + 2, big);
        return big ? hi << 16 | lo : lo << 16 | hi;
    }
}
