package org.answerdesk.db;

import static org.answerdesk.Await.await;
import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.answerdesk.HttpApi;
import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;

/**
 * The app killed with SIGKILL (OOM killer, container runtime) during a stream of chats: the next start on the same
 * data directory succeeds, and every chat that was answered with a 200 is in the database. Killed again without its
 * watchdog, the app's postmaster stops soon after (one test: each app start is a JVM of its own). Its first app, started
 * with secrets in its environment, is also where {@link EmbeddedPostgresIsolationIT#assertIsolated} looks at the
 * app's postmaster.
 */
@WaitLane
class CrashRecoveryIT {

    private static final int ANSWERED_BEFORE_THE_KILL = 15;

    @Test
    void theNextStartAfterAKillMidStreamSucceedsAndKeepsEveryAnsweredChatAndItsWatchdogStopsThePostmaster() throws Exception {
        // the first start's unpack, initdb and embedding are other tests' subject: a copy of a cluster made once per
        // test JVM, holding the shipped model's vectors of the act phrasings and the off-topic background
        Path dataDir = DataDirs.startedOnceWithShippedVectors("crash");
        Path pgData = dataDir.resolve("postgres");
        Map<Long, String> answered = new ConcurrentHashMap<>(); // the reply's message id → the question
        long orphanPid;
        Map<String, String> secrets = EmbeddedPostgresIsolationIT.secrets();
        try (AppProcess app = AppProcess.start(dataDir, dataDir.resolve("first.log"), List.of(), secrets)) {
            // this app is also EmbeddedPostgresIsolationIT's (an app start costs more than the rest of that class)
            EmbeddedPostgresIsolationIT.assertIsolated(dataDir, secrets);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(3);
            List<Future<?>> streams = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                int client = c;
                streams.add(clients.submit(() -> chatUntilKilled(new HttpApi(app.port), client, answered, killed)));
            }
            await(answered::size, n -> n >= ANSWERED_BEFORE_THE_KILL, "chats answered before the kill");
            // the watchdog goes too, as when a whole process group is killed: the postmaster is left orphaned
            app.watchdogs().forEach(ProcessHandle::destroyForcibly);
            killed.set(true);
            app.kill();
            for (Future<?> stream : streams) {
                stream.get(70, TimeUnit.SECONDS);
            }
            clients.shutdown();
            orphanPid = LeftoverPostmaster.pid(pgData).orElseThrow();
            assertThat(ProcessHandle.of(orphanPid)).as("the orphaned postmaster").hasValueSatisfying(
                    p -> assertThat(p.isAlive()).isTrue());
        }

        long postmaster;
        try (AppProcess again = AppProcess.start(dataDir, dataDir.resolve("second.log"))) {
            assertThat(again.healthStatus()).isEqualTo(200);
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            int port = Integer.parseInt(Files.readAllLines(pgData.resolve("postmaster.pid")).get(3).strip());
            String password = Files.readString(dataDir.resolve("postgres-password")).strip();
            try (Connection db = EmbeddedPostgresServerIT.connect(port, password);
                 var query = db.prepareStatement("select q.text from message m join message q on q.id = m.reply_to_id"
                         + " where m.id = ?")) {
                for (var chat : answered.entrySet()) {
                    query.setLong(1, chat.getKey());
                    try (var rs = query.executeQuery()) {
                        assertThat(rs.next()).as("reply %d to \"%s\" is stored", chat.getKey(), chat.getValue()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo(chat.getValue());
                    }
                }
            }
            // this time the app alone is killed: its watchdog stops the postmaster soon after
            postmaster = LeftoverPostmaster.pid(pgData).orElseThrow();
            assertThat(again.watchdogs()).hasSize(1);
            again.kill();
        }
        try {
            await(() -> ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), alive -> !alive,
                    "the postmaster to stop after the app was killed");
        } finally {
            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private static Void chatUntilKilled(HttpApi api, int client, Map<Long, String> answered, AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            String question = "How do I reset my password? (client " + client + ", message " + i + ")";
            try {
                var response = api.post("/api/chat", json("session_id", "crash-client-" + client, "message", question));
                if (response.status() == 200) {
                    answered.put(response.json().get("message_id").asLong(), question);
                }
            } catch (RuntimeException connectionLost) {
                return null;
            }
        }
        return null;
    }
}
