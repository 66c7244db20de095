package org.answerdesk.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one channel's intake (a mailbox reader, a Telegram poller, a Slack socket), as its own component of
 * {@code /actuator/health}: whether it is connected, when it last took in work, its last error. It is DOWN once it
 * has failed without a single success for longer than {@code answerdesk.channel.stuck-after}, so an operator's
 * monitoring sees a dead mailbox instead of an UP that hides it. The intake reports; this class only keeps score.
 * Thread-safe: a report is read as one snapshot, never between the writes of one change (UP and "connected:
 * false" at the instant of connecting).
 */
public final class ChannelHealth implements HealthIndicator {

    private final Duration stuckAfter;
    private final Clock clock;
    private boolean connected;
    private Instant lastSuccess;
    private Instant failingSince;
    private String lastError;
    private Instant lastErrorAt;
    private String leaseHolder;

    public ChannelHealth(Duration stuckAfter, Clock clock) {
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    public static ChannelHealth of(ChannelProperties properties) {
        return new ChannelHealth(properties.stuckAfter(), Clock.systemUTC());
    }

    /** The intake reached its platform (logged in, socket open, first poll answered). */
    public synchronized void connected() {
        connected = true;
        succeeded();
    }

    /** The intake finished a round of work, or a wait for work, without error. */
    public synchronized void succeeded() {
        lastSuccess = clock.instant();
        failingSince = null;
    }

    /** The intake failed; {@code detail} is shown as the last error and must not contain secrets. */
    public synchronized void failed(String detail) {
        Instant now = clock.instant();
        if (failingSince == null) {
            failingSince = now;
        }
        connected = false;
        lastError = detail;
        lastErrorAt = now;
    }

    /**
     * Another instance holds this intake's lease and polls ({@link PollerLease}): nothing is wrong here, this
     * instance waits on standby.
     */
    public synchronized void standby(String holder) {
        connected = false;
        leaseHolder = holder;
        succeeded();
    }

    /** This instance holds the intake's lease. */
    public synchronized void leading(String instance) {
        leaseHolder = instance;
    }

    /** The intake stopped on purpose (shutdown). */
    public synchronized void disconnected() {
        connected = false;
    }

    /** True once the intake has failed for longer than the configured time without a success in between. */
    public synchronized boolean stuck() {
        Instant since = failingSince;
        return since != null && Duration.between(since, clock.instant()).compareTo(stuckAfter) > 0;
    }

    /** The state at this instant, for the admin page's list of channels. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(connected, failingSince, lastError, lastErrorAt);
    }

    /** {@link #snapshot}: the last error and since when the intake fails (null while it does not). */
    public record Snapshot(boolean connected, Instant failingSince, String lastError, Instant lastErrorAt) {
    }

    @Override
    public synchronized Health health() {
        var details = new LinkedHashMap<String, Object>();
        details.put("connected", connected);
        if (leaseHolder != null) {
            details.put("polledBy", leaseHolder);
        }
        if (lastSuccess != null) {
            details.put("lastSuccess", lastSuccess.toString());
        }
        if (lastErrorAt != null) {
            details.put("lastError", lastError);
            details.put("lastErrorAt", lastErrorAt.toString());
        }
        if (failingSince != null) {
            details.put("failingSince", failingSince.toString());
        }
        return (stuck() ? Health.down() : Health.up()).withDetails(details).build();
    }
}
