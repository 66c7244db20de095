package org.answerdesk.attachment;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * The pixels of images a client may have decoded and encoded again ({@code image-pixels-per-minute}): a token
 * bucket (Bucket4j) per client, a pixel a token. Decoding is the cost: a 116 KB PNG of 40 megapixels takes seconds
 * of CPU, so twenty of them from one address kept every other customer waiting. Small images are free. One budget
 * per client for every route that decodes images on a request (the web chat's upload, staff's files).
 * <p>
 * Per instance, by choice: what it protects is the CPU of the instance that decodes, and each instance has its own.
 * A client spread over three instances gets three budgets, but no instance decodes more than one budget's pixels a
 * minute for it, so no instance's other customers wait longer than with one instance. A budget in PostgreSQL would
 * add a statement to each large image and bound nothing more that matters (docs/attachments.md).
 */
@Component
class ImageBudgets {

    private final long perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    ImageBudgets(AttachmentProperties properties) {
        this.perMinute = properties.imagePixelsPerMinute();
    }

    /** Takes the image's pixels from the client's budget: false when there are not so many left. */
    boolean take(String client, long pixels) {
        if (pixels <= Images.SMALL || perMinute <= 0) {
            return true;
        }
        Bucket bucket = buckets.get(client == null ? "" : client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        return bucket.tryConsume(Math.min(pixels, perMinute));
    }
}
