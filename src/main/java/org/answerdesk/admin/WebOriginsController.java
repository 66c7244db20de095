package org.answerdesk.admin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import org.answerdesk.audit.Audit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sites that embed the chat widget, for the owner (admin token): {@code GET /api/web/origins} lists the allowed
 * ones (from {@code ANSWERDESK_WEB_ALLOWED_ORIGINS} or from here) and the refused ones with how often and when last
 * they tried; {@code POST} allows one, {@code DELETE ?origin=} withdraws it. A change is in force on this instance
 * when the call returns and on the others within {@code answerdesk.web.origins-refresh}; each is in the audit trail.
 */
@RestController
class WebOriginsController {

    /** The most origins allowed from here (the setting's are not counted). */
    static final int MAX_ALLOWED = 100;

    enum Source { ENVIRONMENT, ADMIN }

    record Site(String origin, Source source, OffsetDateTime allowedAt) {
    }

    record Listing(List<Site> allowed, List<WebOriginStore.Refused> refused) {
    }

    record Request(String origin) {
    }

    private final WebOriginStore store;
    private final SiteOrigins sites;
    private final Audit audit;

    WebOriginsController(WebOriginStore store, SiteOrigins sites, Audit audit) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
    }

    @GetMapping("/api/web/origins")
    Listing list() {
        sites.refresh(); // this instance's latest refusals too
        List<Site> allowed = new ArrayList<>();
        sites.configured().origins().forEach(o -> allowed.add(new Site(o, Source.ENVIRONMENT, null)));
        store.allowed().stream().filter(a -> !sites.configured().origins().contains(a.origin()))
                .forEach(a -> allowed.add(new Site(a.origin(), Source.ADMIN, a.allowedAt())));
        return new Listing(allowed, store.refused());
    }

    @PostMapping(path = "/api/web/origins", consumes = "application/json")
    ResponseEntity<Site> allow(@RequestBody Request body, HttpServletRequest request) {
        String origin = origin(body == null ? null : body.origin());
        if (sites.configured().origins().contains(origin)) {
            return ResponseEntity.ok(new Site(origin, Source.ENVIRONMENT, null));
        }
        if (store.allowedCount() >= MAX_ALLOWED) {
            throw new IllegalArgumentException("at most " + MAX_ALLOWED + " sites can be allowed here; remove one "
                    + "first, or list them in ANSWERDESK_WEB_ALLOWED_ORIGINS");
        }
        boolean added = store.allow(origin);
        sites.refresh();
        if (added) {
            audit.record(request, "WEB_ORIGIN_ALLOWED", origin);
        }
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Site(origin, Source.ADMIN, null));
    }

    @DeleteMapping("/api/web/origins")
    ResponseEntity<Void> disallow(@RequestParam("origin") String value, HttpServletRequest request) {
        String origin = origin(value);
        if (sites.configured().origins().contains(origin)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, origin + " is allowed by "
                    + "ANSWERDESK_WEB_ALLOWED_ORIGINS: remove it there (and restart)");
        }
        if (!store.disallow(origin)) {
            throw new NoSuchElementException(origin + " is not allowed here");
        }
        sites.refresh();
        audit.record(request, "WEB_ORIGIN_REMOVED", origin);
        return ResponseEntity.noContent().build();
    }

    private static String origin(String value) {
        return WebOrigins.normalize(value).orElseThrow(() -> new IllegalArgumentException(
                "origin must be a site's origin such as https://shop.example or http://localhost:3000 (http or "
                        + "https, no path, no *, at most " + WebOrigins.MAX_LENGTH + " characters)"));
    }
}
