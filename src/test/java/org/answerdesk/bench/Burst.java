package org.answerdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Bursts of concurrent {@code POST /api/chat} requests at an {@link AppProcess}, sampling its resident memory. */
final class Burst {

    /** What a series of bursts did: answers by status, the app's RSS before and at its highest sample, in MB. */
    record Result(int ok, int failed, long rssBeforeMb, long rssMaxMb, long hwmMb, double seconds,
                  java.util.Map<String, Integer> failures) {
    }

    private Burst() {
    }

    static Result run(AppProcess app, List<String> questions, int concurrent, int bursts)
            throws IOException, InterruptedException {
        long before = app.rssMb()[0];
        AtomicLong max = new AtomicLong(before);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                try {
                    max.accumulateAndGet(app.rssMb()[0], Math::max);
                    Thread.sleep(10);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        String run = Long.toString(System.nanoTime(), 36);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        int ok = 0;
        int failed = 0;
        java.util.Map<String, Integer> failures = new java.util.TreeMap<>(); // by HTTP status or exception
        long start = System.nanoTime();
        for (int b = 0; b < bursts; b++) {
            List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                // a session of its own per run: the warm-up's sessions, some handed to a person, would make the
                // bot stay silent (202) in the measured bursts
                String body = org.answerdesk.HttpApi.json("session_id", "burst-" + run + "-" + b + "-" + i,
                        "message", questions.get(i % questions.size()) + " (burst " + b + "-" + i + ")");
                replies.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/chat"))
                        .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (var reply : replies) {
                try {
                    int status = reply.join().statusCode();
                    if (status == 200) {
                        ok++;
                    } else {
                        failed++;
                        failures.merge("HTTP " + status, 1, Integer::sum);
                    }
                } catch (RuntimeException e) {
                    failed++;
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    failures.merge(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 1, Integer::sum);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampling.set(false);
        sampler.join();
        return new Result(ok, failed, before, max.get(), app.rssMb()[1], seconds, failures);
    }
}
