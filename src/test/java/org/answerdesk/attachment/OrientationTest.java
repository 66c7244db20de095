package org.answerdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/**
 * A phone photo's EXIF orientation is applied to the pixels before its metadata is removed: a JPEG stored sideways
 * with orientation 6 is kept upright. The test writes the EXIF segment itself (TIFF header, one IFD entry).
 */
class OrientationTest {

    private static final AttachmentProperties SETTINGS = new AttachmentProperties(DataSize.ofMegabytes(1),
            DataSize.ofMegabytes(1), DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 4_000_000, 120_000_000, 3,
            java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(5), "{limit}",
            "type", "damaged", "failed");

    /** 40 x 20, white, with a red square in the top left corner as stored. */
    private static BufferedImage stored() {
        var img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 20);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 10, 10);
        g.dispose();
        return img;
    }

    @ParameterizedTest(name = "orientation {0} ({1} byte order): {2}x{3}, red at {4},{5}")
    @CsvSource({
        "6, MM, 20, 40, 15, 5",   // turned 90 degrees clockwise: the stored top left is the top right
        "6, II, 20, 40, 15, 5",
        "8, MM, 20, 40, 5, 35",   // 90 degrees counter-clockwise: bottom left
        "3, II, 40, 20, 35, 15",  // 180 degrees: bottom right
        "2, MM, 40, 20, 35, 5",   // mirrored: top right
        "5, MM, 20, 40, 5, 5",    // transposed: top left, but tall
        "7, II, 20, 40, 15, 35",  // transverse: bottom right, tall
        "4, MM, 40, 20, 5, 15",   // flipped: bottom left
        "1, MM, 40, 20, 5, 5"})
    void aJpegIsTurnedAsItsOrientationSaysAndLosesTheTag(int orientation, String order, int width, int height,
                                                        int redX, int redY) throws IOException {
        byte[] jpeg = withOrientation(encode(stored()), orientation, "MM".equals(order));
        assertThat(Orientation.of(jpeg)).isEqualTo(orientation);

        var verdict = new Inspection(SETTINGS, org.answerdesk.language.TestTexts.ENGLISH).inspect(jpeg);

        assertThat(verdict.refusal()).isNull();
        assertThat(new String(verdict.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(Orientation.of(verdict.content())).isEqualTo(Orientation.NORMAL);
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(verdict.content()));
        assertThat(kept.getWidth()).isEqualTo(width);
        assertThat(kept.getHeight()).isEqualTo(height);
        assertThat(isRed(kept.getRGB(redX, redY))).as("the red corner").isTrue();
        assertThat(red(kept)).as("red pixels, the corner only").isBetween(40, 130);
    }

    @Test
    void aJpegWithoutOrientationOrWithAnUnreadableExifStaysAsItIs() throws IOException {
        assertThat(Orientation.of(encode(stored()))).isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.of(TestImages.jpegWithExif(8, 8, "GPSLatitude 48.8584 N"))).isEqualTo(Orientation.NORMAL);
        byte[] cut = withOrientation(encode(stored()), 6, true);
        assertThat(Orientation.of(java.util.Arrays.copyOf(cut, 24))).isEqualTo(Orientation.NORMAL);
    }

    private static int red(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += isRed(img.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean isRed(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r > 180 && g < 90 && b < 90;
    }

    private static byte[] encode(BufferedImage img) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 Exif segment whose first IFD holds one entry: Orientation (0x0112, SHORT). */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4)
            .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42)
            .putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] body = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, body, 0, 6);
        System.arraycopy(tiff.array(), 0, body, 6, tiff.capacity());
        return TestImages.withApp1(jpeg, body);
    }
}
