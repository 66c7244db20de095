package org.answerdesk.hours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the team answers ({@code answerdesk.hours.*}, e.g. {@code ANSWERDESK_HOURS_WEEKLY}). With any of weekly, zone
 * or closed set here, these hours win and the admin page shows them read-only; with none set, the hours the owner
 * sets on the admin page apply.
 *
 * @param weekly      opening hours per weekday, e.g. {@code "Mon-Fri 09:00-17:00; Sat 10:00-14:00"} (several ranges a
 *                    day with commas: {@code "Mon-Fri 09:00-12:00,13:00-17:00"}); empty means always open
 * @param zone        the time zone of those hours, e.g. {@code Europe/Berlin}
 * @param closed      dates the team does not work (holidays), e.g. {@code 2026-12-25,2026-12-26}
 * @param awayMessage added to the bot's handoff reply outside the hours, in the shop's default language (the others'
 *                    come from the bundles, {@code hours.away}); {@code {next}} becomes the next opening; unset, the bundle's text
 */
@ConfigurationProperties("answerdesk.hours")
public record HoursProperties(
        @DefaultValue("") String weekly,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("") List<LocalDate> closed,
        String awayMessage) {
}
