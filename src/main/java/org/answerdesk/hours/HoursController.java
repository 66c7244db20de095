package org.answerdesk.hours;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The business hours on the admin page (admin role; every change is in the audit trail by the admin API's filter):
 * {@code GET /api/settings/hours}; {@code PUT} with {@code {"weekly", "zone", "closed": [...]}}, read by the parser of
 * {@code ANSWERDESK_HOURS_WEEKLY} (a 400 with the reason otherwise) and applied without a restart; {@code DELETE}
 * brings the settings' hours back. Hours set in the environment win and are read-only here (409).
 */
@RestController
@RequestMapping("/api/settings/hours")
class HoursController {

    /**
     * @param source      ENVIRONMENT, ADMIN, or null for the defaults (always open)
     * @param editable    false when the environment sets the hours
     * @param openNow     whether the team is at work now by these hours
     * @param nextOpening the next opening when closed now
     */
    record HoursView(String weekly, String zone, List<String> closed, String source, boolean editable,
                     boolean openNow, OffsetDateTime nextOpening) {
    }

    private final HoursSettings settings;
    private final BusinessHours hours;

    HoursController(HoursSettings settings, BusinessHours hours) {
        this.settings = settings;
        this.hours = hours;
    }

    @GetMapping
    HoursView get() {
        HoursChange now = settings.current();
        String source = settings.inEnvironment() ? "ENVIRONMENT" : settings.ownerSet() ? "ADMIN" : null;
        Instant at = Instant.now();
        boolean open = hours.isOpen(at);
        return new HoursView(now.weekly(), now.zone(), now.closed(), source, !settings.inEnvironment(), open,
                open ? null : hours.nextOpening(at).map(ZonedDateTime::toOffsetDateTime).orElse(null));
    }

    @PutMapping(consumes = "application/json")
    HoursView set(@RequestBody HoursChange change) {
        editable();
        settings.set(change);
        return get();
    }

    @DeleteMapping
    HoursView clear() {
        editable();
        settings.clear();
        return get();
    }

    private void editable() {
        if (settings.inEnvironment()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the business hours are set in the environment "
                    + "(ANSWERDESK_HOURS_WEEKLY, _ZONE, _CLOSED), which wins: change them there, not here");
        }
    }
}
