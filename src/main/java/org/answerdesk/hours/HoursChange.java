package org.answerdesk.hours;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Hours as the owner sends them ({@code PUT /api/settings/hours}) and as they are stored: text, checked by
 * {@link #plan()} with the parser of {@code ANSWERDESK_HOURS_WEEKLY}.
 *
 * @param weekly e.g. {@code "Mon-Fri 09:00-17:00; Sat 10:00-14:00"}; blank: always open
 * @param zone   a time zone such as {@code Europe/Berlin}; blank: UTC
 * @param closed dates the team does not work, {@code 2026-12-25}
 */
record HoursChange(String weekly, String zone, List<String> closed) {

    static final int MAX_WEEKLY = 500;
    static final int MAX_CLOSED = 400;

    HoursChange {
        weekly = weekly == null ? "" : weekly.strip();
        zone = zone == null || zone.isBlank() ? "UTC" : zone.strip();
        closed = closed == null ? List.of()
                : closed.stream().map(d -> d == null ? "" : d.strip()).filter(d -> !d.isEmpty()).toList();
    }

    /** The hours these say. @throws IllegalArgumentException naming the field and what is wrong */
    BusinessHours.Plan plan() {
        if (weekly.length() > MAX_WEEKLY) {
            throw new IllegalArgumentException("weekly must be at most " + MAX_WEEKLY + " characters");
        }
        if (closed.size() > MAX_CLOSED) {
            throw new IllegalArgumentException("closed takes at most " + MAX_CLOSED + " dates");
        }
        ZoneId id;
        try {
            id = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone \"" + zone + "\" is not a time zone such as Europe/Berlin");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String date : closed) {
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("closed \"" + date + "\" is not a date such as 2026-12-25");
            }
        }
        return BusinessHours.plan(weekly, id, dates, "weekly");
    }

    /** The settings' hours as text. */
    static HoursChange of(HoursProperties properties) {
        return new HoursChange(properties.weekly(), properties.zone().getId(),
                properties.closed().stream().filter(Objects::nonNull).map(LocalDate::toString).toList());
    }
}
