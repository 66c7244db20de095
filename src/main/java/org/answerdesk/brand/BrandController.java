package org.answerdesk.brand;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The shop's look: {@code GET /api/chat/brand} for the chat page and the widget (anyone, any allowed site);
 * {@code GET} and {@code PUT /api/brand} for the owner (admin token; a PUT is in the audit trail by the admin API's
 * filter). A part set in the environment wins and is read-only here, as channels are: a PUT setting it is a 409.
 */
@RestController
class BrandController {

    /** The owner's look as sent; checked by {@link Brand}. */
    record Change(String name, String color, String logoUrl) {
    }

    /**
     * What customers see, what the owner set, what the environment sets (and wins with), and where each part shown
     * comes from.
     */
    record Looks(Brand brand, Brand owner, Brand environment, Map<String, BrandParts.Source> sources) {
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
        Brand owner = branding.owner();
        return new Looks(branding.get(), owner, branding.environment(),
                BrandParts.sources(branding.environment(), owner));
    }

    /**
     * Replaces the owner's look; a part left out or blank is cleared. A bad part is a 400, a part the environment sets
     * a 409; either changes nothing.
     */
    @PutMapping(path = "/api/brand", consumes = "application/json")
    Looks change(@RequestBody Change change) {
        try {
            branding.set(new Brand(change.name(), change.color(), change.logoUrl()));
        } catch (Branding.SetInEnvironment e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return looks();
    }
}
