package org.answerdesk.brand;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's look now: the environment's parts ({@code ANSWERDESK_BRAND_*}) over the owner's (stored in
 * {@code app_setting}, set on the admin page): a part the environment sets wins and cannot be changed there. Read again
 * every {@link #FRESH} from PostgreSQL in the background, so every instance shows a change within that time and this
 * instance at once, and no customer's request waits for the read (it is on the answer path of every reply).
 */
@Service
@EnableConfigurationProperties(BrandProperties.class)
public class Branding implements Supplier<Brand> {

    static final Duration FRESH = Duration.ofSeconds(3);
    private static final Map<String, String> KEYS = Map.of("name", "brand.name", "color", "brand.color",
            "logo_url", "brand.logo_url");

    private final JdbcClient jdbc;
    private final Brand defaults;
    private volatile Brand owners;

    Branding(JdbcClient jdbc, BrandProperties properties) {
        this.jdbc = jdbc;
        this.defaults = properties.brand();
    }

    /** The look customers see. */
    @Override
    public Brand get() {
        return defaults.over(owner());
    }

    /**
     * The logo's address customers see ({@link #get()}'s), without building and checking a whole {@link Brand}: the
     * security headers ask for it on every response.
     */
    public String logoUrl() {
        return defaults.logoUrl() != null ? defaults.logoUrl() : owner().logoUrl();
    }

    /** The environment's look: its parts win over the owner's and are read-only on the admin page. */
    public Brand environment() {
        return defaults;
    }

    /** What the owner set on the admin page (null parts: unset, or set in the environment, which wins). */
    public Brand owner() {
        Brand b = owners;
        if (b == null) { // before the first refresh
            try {
                b = read();
            } catch (DataAccessException e) {
                return Brand.NONE; // the database is away: the defaults (pages still load)
            }
        }
        return b;
    }

    @Scheduled(fixedDelay = 3, timeUnit = java.util.concurrent.TimeUnit.SECONDS) // FRESH
    void refresh() {
        try {
            read();
        } catch (DataAccessException e) {
            // the database is away: the last look known stays
        }
    }

    /**
     * Replaces the owner's look; a null or blank part is cleared. Checked before anything is stored.
     *
     * @throws SetInEnvironment when it sets a part the environment sets (that one wins)
     */
    @Transactional
    public Brand set(Brand brand) {
        BrandParts.inEnvironment(brand, defaults).ifPresent(part -> {
            throw new SetInEnvironment(part + " is set in the environment (ANSWERDESK_BRAND_"
                    + part.toUpperCase(java.util.Locale.ROOT) + "), which wins: change it there, not here");
        });
        store(KEYS.get("name"), brand.name());
        store(KEYS.get("color"), brand.color());
        store(KEYS.get("logo_url"), brand.logoUrl());
        read();
        return get();
    }

    private void store(String key, String value) {
        if (value == null) {
            jdbc.sql("delete from app_setting where key = :k").param("k", key).update();
        } else {
            jdbc.sql("insert into app_setting (key, value) values (:k, :v) on conflict (key) do update set value = :v")
                .param("k", key).param("v", value).update();
        }
    }

    private synchronized Brand read() {
        var stored = jdbc.sql("select key, value from app_setting where key like 'brand.%'")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Brand b;
        try {
            b = new Brand(stored.get(KEYS.get("name")), stored.get(KEYS.get("color")), stored.get(KEYS.get("logo_url")));
        } catch (IllegalArgumentException e) {
            b = Brand.NONE; // written by hand in the database: not shown
        }
        owners = b;
        return b;
    }

    /** A part the environment sets was sent: the admin API answers 409 with the message. */
    static final class SetInEnvironment extends RuntimeException {
        SetInEnvironment(String message) {
            super(message);
        }
    }
}
