package org.answerdesk.admin;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The sites whose pages may use the web chat (CORS) and frame the chat pages, as they are now: those of
 * {@code ANSWERDESK_WEB_ALLOWED_ORIGINS} and those the owner allowed through {@code /api/web/origins}, read again from
 * PostgreSQL every {@code answerdesk.web.origins-refresh}, so every instance follows a change within seconds. A site
 * refused here is counted in memory (at most {@link #PENDING_LIMIT} origins between two flushes; anyone can send an
 * Origin header) and the counts are added to the table at the next refresh.
 */
class SiteOrigins {

    private static final Logger log = LoggerFactory.getLogger(SiteOrigins.class);
    /** Distinct refused origins held between two flushes; more are dropped and counted. */
    static final int PENDING_LIMIT = 500;

    private final WebOrigins configured;
    private final WebOriginStore store;
    private final int kept;
    private final MeterRegistry meters;
    private final Map<String, WebOriginStore.Seen> pending = new ConcurrentHashMap<>();
    private volatile WebOrigins current;
    private volatile UrlBasedCorsConfigurationSource cors;

    /**
     * @param store null for a fixed set (a test slice without a database)
     * @param kept  the most refused origins kept in the table
     */
    SiteOrigins(WebOrigins configured, WebOriginStore store, int kept, MeterRegistry meters) {
        this.configured = configured;
        this.store = store;
        this.kept = kept;
        this.meters = meters;
        use(configured);
    }

    /** The setting's origins only, never refreshed (a test slice without a database). */
    static SiteOrigins fixed(WebOrigins origins) {
        return new SiteOrigins(origins, null, 0, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    WebOrigins configured() {
        return configured;
    }

    WebOrigins current() {
        return current;
    }

    /** Reads the allowed origins again and adds this instance's refusals to the table. */
    @Scheduled(fixedDelayString = "${answerdesk.web.origins-refresh:5s}")
    @EventListener(ApplicationReadyEvent.class)
    synchronized void refresh() {
        if (store == null) {
            return;
        }
        try {
            flush();
            use(configured.with(store.allowed().stream().map(WebOriginStore.Allowed::origin).toList()));
        } catch (RuntimeException e) {
            log.warn("The allowed sites could not be read again (the last known stay in force): {}", e.toString());
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, WebOriginStore.Seen> taken = new HashMap<>();
        for (String origin : List.copyOf(pending.keySet())) {
            var seen = pending.remove(origin);
            if (seen != null) {
                taken.put(origin, seen);
            }
        }
        store.addRefusals(taken, kept);
    }

    private void use(WebOrigins origins) {
        current = origins;
        cors = origins.corsSource();
    }

    /** The chat API's CORS, as allowed now; a cross-origin request it refuses is counted for the owner. */
    CorsConfigurationSource corsSource() {
        return this::corsConfiguration;
    }

    private CorsConfiguration corsConfiguration(HttpServletRequest request) {
        CorsConfiguration config = cors.getCorsConfiguration(request);
        if (config != null && CorsUtils.isCorsRequest(request)) {
            String origin = request.getHeader("Origin");
            if (config.checkOrigin(origin) == null) {
                refused(origin);
            }
        }
        return config;
    }

    private void refused(String origin) {
        var normal = WebOrigins.normalize(origin);
        if (normal.isEmpty() || (!pending.containsKey(normal.get()) && pending.size() >= PENDING_LIMIT)) {
            meters.counter("answerdesk.web.origins.refused.dropped").increment();
            return;
        }
        Instant now = Instant.now();
        pending.merge(normal.get(), new WebOriginStore.Seen(1, now, now),
                (a, b) -> new WebOriginStore.Seen(a.count() + 1, a.first(), b.last()));
    }
}
