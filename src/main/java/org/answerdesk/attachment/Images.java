package org.answerdesk.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * Removes an image's metadata (EXIF with its GPS position, XMP, comments) before anyone sees it. JPEG, PNG and GIF
 * are decoded and encoded again with {@code javax.imageio}, which writes pixels only (a GIF keeps its first frame;
 * a JPEG is first turned upright as its EXIF orientation says, since the tag goes with the rest);
 * the size in the header is checked first, so a small file that would decode to gigabytes (a decompression bomb)
 * is refused before decoding. WebP, which the JDK cannot decode, has its EXIF and XMP chunks cut out and the sizes
 * its chunks declare checked ({@link WebpSize}). JPEGs are read by TwelveMonkeys' plug-in where it is registered,
 * which reads CMYK and YCCK ones (print shops, some phones) as RGB.
 */
final class Images {

    /** The image cannot be kept: {@link #bomb} when its pixels are over the limit, otherwise damaged. */
    static final class Refused extends Exception {
        final boolean bomb;

        Refused(String message, boolean bomb) {
            super(message);
            this.bomb = bomb;
        }
    }

    static {
        // ImageIO finds plug-ins through the class loader of the thread that first touches it; a Spring Boot jar's
        // nested jars (TwelveMonkeys' JPEG reader) are visible only to the application's own loader
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Images.class.getClassLoader());
        try {
            ImageIO.scanForPlugins();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private Images() {
    }

    /** At most this many images are decoded at once: each is CPU-bound, and the answers need a core too. */
    private static final java.util.concurrent.Semaphore DECODING = new java.util.concurrent.Semaphore(
            Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);
    /** Images of at most this many pixels are cheap: they wait for no turn. */
    static final long SMALL = 1_000_000;

    static byte[] withoutMetadata(byte[] bytes, String type, long maxPixels) throws Refused {
        if (FileTypes.WEBP.equals(type)) {
            return webp(bytes, maxPixels);
        }
        long pixels = pixels(bytes, type);
        if (pixels <= SMALL || pixels > maxPixels) {
            return reencoded(bytes, type, maxPixels); // small, or refused from its header before decoding
        }
        DECODING.acquireUninterruptibly();
        try {
            return reencoded(bytes, type, maxPixels);
        } finally {
            DECODING.release();
        }
    }

    /** Width times height as the image's header says, without decoding it (a WebP's as its chunks declare). */
    static long pixels(byte[] bytes, String type) throws Refused {
        if (FileTypes.WEBP.equals(type)) {
            long most = 0;
            int at = 12;
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            while (at + 8 <= bytes.length) {
                long size = in.getInt(at + 4) & 0xFFFFFFFFL;
                if (at + 8 + size > bytes.length) {
                    throw new Refused("a WebP chunk runs past the end", false);
                }
                long[] declared = WebpSize.of(new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII),
                        bytes, at + 8, size);
                if (declared != null) {
                    most = Math.max(most, declared[0] * declared[1]);
                }
                at = (int) (at + 8 + size + (size & 1));
            }
            return most;
        }
        return read(bytes, type, reader -> (long) reader.getWidth(0) * reader.getHeight(0));
    }

    /** What {@code use} reads of the image through its ImageIO reader, set to it; refused when none reads it. */
    private static <T> T read(byte[] bytes, String type, ReaderUse<T> use) throws Refused {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("no reader for " + type, false);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return use.read(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("unreadable " + type + ": " + e.getMessage(), false);
        }
    }

    private interface ReaderUse<T> {
        T read(ImageReader reader) throws IOException, Refused;
    }

    private static byte[] reencoded(byte[] bytes, String type, long maxPixels) throws Refused {
        String format = type.substring("image/".length());
        return read(bytes, type, reader -> {
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > maxPixels) {
                throw new Refused(reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels", true);
            }
            BufferedImage image = reader.read(0);
            if ("jpeg".equals(format)) {
                if (image.getColorModel().hasAlpha()) {
                    image = opaque(image);
                }
                // the orientation goes with the metadata: the pixels are turned as it says first
                image = Orientation.upright(image, Orientation.of(bytes));
            }
            var out = new ByteArrayOutputStream(bytes.length);
            if (!ImageIO.write(image, format, out)) {
                throw new Refused("no writer for " + type, false);
            }
            return out.toByteArray();
        });
    }

    private static BufferedImage opaque(BufferedImage image) {
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        return rgb;
    }

    /**
     * The RIFF chunks but EXIF and XMP, with the extended header's flags for them cleared. Every size a chunk
     * declares (the canvas, the bitstream's, each animation frame's) is checked against the limit; a WebP that
     * declares none is no image.
     */
    private static byte[] webp(byte[] bytes, long maxPixels) throws Refused {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        var out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, 12);
        boolean sized = false;
        int at = 12;
        while (at + 8 <= bytes.length) {
            String fourcc = new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = in.getInt(at + 4) & 0xFFFFFFFFL;
            long end = at + 8 + size + (size & 1);
            if (at + 8 + size > bytes.length) {
                throw new Refused("a WebP chunk runs past the end", false);
            }
            long[] declared = WebpSize.of(fourcc, bytes, at + 8, size);
            if (declared != null) {
                if (declared[0] * declared[1] > maxPixels) {
                    throw new Refused(declared[0] + "x" + declared[1] + " pixels", true);
                }
                sized = true;
            }
            if ("VP8X".equals(fourcc)) {
                bytes[at + 8] &= (byte) ~0x0C; // the EXIF and XMP flags
            }
            if (!"EXIF".equals(fourcc) && !"XMP ".equals(fourcc)) {
                out.write(bytes, at, (int) (Math.min(end, bytes.length) - at));
            }
            at = (int) end;
        }
        if (!sized) {
            throw new Refused("a WebP without an image header", false);
        }
        byte[] result = out.toByteArray();
        ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN).putInt(4, result.length - 8);
        return result;
    }

}
