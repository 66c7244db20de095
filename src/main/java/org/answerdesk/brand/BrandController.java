package org.answerdesk.brand;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's look: {@code GET /api/chat/brand} for the chat page and the widget (anyone, any allowed site);
 * {@code GET} and {@code PUT /api/brand} for the owner (admin token; a PUT is in the audit trail).
 */
@RestController
class BrandController {

    /** The owner's look as sent; checked by {@link Brand}. */
    record Change(String name, String color, String logoUrl) {
    }

    /** What customers see, what the owner set, and the settings' defaults under it. */
    record Looks(Brand brand, Brand owner, Brand defaults) {
    }

    private final Branding branding;

    BrandController(Branding branding) {
        this.branding = branding;
    }

    @GetMapping("/api/chat/brand")
    Brand brand() {
        return branding.get();
    }

    @GetMapping("/api/brand")
    Looks looks() {
        return new Looks(branding.get(), branding.owner(), branding.defaults());
    }

    /** Replaces the owner's look; a part left out or blank falls back to its setting. A bad part is a 400. */
    @PutMapping(path = "/api/brand", consumes = "application/json")
    Looks change(@RequestBody Change change) {
        branding.set(new Brand(change.name(), change.color(), change.logoUrl()));
        return looks();
    }
}
