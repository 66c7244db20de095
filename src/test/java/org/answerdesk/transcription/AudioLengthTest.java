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
}
