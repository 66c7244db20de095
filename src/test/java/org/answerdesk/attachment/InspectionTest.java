package org.answerdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.answerdesk.attachment.Inspection.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The checks of one file's bytes, without a database. */
class InspectionTest {

    private static final AttachmentProperties SETTINGS = new AttachmentProperties(DataSize.ofKilobytes(200),
            DataSize.ofMegabytes(1), DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 4_000_000, 120_000_000, 3,
            java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(5), "{limit}",
            "type", "damaged", "failed");

    private final Inspection inspection = new Inspection(SETTINGS, org.answerdesk.language.TestTexts.ENGLISH);

    @Test
    void aJpegLosesItsExifWithTheGpsPositionAndKeepsItsPixels() throws IOException {
        byte[] exif = TestImages.jpegWithExif(40, 30, "GPSLatitude 48.8584 N; GPSLongitude 2.2945 E");
        assertThat(new String(exif, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

        var verdict = inspection.inspect(exif);

        assertThat(verdict.refusal()).isNull();
        assertThat(verdict.mediaType()).isEqualTo("image/jpeg");
        String kept = new String(verdict.content(), StandardCharsets.ISO_8859_1);
        assertThat(kept).doesNotContain("GPSLatitude").doesNotContain("Exif");
        var back = ImageIO.read(new java.io.ByteArrayInputStream(verdict.content()));
        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getHeight()).isEqualTo(30);
    }

    @Test
    void aPngWhoseHeaderClaimsTooManyPixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.pngBomb(50_000, 50_000);

        var verdict = inspection.inspect(bomb);

        assertThat(verdict.refusal()).isEqualTo(Refusal.IMAGE_TOO_LARGE);
        assertThat(verdict.detail()).contains("50000x50000");
    }

