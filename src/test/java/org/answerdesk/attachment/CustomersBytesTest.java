package org.answerdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.answerdesk.transcription.TestAudio;
import org.answerdesk.transcription.TestWebm;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Every parser of customers' bytes (WebM, WebP sizes, PNG/JPEG/GIF sizes, EXIF orientation, the type check with its
 * MP4 brand) is fed its files cut at every length and with every header byte set to its largest values: it
 * saturates or gives up, never throws. Two crafted WebMs of about 100 bytes (a declared duration of 10^13 ticks, a
 * cluster time near 2^63) are refused as unreadable by the check and by the inspection, once.
 */
class CustomersBytesTest {

    private static final Inspection INSPECTION = new Inspection(new AttachmentProperties(DataSize.ofMegabytes(1),
            DataSize.ofMegabytes(1), DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 4_000_000, 120_000_000, 3,
            Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5), "{limit}", "type", "damaged",
            "failed"), org.answerdesk.language.TestTexts.ENGLISH);

    @Test
    void aWebmDeclaringAnEndlessDurationIsRefusedAsUnreadable() {
        byte[] webm = TestWebm.declaring(1e13);

        assertThat(webm.length).isLessThan(110);
        assertThat(FileTypes.detect(webm)).isEqualTo(FileTypes.WEBM);
        assertThat(Webm.length(webm)).isEmpty();
        assertThat(INSPECTION.check(webm).verdict().refusal()).isEqualTo(Inspection.Refusal.UNREADABLE);
        assertThat(INSPECTION.inspect(webm).refusal()).isEqualTo(Inspection.Refusal.UNREADABLE);
    }

    @Test
    void aWebmWithAClusterTimeNearTheLargestLongIsRefusedAsUnreadable() {
        for (long time : new long[] {Long.MAX_VALUE - 5, 1L << 62, -1}) {
            byte[] webm = TestWebm.clusterAt(time);

            assertThat(webm.length).isLessThan(120);
            assertThat(FileTypes.detect(webm)).isEqualTo(FileTypes.WEBM);
            assertThat(Webm.length(webm)).isEmpty();
            assertThat(INSPECTION.check(webm).verdict().refusal()).isEqualTo(Inspection.Refusal.UNREADABLE);
            assertThat(INSPECTION.inspect(webm).refusal()).isEqualTo(Inspection.Refusal.UNREADABLE);
        }
        assertThat(Webm.length(TestWebm.clusterAt(2_000))).as("a sane one reads")
            .contains(Duration.ofMillis(2_010));
    }

    @Test
    void everyParserSurvivesItsFilesCutShortAndItsHeadersAtTheirLargest() {
        List<byte[]> files = List.of(TestWebm.speech("Hello"), TestWebm.declaring(60_000), TestWebm.clusterAt(5),
                TestImages.png(8, 8, null), TestImages.encode("gif", 8, 8), TestImages.encode("jpeg", 8, 8),
                exifJpeg(), webp(), mp4("M4A "), mp4("isom"), TestAudio.speech("Hello"));
        for (byte[] file : files) {
            for (int cut = 0; cut <= Math.min(file.length, 400); cut++) {
                parse(Arrays.copyOf(file, cut));
            }
            for (int at = 0; at < Math.min(file.length, 200); at++) {
                for (byte value : new byte[] {(byte) 0xFF, 0x7F, (byte) 0x80}) {
                    byte[] changed = file.clone();
                    changed[at] = value;
                    parse(changed);
                }
            }
        }
    }

    private static void parse(byte[] bytes) {
        assertThatCode(() -> {
            String type = FileTypes.detect(bytes);
            Webm.isAudio(bytes);
            Webm.length(bytes);
            Webm.damaged(bytes);
            Orientation.of(bytes);
            if (type != null && type.startsWith("image/")) {
                try {
                    Images.pixels(bytes, type);
                } catch (Images.Refused expected) {
                    // a refusal is the answer to a damaged image
                }
            } else if (type != null) {
                INSPECTION.inspect(bytes);
            }
        }).as("%d bytes starting %s", bytes.length, Arrays.toString(Arrays.copyOf(bytes, Math.min(12, bytes.length))))
            .doesNotThrowAnyException();
    }

    private static byte[] exifJpeg() {
        var tiff = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
        tiff.put("Exif\0\0MM\0*".getBytes(StandardCharsets.ISO_8859_1)).putInt(8).putShort((short) 1)
            .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0).putInt(0);
        return TestImages.withApp1(TestImages.encode("jpeg", 8, 8), tiff.array());
    }

    private static byte[] webp() {
        var b = ByteBuffer.allocate(12 + 18 + 14).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put(new byte[] {0, 0, 0, 0, 9, 0, 0, 9, 0, 0});
        b.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(5).put(new byte[] {0x2F, 0, 0, 0, 0, 0});
        return b.array();
    }

    private static byte[] mp4(String brand) {
        var b = ByteBuffer.allocate(32);
        b.putInt(32).put(("ftyp" + brand).getBytes(StandardCharsets.US_ASCII)).putInt(0);
        return b.array();
    }
}
