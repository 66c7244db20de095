package org.answerdesk.api;

import java.time.Duration;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * A token bucket (Bucket4j) per client address and kind of request. Memory stays bounded: buckets idle for
 * {@code idleExpiry} are dropped (an idle bucket is full again anyway), and at most {@code maxClients} are kept.
 * Per instance: {@link SharedBudgets} counts while the database cannot.
 */
class ClientBudgets {

    /** What a request spends: chat, feedback and reset share one budget; polling and file downloads have their own. */
    enum Kind {
        SEND, POLL, DOWNLOAD;

        int perMinute(ApiProperties.RateLimit limits) {
            return switch (this) {
                case SEND -> limits.perMinute();
                case POLL -> limits.pollsPerMinute();
                case DOWNLOAD -> limits.downloadsPerMinute();
            };
        }
    }

    private record Client(String address, Kind kind) {
    }

    private final ApiProperties.RateLimit limits;
    private final Cache<Client, Bucket> buckets;

    ClientBudgets(ApiProperties.RateLimit limits) {
        this.limits = limits;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limits.idleExpiry()).maximumSize(limits.maxClients())
                .build();
    }

    /** Takes one request from the client's budget: empty if allowed, else how long until the next one is. */
    OptionalLong tryTake(String address, Kind kind) {
        var probe = buckets.get(new Client(address, kind), this::newBucket).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(probe.getNanosToWaitForRefill());
    }

    long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket(Client client) {
        int perMinute = client.kind().perMinute(limits);
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.burst()).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
