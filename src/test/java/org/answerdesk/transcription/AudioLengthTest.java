package org.answerdesk.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The length of real OGG/Opus recordings (made by espeak-ng and opusenc) read from the container, and of MP3 and M4A
 * files from what plays in them, never from what they declare.
 */
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
    @Test
    void anMp3IsAsLongAsItsFramesPlayWhateverItDeclares() {
        assertThat(AudioLength.of(TestMp4.mp3(5_000))).as("6 minutes in 360 KB at 8 kbps")
            .hasValue(Duration.ofMinutes(6));
        byte[] mp3 = TestMp4.mp3(100);
        assertThat(AudioLength.of(Arrays.copyOf(mp3, mp3.length - 10))).as("the last frame cut short is not played")
            .hasValue(Duration.ofMillis(99 * 72));
        assertThat(AudioLength.of(new byte[] {'I', 'D', '3', 4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f})).as("a tag past the end")
            .isEmpty();
    }

    @Test
    void anM4aIsAsLongAsTheFramesOfItsSoundTrackNeverWhatItsHeadersDeclare() {
        assertThat(AudioLength.of(TestMp4.m4a(30_000, 16_000, true))).as("its movie header says one second")
            .hasValue(Duration.ofSeconds(1920));
        assertThat(AudioLength.of(TestMp4.m4a(30_000, 65_535, true))).as("a rate over 48 kHz counts as 48 kHz")
            .hasValue(Duration.ofSeconds(640));
        assertThat(AudioLength.of(TestMp4.m4a(30_000, 16_000, false))).as("no sound track").isEmpty();
        assertThat(AudioLength.of(TestMp4.m4a(30_000, 0, true))).as("no rate").isEmpty();
        byte[] m4a = TestMp4.m4a(30_000, 16_000, true);
        for (int cut = 0; cut < m4a.length; cut++) {
            assertThat(AudioLength.of(Arrays.copyOf(m4a, cut))).as("cut at %d", cut).isEmpty();
        }
        byte[] huge = m4a.clone();
        ByteBuffer.wrap(huge).putInt(24, 1).putLong(32, Long.MAX_VALUE); // the moov box as a 64-bit size past the end
        assertThat(AudioLength.of(huge)).isEmpty();
    }

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
