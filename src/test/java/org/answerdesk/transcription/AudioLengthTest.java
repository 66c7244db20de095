package org.answerdesk.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The length of real OGG/Opus recordings (made by espeak-ng and opusenc) read from the container. */
class AudioLengthTest {

    @Test
    void theLengthOfSpeechIsReadFromTheOggContainerAsTheWavItWasEncodedFromLasts() {
        byte[] wav = TestAudio.speechWav("How do I reset my password?");
        int byteRate = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(28);
        long wavMillis = (wav.length - 44) * 1000L / byteRate;

        Duration read = AudioLength.of(TestAudio.speech("How do I reset my password?")).orElseThrow();

        assertThat(wavMillis).isGreaterThan(1000);
        assertThat(read.toMillis()).isBetween(wavMillis - 30, wavMillis + 30);
    }

    @Test
    void aBrowsersWebmRecordingIsReadFromItsBlocks() {
        Duration ogg = AudioLength.of(TestAudio.speech("How do I reset my password?")).orElseThrow();

        Duration webm = AudioLength.of(TestWebm.speech("How do I reset my password?")).orElseThrow();

        assertThat(webm.toMillis()).isBetween(ogg.toMillis() - 60, ogg.toMillis() + 30);
        assertThat(AudioLength.of(TestWebm.remux(TestAudio.tone(Duration.ofSeconds(25)), 2, null)))
            .hasValueSatisfying(d -> assertThat(d.toMillis()).isBetween(24_900L, 25_050L));
    }

    @Test
    void aLongRecordingReadsLong() {
        assertThat(AudioLength.of(TestAudio.tone(Duration.ofSeconds(25)))).hasValueSatisfying(
                d -> assertThat(d.toMillis()).isBetween(24_950L, 25_050L));
    }

    @Test
    void otherFormatsAndDamagedContainersHaveNoLength() {
        assertThat(AudioLength.of(TestAudio.wav(Duration.ofSeconds(1)))).isEmpty();
        assertThat(AudioLength.of("OggS".getBytes())).isEmpty();
        assertThat(AudioLength.of(new byte[0])).isEmpty();
        byte[] ogg = TestAudio.speech("How do I reset my password?");
        assertThat(AudioLength.of(Arrays.copyOf(ogg, 40))).as("the header page cut short").isEmpty();
        assertThat(AudioLength.of(Arrays.copyOf(ogg, ogg.length / 2))).as("a truncated recording: what is there")
            .hasValueSatisfying(d -> assertThat(d).isLessThan(AudioLength.of(ogg).orElseThrow()));
    }

    @Test
    void aHugeGranuleSaturatesToALongLengthNeverANegativeOne() {
        byte[] ogg = TestAudio.speech("How do I reset my password?");
        int last = lastPage(ogg);
        for (long granule : new long[] {Long.MAX_VALUE - 1, Long.MAX_VALUE / 1000 + 1, 1L << 60}) {
            byte[] forged = ogg.clone();
            ByteBuffer.wrap(forged).order(ByteOrder.LITTLE_ENDIAN).putLong(last + 6, granule);

            assertThat(AudioLength.of(forged)).as("granule %d", granule)
                .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
        }
    }

    /** Where the last page of an OGG stream starts. */
    static int lastPage(byte[] ogg) {
        int at = 0;
        int last = 0;
        while (at + 27 <= ogg.length) {
            last = at;
            int count = ogg[at + 26] & 0xFF;
            int body = 0;
            for (int i = 0; i < count; i++) {
                body += ogg[at + 27 + i] & 0xFF;
            }
            at += 27 + count + body;
        }
        return last;
    }
}
