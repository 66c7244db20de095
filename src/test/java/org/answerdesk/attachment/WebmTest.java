package org.answerdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import org.answerdesk.transcription.TestAudio;
import org.answerdesk.transcription.TestWebm;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * WebM recordings as a browser makes them (real Opus speech from espeak-ng and opusenc, in the container Chromium's
 * MediaRecorder writes): taken as audio by their bytes, a video refused, their length read without a header duration.
 */
class WebmTest {

    private static final String SAID = "How do I reset my password?";

    @Test
    void aBrowsersRecordingIsAudioAndItsLengthIsItsLastBlocksTime() {
        byte[] webm = TestWebm.speech(SAID);

        assertThat(FileTypes.detect(webm)).isEqualTo("audio/webm");
        long ogg = ogg();
        // the latest block starts one Opus frame (20 ms) before the end
        assertThat(Webm.length(webm)).hasValueSatisfying(d -> assertThat(d.toMillis()).isBetween(ogg - 60, ogg));
        assertThat(ogg).isGreaterThan(1000);
    }

    @Test
    void theInspectionKeepsARecordingAndRefusesAVideoOrMatroska() {
        var settings = new AttachmentProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 4_000_000, 120_000_000, 3, Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofSeconds(5), "{limit}", "type", "damaged", "failed");
        var inspection = new Inspection(settings, org.answerdesk.language.TestTexts.ENGLISH);
        byte[] webm = TestWebm.speech(SAID);
        byte[] video = TestWebm.remux(TestAudio.speech(SAID), 1, null);
        String matroska = new String(webm, java.nio.charset.StandardCharsets.ISO_8859_1).replace("webm", "mkv\0");

        var kept = inspection.check(webm).verdict();
        assertThat(kept.refusal()).isNull();
        assertThat(kept.mediaType()).isEqualTo("audio/webm");
        assertThat(Inspection.safeName("voice", kept.mediaType())).isEqualTo("voice.webm");
        assertThat(inspection.check(video).verdict().refusal()).isEqualTo(Inspection.Refusal.TYPE_NOT_ALLOWED);
        assertThat(inspection.check(matroska.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).verdict()
            .refusal()).isEqualTo(Inspection.Refusal.TYPE_NOT_ALLOWED);
    }

    @Test
    void aDurationInTheHeaderCountsAndADamagedFileReadsAsFarAsItGoes() {
        byte[] webm = TestWebm.speech(SAID);
        byte[] declared = TestWebm.remux(TestAudio.speech(SAID), 2, 60_000.0);

        assertThat(Webm.length(declared)).contains(Duration.ofSeconds(60));
        assertThat(Webm.length(Arrays.copyOf(webm, webm.length / 2))).as("truncated: what is there")
            .hasValueSatisfying(d -> assertThat(d).isLessThan(Webm.length(webm).orElseThrow()));
        assertThat(Webm.length(Arrays.copyOf(webm, 30))).as("the header cut short").isEmpty();
        assertThat(Webm.isAudio(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0xFF})).isFalse();
        assertThat(Webm.length(TestAudio.speech(SAID))).as("OGG is not WebM").isEmpty();
        byte[] ones = new byte[64];
        Arrays.fill(ones, (byte) 0xFF);
        System.arraycopy(webm, 0, ones, 0, 4);
        assertThat(Webm.isAudio(ones)).isFalse();
    }

    private static long ogg() {
        var packets = TestWebm.packets(TestAudio.speech(SAID));
        return packets.subList(2, packets.size()).stream().mapToLong(TestWebm::millis).sum();
    }
}
