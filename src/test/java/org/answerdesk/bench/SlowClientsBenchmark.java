package org.answerdesk.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.answerdesk.HttpApi;

/**
 * What clients that hold the server cost another customer's chat answer (issue 53, "Done when"): the app as a
 * separate process (rate limits off, the worst case: nothing stops the load but the body filter and the image
 * budget); the latency of {@code POST /api/chat} (FAQ questions) alone, then while
 * <ol>
 * <li>50 connections trickle a body into {@code /whatsapp/webhook} (a byte every 500 ms, reconnecting when cut),</li>
 * <li>20 connections trickle multipart uploads into {@code /api/chat/files} (half chunked),</li>
 * <li>20 clients upload a 6000 x 6666 PNG (a few hundred KB, 40 megapixels) to {@code /api/chat/files} in a loop.</li>
 * </ol>
 * Each phase runs {@code --seconds} (default 30). Prints p50, p99 and the slowest answer per phase.
 */
public final class SlowClientsBenchmark {


    public static void main(String[] args) throws Exception {
        int seconds = args.length > 1 && args[0].equals("--seconds") ? Integer.parseInt(args[1]) : 30;
        Path dir = Files.createTempDirectory("answerdesk-slow-clients-bench");
        try (var app = AppProcess.start(Optional.empty(), dir.resolve("data"), List.of(
                "--answerdesk.whatsapp.access-token=bench", "--answerdesk.whatsapp.phone-number-id=1",
                "--answerdesk.whatsapp.app-secret=bench-secret", "--answerdesk.whatsapp.verify-token=bench",
                "--answerdesk.whatsapp.api-url=http://127.0.0.1:9",
                "--answerdesk.attachment.max-per-client=10GB", "--answerdesk.attachment.max-per-conversation=10GB"),
                dir.resolve("app.log"))) {
            System.out.println("ready in " + app.awaitReady(Duration.ofMinutes(5)).toSeconds() + " s");
            var api = new HttpApi(app.port());
            ChatTimes.of(api, 100); // warm-up
            report("chat alone", ChatTimes.of(api, 100));

            report("chat during 50 slow bodies on /whatsapp/webhook", during(seconds, api,
                    stop -> slowBodies(app.port(), 50, stop, i -> "POST /whatsapp/webhook HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{", i -> " ")));

            String part = "--b\r\nContent-Disposition: form-data; name=\"session_id\"\r\n\r\nslow\r\n--b\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n";
            report("chat during 20 slow multipart uploads", during(seconds, api, stop -> slowBodies(app.port(), 20,
                    stop, i -> "POST /api/chat/files HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
                            + "boundary=b\r\n" + (i % 2 == 0 ? "Transfer-Encoding: chunked\r\n\r\n"
                            + Integer.toHexString(part.length()) + "\r\n" + part + "\r\n"
                            : "Content-Length: 1000000\r\n\r\n" + part),
                    i -> i % 2 == 0 ? "1\r\nx\r\n" : "x")));

            byte[] png = largePng();
            System.out.printf("large PNG: %d bytes, 6000 x 6666 pixels%n", png.length);
            var outcomes = new java.util.concurrent.ConcurrentHashMap<Integer, AtomicInteger>();
            report("chat during 20 large-pixel PNG uploads", during(seconds, api, stop -> {
                ExecutorService uploaders = Executors.newFixedThreadPool(20);
                for (int i = 0; i < 20; i++) {
                    int n = i;
                    uploaders.execute(() -> {
                        while (!stop.get()) {
                            var r = api.upload("/api/chat/files", "large-" + n + ".png", png, "session_id",
                                    "bench-png-" + n);
                            outcomes.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                        }
                    });
                }
                uploaders.shutdown();
            }));
            System.out.println("PNG upload outcomes by status: " + outcomes);
        }
    }

    private interface Load {
        void start(AtomicBoolean stop) throws Exception;
    }

    private static List<Long> during(int seconds, HttpApi api, Load load) throws Exception {
        var stop = new AtomicBoolean();
        load.start(stop);
        Thread.sleep(3000); // the load is in place
        List<Long> times = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try {
            while (System.nanoTime() < end) {
                times.addAll(ChatTimes.of(api, 1));
                Thread.sleep(200);
            }
        } finally {
            stop.set(true);
        }
        Thread.sleep(2000);
        return times;
    }

    /** Connections that send their head, then a piece every 500 ms; a new one whenever the server cuts one. */
    private static void slowBodies(int port, int count, AtomicBoolean stop,
                                   java.util.function.IntFunction<String> head,
                                   java.util.function.IntFunction<String> piece) {
        for (int i = 0; i < count; i++) {
            int n = i;
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                        OutputStream out = socket.getOutputStream();
                        out.write(head.apply(n).getBytes(StandardCharsets.ISO_8859_1));
                        while (!stop.get() && socket.getInputStream().available() == 0) {
                            Thread.sleep(500);
                            out.write(piece.apply(n).getBytes(StandardCharsets.ISO_8859_1));
                        }
                    } catch (IOException e) {
                        // cut off: connect again
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** 6000 x 6666 pixels in a gradient: compresses to little, decodes to 40 megapixels. */
    private static byte[] largePng() throws IOException {
        var image = new BufferedImage(6000, 6666, BufferedImage.TYPE_BYTE_GRAY);
        var raster = image.getRaster();
        for (int y = 0; y < 6666; y++) {
            for (int x = 0; x < 6000; x++) {
                raster.setSample(x, y, 0, (x / 50 + y / 50) & 0xFF);
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("%-50s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (n=%d)%n", what, p(sorted, 50),
                p(sorted, 99), sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

    private static double p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }
}
