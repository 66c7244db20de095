package org.answerdesk.channel.setup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.ChannelSetup;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Runs the channels stored from the admin page on this instance. Every {@code SYNC} it compares the stored
 * versions (revision and sealed bytes) with the ones it runs and starts, restarts or stops channels to match, so a change made on any instance
 * reaches every instance within seconds; what must run once (Telegram polling) keeps its poller lease. A stored
 * channel that cannot be opened (the secret key changed or is missing) or started is shown failing with the reason;
 * everything else keeps running.
 */
@Service
@EnableConfigurationProperties(SecretProperties.class)
class ChannelRuntime {

    private static final Logger log = LoggerFactory.getLogger(ChannelRuntime.class);
    static final String SYNC = "2000";

    private final Map<Channel, ChannelSetup> setups = new EnumMap<>(Channel.class);
    private final ChannelSettings settings;
    private final SealedChannelSecrets secrets;
    private final Optional<SecretBox> box;
    private final ApplicationContext app;
    private final ChannelAdapters adapters;
    private final Map<Channel, String> applied = new HashMap<>();
    private final Map<Channel, Problem> problems = new HashMap<>();

    ChannelRuntime(List<ChannelSetup> setups, ChannelSettings settings, SealedChannelSecrets secrets,
                   SecretProperties secret, ApplicationContext app, ChannelAdapters adapters) {
        setups.forEach(s -> this.setups.put(s.channel(), s));
        this.settings = settings;
        this.secrets = secrets;
        this.box = Optional.ofNullable(secret.key()).map(SecretBox::new);
        this.app = app;
        this.adapters = adapters;
    }

    /** Why a stored channel does not run here, and since when. */
    record Problem(String reason, Instant since) {
    }

    Optional<ChannelSetup> setup(Channel channel) {
        return Optional.ofNullable(setups.get(channel));
    }

    Optional<SecretBox> box() {
        return box;
    }

    @Scheduled(initialDelayString = "0", fixedDelayString = SYNC)
    synchronized void sync() {
        Map<Channel, ChannelSettings.Stored> stored = new EnumMap<>(Channel.class);
        try {
            settings.all().forEach(s -> stored.put(s.channel(), s));
        } catch (RuntimeException e) {
            log.debug("Channel settings not read (the database?): {}", e.toString());
            return;
        }
        for (ChannelSetup setup : setups.values()) {
            Channel channel = setup.channel();
            ChannelSettings.Stored row = stored.get(channel);
            if (setup.inEnvironment()) {
                continue; // the environment wins
            }
            if (row == null) {
                if (applied.remove(channel) != null) {
                    problems.remove(channel);
                    setup.stop();
                }
            } else if (!row.version().equals(applied.get(channel))) {
                applied.put(channel, row.version());
                start(setup, row);
            }
        }
    }

    private void start(ChannelSetup setup, ChannelSettings.Stored row) {
        Channel channel = setup.channel();
        try {
            if (box.isEmpty()) {
                throw new SecretBox.WrongKey();
            }
            run(setup, ChannelSettings.open(row, box.get()));
        } catch (SecretBox.WrongKey e) {
            setup.stop();
            String reason = box.isEmpty() ? "cannot decrypt: ANSWERDESK_SECRET_KEY is not set" : e.getMessage();
            problems.put(channel, new Problem(reason, Instant.now()));
            log.warn("The {} channel stored from the admin page does not run: {}", channel, reason);
        }
    }

    /** Starts the channel with settings just checked or read, and remembers the revision this instance runs. */
    synchronized void run(ChannelSetup setup, Map<String, String> values) {
        try {
            setup.start(values);
            problems.remove(setup.channel());
        } catch (RuntimeException e) {
            setup.stop();
            problems.put(setup.channel(), new Problem("could not start: " + Failures.describe(e), Instant.now()));
            log.warn("The {} channel could not be started: {}", setup.channel(), Failures.describe(e));
        }
    }

    /** Stores checked settings sealed and runs the channel with them here; the others follow at their next sync. */
    synchronized void connect(ChannelSetup setup, SecretBox key, Map<String, String> values) {
        applied.put(setup.channel(), settings.save(setup.channel(), key, values));
        run(setup, values);
    }

    /**
     * Forgets the channel's stored settings and secrets (a sign-in's refresh token) and stops it here; the others
     * follow at their next sync.
     */
    synchronized boolean disconnect(ChannelSetup setup) {
        boolean removed = settings.delete(setup.channel());
        secrets.forget(setup.channel());
        applied.remove(setup.channel());
        problems.remove(setup.channel());
        setup.stop();
        return removed;
    }

    /** The stored settings of the channel, opened; empty when none are stored or they cannot be opened. */
    synchronized Optional<Map<String, String>> stored(Channel channel) {
        try {
            var row = settings.of(channel);
            return row.isEmpty() || box.isEmpty() ? Optional.empty()
                    : Optional.of(ChannelSettings.open(row.get(), box.get()));
        } catch (SecretBox.WrongKey e) {
            return Optional.empty();
        }
    }

    /** Every channel with its state and where its settings come from. */
    synchronized List<ChannelView> views() {
        List<ChannelView> out = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (channel == Channel.WEB) {
                out.add(new ChannelView(channel, ChannelView.State.CONNECTED, ChannelView.Source.ENVIRONMENT, null,
                        null, null, List.of(), false));
                continue;
            }
            ChannelSetup setup = setups.get(channel);
            boolean environment = inEnvironment(channel);
            boolean stored = !environment && applied.containsKey(channel);
            Optional<ChannelHealth> health = setup != null ? setup.health() : environmentHealth(channel);
            Problem problem = environment ? null : problems.get(channel);
            ChannelView.Source source = environment ? ChannelView.Source.ENVIRONMENT
                    : stored ? ChannelView.Source.ADMIN : null;
            List<ChannelSetup.Field> fields = setup == null ? List.of() : setup.fields();
            boolean editable = setup != null && !environment;
            if (problem != null) {
                out.add(new ChannelView(channel, ChannelView.State.FAILING, source, problem.reason(),
                        problem.since(), null, fields, editable));
            } else if (health.isPresent()) {
                ChannelHealth.Snapshot now = health.get().snapshot();
                boolean failing = now.failingSince() != null;
                out.add(new ChannelView(channel, failing ? ChannelView.State.FAILING : ChannelView.State.CONNECTED,
                        source, failing ? now.lastError() : null, now.failingSince(), null, fields, editable));
            } else if (environment) {
                out.add(new ChannelView(channel, ChannelView.State.CONNECTED, source, null, null, null, fields,
                        editable));
            } else {
                out.add(new ChannelView(channel, ChannelView.State.NOT_CONFIGURED, source, null, null, null, fields,
                        editable));
            }
        }
        return out;
    }

    /** The channel runs from settings in the environment (which win over the admin page's). */
    boolean inEnvironment(Channel channel) {
        ChannelSetup setup = setups.get(channel);
        return setup == null ? channel == Channel.WEB || adapters.enabled().contains(channel) : setup.inEnvironment();
    }

    private Optional<ChannelHealth> environmentHealth(Channel channel) {
        String bean = channel.name().toLowerCase(java.util.Locale.ROOT) + "HealthIndicator";
        return app.containsBean(bean) ? Optional.of(app.getBean(bean, ChannelHealth.class)) : Optional.empty();
    }
}