    @Test
    void aTruncatedPdfIsRefusedAndAWholeOneKept() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(inspection.inspect(pdf).mediaType()).isEqualTo("application/pdf");
        assertThat(inspection.inspect(pdf).refusal()).isNull();
        assertThat(inspection.inspect(Arrays.copyOf(pdf, 30)).refusal()).isEqualTo(Refusal.UNREADABLE);
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        byte[] html = "<html><script>alert(1)</script></html>\u0000".getBytes(StandardCharsets.UTF_8);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        assertThat(inspection.inspect(exe).refusal()).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
        assertThat(inspection.inspect(html).refusal()).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
        assertThat(FileTypes.detect(TestImages.encode("png", 2, 2))).isEqualTo("image/png");
        assertThat(FileTypes.detect("OggS\0\2".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("audio/ogg");
        assertThat(FileTypes.detect("ID3\4\0".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("audio/mpeg");
        assertThat(FileTypes.detect("\0\0\0\40ftypM4A ".getBytes(StandardCharsets.ISO_8859_1)))
            .isEqualTo("audio/mp4");
        assertThat(FileTypes.detect("Order 1234, please.\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutLookingFurther() {
        assertThat(inspection.inspect(new byte[200 * 1024 + 1]).refusal()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(Inspection.readable(DataSize.ofMegabytes(10))).isEqualTo("10 MB");
    }

    @Test
    void aNameWithPathCharactersKeepsOnlyItsLastSegmentAndTheRealTypesExtension() {
        assertThat(Inspection.safeName("../../etc/passwd", "text/plain")).isEqualTo("passwd.txt");
        assertThat(Inspection.safeName("C:\\Users\\me\\..\\invoice.pdf", "application/pdf")).isEqualTo("invoice.pdf");
        assertThat(Inspection.safeName(".htaccess", "text/plain")).isEqualTo("htaccess.txt");
        assertThat(Inspection.safeName("a\"b\r\n.html", "image/png")).isEqualTo("a_b__.html.png");
        assertThat(Inspection.safeName(null, "image/jpeg")).isEqualTo("file.jpg");
        assertThat(Inspection.safeName("bill\u202Efdp.exe", "application/pdf")).isEqualTo("bill_fdp.exe.pdf");
        assertThat(Inspection.safeName("a\u0085b\u2028c\u2029d", "text/plain")).isEqualTo("a_b_c_d.txt");
        assertThat(Inspection.safeName("IMG_1.JPEG", "image/jpeg")).isEqualTo("IMG_1.JPEG");
    }

    @Test
    void aWebpLosesItsExifAndXmpChunks() {
        byte[] vp8x = chunk("VP8X", new byte[] {0x0C, 0, 0, 0, 9, 0, 0, 9, 0, 0});
        byte[] exif = chunk("EXIF", "GPSLatitude 1".getBytes(StandardCharsets.ISO_8859_1));
        byte[] xmp = chunk("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1));
        byte[] vp8l = chunk("VP8L", new byte[] {0x2F, 0, 0, 0, 0});
        byte[] webp = riff(vp8x, exif, vp8l, xmp);

        var verdict = inspection.inspect(webp);

        assertThat(verdict.refusal()).isNull();
        assertThat(verdict.mediaType()).isEqualTo("image/webp");
        assertThat(new String(verdict.content(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS")
            .doesNotContain("xmpmeta").contains("VP8L");
        assertThat(verdict.content()).isEqualTo(riff(chunk("VP8X", new byte[] {0, 0, 0, 0, 9, 0, 0, 9, 0, 0}), vp8l));
    }

    @Test
    void aCmykJpegIsReadAndKeptAsAnRgbOne() throws IOException {
        byte[] cmyk = TestImages.cmykJpeg(40, 20);
        assertThat(TestImages.jpegComponents(cmyk)).isEqualTo(4);

        var verdict = inspection.inspect(cmyk);

        assertThat(verdict.refusal()).as(verdict.detail()).isNull();
        assertThat(verdict.mediaType()).isEqualTo("image/jpeg");
        // RGB, as every browser and mail client shows it; the colours as the inks said
        assertThat(TestImages.jpegComponents(verdict.content())).isEqualTo(3);
        var back = ImageIO.read(new java.io.ByteArrayInputStream(verdict.content()));
        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getHeight()).isEqualTo(20);
        assertThat(back.getRGB(3, 3) & 0xFFFFFF).as("the red corner").satisfies(rgb -> {
            assertThat(rgb >> 16 & 0xFF).isGreaterThan(180);
            assertThat(rgb >> 8 & 0xFF).isLessThan(90);
            assertThat(rgb & 0xFF).isLessThan(90);
        });
        assertThat(back.getRGB(30, 15) & 0xFFFFFF).as("white paper").satisfies(rgb -> {
            assertThat(rgb >> 16 & 0xFF).isGreaterThan(200);
            assertThat(rgb >> 8 & 0xFF).isGreaterThan(200);
            assertThat(rgb & 0xFF).isGreaterThan(200);
        });
    }

    @Test
    void aCmykJpegWithAnOrientationIsTurnedUpright() {
        byte[] jpeg = OrientationTest.withOrientation(TestImages.cmykJpeg(40, 20), 6, true);

        var verdict = inspection.inspect(jpeg);

        assertThat(verdict.refusal()).as(verdict.detail()).isNull();
        assertThat(TestImages.jpegComponents(verdict.content())).isEqualTo(3);
        assertThat(new String(verdict.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void aLossyWebpWithoutVp8xWhoseHeaderClaimsTooManyPixelsIsRefused() {
        // VP8 key frame: frame tag, start code 9D 01 2A, 14-bit width and height (little-endian, 2 bits of scale)
        byte[] vp8 = chunk("VP8 ", new byte[] {0x10, 0x02, 0, (byte) 0x9D, 0x01, 0x2A, (byte) 0xFF, 0x3F,
            (byte) 0xFF, 0x3F, 0, 0});

        var verdict = inspection.inspect(riff(vp8));

        assertThat(verdict.refusal()).isEqualTo(Refusal.IMAGE_TOO_LARGE);
        assertThat(verdict.detail()).contains("16383x16383");
    }

    @Test
    void aLosslessWebpWithoutVp8xWhoseHeaderClaimsTooManyPixelsIsRefused() {
        // VP8L: signature 2F, then width - 1 and height - 1 in 14 bits each (little-endian): 10000 x 9000
        int bits = (10_000 - 1) | (9_000 - 1) << 14;
        byte[] vp8l = chunk("VP8L", new byte[] {0x2F, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16),
            (byte) (bits >>> 24), 0});

        var verdict = inspection.inspect(riff(vp8l));

        assertThat(verdict.refusal()).isEqualTo(Refusal.IMAGE_TOO_LARGE);
        assertThat(verdict.detail()).contains("10000x9000");
    }

    @Test
    void aWebpWithinTheLimitIsKeptAndOneWithoutAnyImageHeaderIsRefusedAsDamaged() {
        byte[] small = chunk("VP8 ", new byte[] {0x10, 0x02, 0, (byte) 0x9D, 0x01, 0x2A, 64, 0, 48, 0, 0, 0});
        byte[] cut = chunk("VP8 ", new byte[] {0x10, 0x02, 0, (byte) 0x9D});

        assertThat(inspection.inspect(riff(small)).refusal()).isNull();
        assertThat(inspection.inspect(riff(cut)).refusal()).isEqualTo(Refusal.UNREADABLE);
        assertThat(inspection.inspect(riff(chunk("ICCP", new byte[4]))).refusal()).isEqualTo(Refusal.UNREADABLE);
    }

    @Test
    void anAnimatedWebpWithAFrameLargerThanTheLimitIsRefused() {
        byte[] vp8x = chunk("VP8X", new byte[] {0x02, 0, 0, 0, 9, 0, 0, 9, 0, 0}); // a 10 x 10 canvas, animated
        // ANMF: x, y (3 bytes each), width - 1, height - 1 (3 bytes each), duration (3), flags (1), then the frame
        byte[] anmf = chunk("ANMF", new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, (byte) 0xFF,
            (byte) 0xFF, 0, 100, 0, 0, 0});

        var verdict = inspection.inspect(riff(vp8x, chunk("ANIM", new byte[6]), anmf));

        assertThat(verdict.refusal()).isEqualTo(Refusal.IMAGE_TOO_LARGE);
        assertThat(verdict.detail()).contains("65536x65536");
    }

    private static byte[] chunk(String fourcc, byte[] payload) {
        var b = ByteBuffer.allocate(8 + payload.length + (payload.length & 1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return b.array();
    }

    private static byte[] riff(byte[]... chunks) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII));
        Arrays.stream(chunks).forEach(out::writeBytes);
        byte[] b = out.toByteArray();
        ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, b.length - 8);
        return b;
    }

    @Test
    void aRefusalIsToldInTheConversationsLanguageWithTheLimitThatWasReached() {
        var shipped = new AttachmentProperties(DataSize.ofKilobytes(200), DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 4_000_000, 120_000_000, 3, java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(5), null, null, null, null);
        var inspection = new Inspection(shipped, org.answerdesk.language.TestTexts.of("en", "de"));

        assertThat(inspection.tell(Refusal.CONVERSATION_FULL, "scan.pdf", java.util.Locale.GERMAN))
                .isEqualTo("Ihre Datei „scan.pdf“ konnte ich leider nicht annehmen: Dateien dürfen höchstens 1 MB "
                        + "pro Unterhaltung groß sein. Können Sie eine kleinere senden oder beschreiben, was Sie brauchen?");
        assertThat(inspection.tell(Refusal.TYPE_NOT_ALLOWED, "a.exe", null)).startsWith("Sorry, I could not keep your file \"a.exe\"");
        assertThat(inspection.tell(Refusal.STORE_FULL, "b.png", java.util.Locale.ENGLISH))
                .contains("at most 10 MB for everyone's files together.");
    }
}
