package org.answerdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.answerdesk.Await;
import org.answerdesk.HttpApi;
import org.answerdesk.channel.telegram.FakeTelegram;
import org.answerdesk.transcription.FakeTranscriber;
import org.answerdesk.transcription.TestAudio;
import org.answerdesk.transcription.TestWebm;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;

import tools.jackson.databind.node.ObjectNode;

/**
 * What hearing a voice note adds to its answer, apart from the speech server's own work: the app in this JVM with the
 * product's defaults (frozen model), a Telegram stand-in serving a real OGG/Opus voice note (espeak-ng, opusenc) and
 * a stand-in transcriber that answers at once. Typed questions and voice notes saying the same question alternate,
 * one at a time; each is timed inside the app, from the message's row to its answer's row (both stored by the app,
 * so the polling of the stand-in is not counted). The voice note's extra is the download, the length check, the
 * multipart upload and the stand-in's answer on loopback, and the message's change.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) org.answerdesk.bench.VoiceBenchmark --n 100
 * </pre>
 */
public final class VoiceBenchmark {

    private static final String QUESTION = "How do I reset my password?";
    private static final long FIXTURE_CHAT = 5550001;

    private VoiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length >= 2 && args[0].equals("--n") ? Integer.parseInt(args[1]) : 100;
        byte[] audio = TestAudio.speech(QUESTION);
        FakeTranscriber.hears(audio, QUESTION);
        Path dataDir = Files.createTempDirectory("voice-bench");
        try (FakeTelegram telegram = FakeTelegram.separate()) {
            List<String> appArgs = new ArrayList<>(InProcessApp.productDefaults(dataDir, true));
            telegram.arguments().forEach(appArgs::add);
            for (String p : FakeTranscriber.properties()) {
                appArgs.add("--" + p);
            }
            telegram.server().stubFor(post(urlPathMatching(FakeTelegram.path("getFile"))).atPriority(1)
                    .withRequestBody(containing("bench-voice")).willReturn(aResponse()
                            .withHeader("Content-Type", "application/json").withBody("""
                                    {"ok": true, "result": {"file_id": "bench-voice", "file_unique_id": "u",
                                     "file_size": %d, "file_path": "voice/bench.oga"}}""".formatted(audio.length))));
            telegram.server().stubFor(get(urlPathEqualTo("/file/bot" + FakeTelegram.TOKEN + "/voice/bench.oga"))
                    .willReturn(aResponse().withBody(audio)));
            try (var app = InProcessApp.Running.start(appArgs, true, Duration.ZERO)) {
                JdbcClient jdbc = JdbcClient.create(app.data());
                List<Double> typed = new ArrayList<>();
                List<Double> spoken = new ArrayList<>();
                for (int i = 0; i < n + 10; i++) {
                    double t = send(telegram, jdbc, false, audio.length);
                    double v = send(telegram, jdbc, true, audio.length);
                    if (i >= 10) { // the first ten warm up
                        typed.add(t);
                        spoken.add(v);
                    }
                }
                System.out.printf(Locale.ROOT, "voice note of %d bytes, %s; n=%d each, load average %s%n",
                        audio.length, "OGG/Opus", n, InProcessApp.loadAverage());
                System.out.printf(Locale.ROOT, "typed question: p50 %.1f ms, p99 %.1f ms%n", pct(typed, 50),
                        pct(typed, 99));
                System.out.printf(Locale.ROOT, "voice note:     p50 %.1f ms, p99 %.1f ms%n", pct(spoken, 50),
                        pct(spoken, 99));
                List<Double> added = new ArrayList<>();
                for (int i = 0; i < spoken.size(); i++) {
                    added.add(spoken.get(i) - typed.get(i));
                }
                System.out.printf(Locale.ROOT, "added (pairwise): p50 %.1f ms, p99 %.1f ms%n", pct(added, 50),
                        pct(added, 99));
                web(new HttpApi(app.port()), n);
            }
        }
    }

    /**
     * The web chat: a typed question ({@code POST /api/chat}) and a recording saying it (WebM/Opus as Chromium's
     * MediaRecorder writes it, {@code POST /api/chat/files}) in turns, each in a new session, timed by the client
     * from the request to the answer (in its response; the recording's on the page's poll): the recording's extra is its upload, the checks, keeping it,
     * the length read, the call to the stand-in on loopback and the message's change.
     */
    private static void web(HttpApi api, int n) {
        byte[] recording = TestWebm.speech(QUESTION);
        FakeTranscriber.hears(recording, QUESTION);
        List<Double> typed = new ArrayList<>();
        List<Double> spoken = new ArrayList<>();
        for (int i = 0; i < n + 10; i++) {
            long t0 = System.nanoTime();
            var t = api.post("/api/chat", HttpApi.json("session_id", "bench-typed-" + i, "message", QUESTION));
            long t1 = System.nanoTime();
            var v = api.upload("/api/chat/files", "voice.webm", recording, "session_id", "bench-voice-" + i);
            // accepted at once (202), heard by the answer workers: the answer comes on the page's poll
            String poll = "/api/chat/bench-voice-" + i + "/messages?after=0";
            String heard = org.answerdesk.Await.await(() -> api.get(poll)
                    .body(), b -> b.contains("You asked"), "the recording's answer");
            long t2 = System.nanoTime();
            if (t.status() != 200 || v.status() != 202 || heard.isEmpty()) {
                throw new IllegalStateException("web chat answered " + t.status() + " / " + v.status() + ": " + v.body());
            }
            if (i >= 10) {
                typed.add((t1 - t0) / 1e6);
                spoken.add((t2 - t1) / 1e6);
            }
        }
        List<Double> added = new ArrayList<>();
        for (int i = 0; i < spoken.size(); i++) {
            added.add(spoken.get(i) - typed.get(i));
        }
        System.out.printf(Locale.ROOT, "web recording of %d bytes, WebM/Opus; n=%d each, load average %s%n",
                recording.length, n, InProcessApp.loadAverage());
        System.out.printf(Locale.ROOT, "web typed question: p50 %.1f ms, p99 %.1f ms%n", pct(typed, 50), pct(typed, 99));
        System.out.printf(Locale.ROOT, "web recording:      p50 %.1f ms, p99 %.1f ms%n", pct(spoken, 50),
                pct(spoken, 99));
        System.out.printf(Locale.ROOT, "web added (pairwise): p50 %.1f ms, p99 %.1f ms%n", pct(added, 50),
                pct(added, 99));
    }

    /** One message, answered: milliseconds from its row to its answer's row. */
    private static double send(FakeTelegram telegram, JdbcClient jdbc, boolean voice, int size) {
        long chat = telegram.nextChatId();
        ObjectNode update;
        if (voice) {
            update = telegram.fixture("private-voice.json", FIXTURE_CHAT, chat);
            ((ObjectNode) update.at("/message/voice")).put("file_id", "bench-voice").put("file_size", size);
        } else {
            update = telegram.fixture("private-text.json", FIXTURE_CHAT, chat);
            ((ObjectNode) update.get("message")).put("text", QUESTION);
        }
        telegram.push(update);
        Await.await(() -> telegram.messagesTo(chat), m -> !m.isEmpty(), "the answer");
        return jdbc.sql("""
                select extract(epoch from (max(o.created_at) - min(i.created_at))) * 1000
                from message i join message o on o.conversation_id = i.conversation_id and o.direction = 'OUT'
                join conversation c on c.id = i.conversation_id
                where c.channel = 'TELEGRAM' and c.external_key = :k and i.direction = 'IN'""")
            .param("k", Long.toString(chat)).query(Double.class).single();
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
