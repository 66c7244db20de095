package org.answerdesk.transcription;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.answerdesk.Tools;

/**
 * Real voice notes made by the tests: speech from {@code espeak-ng} (a WAV), encoded as OGG/Opus by {@code opusenc},
 * as Telegram and WhatsApp send them. Both are found as {@code .ci/run} installs them (Debian's espeak-ng and
 * opus-tools); missing, the test is skipped, and fails under {@code CI=true}.
 */
public final class TestAudio {

    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

    private TestAudio() {
    }

    /** {@code text} spoken, as OGG/Opus. */
    public static byte[] speech(String text) {
        return MADE.computeIfAbsent("say:" + text, k -> opus(wav -> run(List.of(espeak().toString(), "-v", "en",
                "-w", wav.toString(), text))));
    }

    /** {@code text} spoken by espeak-ng as a WAV (16-bit mono). */
    public static byte[] speechWav(String text) {
        return MADE.computeIfAbsent("wav:" + text, k -> {
            try {
                Path wav = Files.createTempFile("speech", ".wav");
                try {
                    run(List.of(espeak().toString(), "-v", "en", "-w", wav.toString(), text));
                    return Files.readAllBytes(wav);
                } finally {
                    Files.deleteIfExists(wav);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A quiet tone of this length (a recording too long to send), as OGG/Opus. */
    public static byte[] tone(Duration length) {
        return MADE.computeIfAbsent("tone:" + length, k -> opus(wav -> {
            try {
                Files.write(wav, wav(length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** A 16 kHz mono 16-bit WAV of a soft 440 Hz tone. */
    static byte[] wav(Duration length) {
        int rate = 16_000;
        int samples = (int) (length.toMillis() * rate / 1000);
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
            .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
            .putShort((short) 16).put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (2000 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        return b.array();
    }

    private interface WavMaker {
        void make(Path wav);
    }

    private static byte[] opus(WavMaker maker) {
        try {
            Path dir = Files.createTempDirectory("voice");
            try {
                Path wav = dir.resolve("in.wav");
                Path ogg = dir.resolve("out.ogg");
                maker.make(wav);
                run(List.of(opusenc().toString(), "--quiet", "--bitrate", "24", wav.toString(), ogg.toString()));
                return Files.readAllBytes(ogg);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path espeak() {
        return Tools.require(Tools.find("espeak-ng"), "espeak-ng is not installed (apt-get install espeak-ng)");
    }

    static Path opusenc() {
        return Tools.require(Tools.find("opusenc"), "opusenc is not installed (apt-get install opus-tools)");
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.getInputStream().transferTo(out);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
