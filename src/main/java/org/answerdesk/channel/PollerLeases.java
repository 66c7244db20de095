package org.answerdesk.channel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hands out {@link PollerLease}s named after this instance ({@code ANSWERDESK_INSTANCE_ID}, by default host name
 * and process id), and says how often an instance that does not hold a lease asks for it again.
 */
@Component
public class PollerLeases {

    private final DataSource dataSource;
    private final String instance;
    private final Duration retry;

    PollerLeases(DataSource dataSource, @Value("${answerdesk.instance-id:}") String instance,
                 ChannelProperties properties) {
        this.dataSource = dataSource;
        this.instance = instance.isBlank() ? defaultInstance() : instance;
        this.retry = properties.leaseRetry();
    }

    /** A lease for the poller called {@code name}; one per poller, used by its thread only. */
    public PollerLease lease(String name) {
        return new PollerLease(dataSource, name, instance);
    }

    /** How long a poller on standby waits before asking for its lease again. */
    public Duration retry() {
        return retry;
    }

    public String instance() {
        return instance;
    }

    private static String defaultInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
