package org.answerdesk.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.answerdesk.HttpApi;

/**
 * What customers' photos cost the chat: the app as a separate process with the JVM's defaults; the latency of
 * {@code POST /api/chat} (FAQ questions, one client) alone, then while another client sends {@code --photos} JPEGs
 * of about 2 MB to {@code POST /api/chat/files} (checked, re-encoded without metadata, stored); the peak resident
 * memory before and after the photos.
 */
public final class AttachmentBenchmark {


    public static void main(String[] args) throws Exception {
        int photos = args.length > 1 && args[0].equals("--photos") ? Integer.parseInt(args[1]) : 100;
        Path dir = Files.createTempDirectory("answerdesk-attachment-bench");
        try (var app = AppProcess.start(Optional.empty(), dir.resolve("data"), List.of(
                "--answerdesk.attachment.max-per-client=10GB", "--answerdesk.attachment.max-per-conversation=10GB"),
                dir.resolve("app.log"))) {
            System.out.println("ready in " + app.awaitReady(Duration.ofMinutes(5)).toSeconds() + " s");
            var api = new HttpApi(app.port());
            ChatTimes.of(api, 300); // warm-up
            byte[] photo = photo();
            api.upload("/api/chat/files", "warm.jpg", photo, "session_id", "warm-" + UUID.randomUUID());
            long[] before = app.rssMb();
            List<Long> alone = ChatTimes.of(api, 300);
            var sent = new AtomicInteger();
            List<Long> uploads = new ArrayList<>();
            Thread sender = new Thread(() -> {
                for (int i = 0; i < photos; i++) {
                    long t = System.nanoTime();
                    var r = api.upload("/api/chat/files", "photo-" + i + ".jpg", photo, "session_id",
                            "bench-photos-" + (i % 10));
                    uploads.add(System.nanoTime() - t);
                    if (r.status() == 200) {
                        sent.incrementAndGet();
                    } else if (i == 0) {
                        System.out.println("upload refused: " + r.status() + " " + r.body());
                    }
                }
            });
            sender.start();
            List<Long> during = new ArrayList<>();
            while (sender.isAlive()) {
                during.addAll(ChatTimes.of(api, 10));
            }
            long[] after = app.rssMb();
            System.out.printf("photo: %d bytes; %d of %d kept%n", photo.length, sent.get(), photos);
            System.out.printf("chat alone:         p50 %.1f ms  p99 %.1f ms  (n=%d)%n", p(alone, 50), p(alone, 99),
                    alone.size());
            System.out.printf("chat during photos: p50 %.1f ms  p99 %.1f ms  (n=%d)%n", p(during, 50), p(during, 99),
                    during.size());
            System.out.printf("upload of a photo:  p50 %.1f ms  p99 %.1f ms%n", p(uploads, 50), p(uploads, 99));
            System.out.printf("RSS before photos: %d MB (peak %d MB); after: %d MB (peak %d MB)%n", before[0],
                    before[1], after[0], after[1]);
        }
    }

    /** A photo-like JPEG of about 2 MB: noise does not compress. */
    private static byte[] photo() throws Exception {
        var img = new BufferedImage(2100, 1600, BufferedImage.TYPE_INT_RGB);
        var random = new Random(41);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }
}
