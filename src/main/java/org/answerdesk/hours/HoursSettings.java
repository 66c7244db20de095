package org.answerdesk.hours;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hours the owner sets on the admin page, in {@code app_setting} ({@code hours.weekly}, {@code hours.zone},
 * {@code hours.closed}, written together). Read again every 3 seconds in the background and applied to
 * {@link BusinessHours}, so every instance follows a change within that time and this one at once. When the
 * environment sets any of {@code ANSWERDESK_HOURS_WEEKLY}, {@code _ZONE} or {@code _CLOSED}, those hours win and
 * nothing stored is applied.
 */
class HoursSettings {

    private static final Logger log = LoggerFactory.getLogger(HoursSettings.class);

    private final JdbcClient jdbc;
    private final BusinessHours hours;
    private final HoursChange settings;
    private final boolean inEnvironment;
    private volatile Optional<HoursChange> applied;
    private volatile Optional<HoursChange> seen = Optional.empty();

    HoursSettings(JdbcClient jdbc, BusinessHours hours, HoursProperties properties, boolean inEnvironment) {
        this.jdbc = jdbc;
        this.hours = hours;
        this.settings = HoursChange.of(properties);
        this.inEnvironment = inEnvironment;
        this.applied = Optional.empty();
    }

    boolean inEnvironment() {
        return inEnvironment;
    }

    /** The hours in force as text, and whether the owner set them. */
    HoursChange current() {
        return inEnvironment ? settings : applied.orElse(settings);
    }

    boolean ownerSet() {
        return !inEnvironment && applied.isPresent();
    }

    /** Stores and applies the owner's hours. @throws IllegalArgumentException for hours that cannot be read */
    @Transactional
    void set(HoursChange change) {
        BusinessHours.Plan plan = change.plan();
        store("hours.weekly", change.weekly());
        store("hours.zone", change.zone());
        store("hours.closed", String.join(",", change.closed()));
        hours.apply(plan);
        applied = Optional.of(change);
        seen = applied;
    }

    /** Forgets the owner's hours: the settings' apply again. */
    @Transactional
    void clear() {
        jdbc.sql("delete from app_setting where key in ('hours.weekly', 'hours.zone', 'hours.closed')").update();
        hours.apply(settings.plan());
        applied = Optional.empty();
        seen = applied;
    }

    @Scheduled(initialDelay = 0, fixedDelay = 3, timeUnit = TimeUnit.SECONDS)
    void refresh() {
        if (inEnvironment) {
            return;
        }
        try {
            Map<String, String> stored = jdbc.sql("select key, value from app_setting where key like 'hours.%'")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Optional<HoursChange> read = Optional.ofNullable(stored.get("hours.weekly")).map(weekly -> new HoursChange(
                    weekly, stored.get("hours.zone"), Arrays.asList(stored.getOrDefault("hours.closed", "").split(","))));
            if (!read.equals(applied) && !read.equals(seen)) {
                seen = read; // a bad row is reported once, not every 3 s
                hours.apply(read.orElse(settings).plan());
                applied = read;
            }
        } catch (DataAccessException e) {
            // the database is away: the hours known stay
        } catch (IllegalArgumentException e) {
            log.warn("The hours stored in app_setting cannot be read ({}): the ones in force stay", e.getMessage());
        }
    }

    private void store(String key, String value) {
        jdbc.sql("insert into app_setting (key, value) values (:k, :v) on conflict (key) do update set value = :v")
            .param("k", key).param("v", value).update();
    }
}
