package org.answerdesk.attachment;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * The pixels of images a client may have decoded and encoded again ({@code image-pixels-per-minute}): a token
 * bucket (Bucket4j) per client, a pixel a token. Decoding is the cost: a 116 KB PNG of 40 megapixels takes seconds
 * of CPU, so twenty of them from one address kept every other customer waiting. Small images are free. Per
 * instance: a client spread over several instances gets each one's budget, which still bounds each one's CPU.
 */
final class ImageBudgets {

    private final long perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    ImageBudgets(long perMinute) {
        this.perMinute = perMinute;
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
