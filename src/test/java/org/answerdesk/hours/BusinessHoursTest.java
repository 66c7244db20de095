package org.answerdesk.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static BusinessHours hours(String weekly, LocalDate... closed) {
        return BusinessHours.of(new HoursProperties(weekly, BERLIN, List.of(closed), "Back on {next}."));
    }

    /** 2026-11-22 is a Sunday. */
    private static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void openDuringTheRangesInTheConfiguredZoneOnly() {
        var h = hours("Mon-Fri 09:00-12:00,13:00-17:00; Sat 10:00-14:00");
        assertThat(h.isOpen(berlin("2026-11-23T09:00"))).isTrue();   // Monday, at opening
        assertThat(h.isOpen(berlin("2026-11-23T12:30"))).isFalse();  // lunch
        assertThat(h.isOpen(berlin("2026-11-23T17:00"))).isFalse();  // closing time is closed
        assertThat(h.isOpen(berlin("2026-11-28T11:00"))).isTrue();   // Saturday
        assertThat(h.isOpen(berlin("2026-11-22T11:00"))).isFalse();  // Sunday
    }

    @Test
    void theNextOpeningSkipsNightsWeekendsAndHolidays() {
        var h = hours("Mon-Fri 09:00-17:00", LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"));
        assertThat(h.nextOpening(berlin("2026-11-22T03:00")).orElseThrow().toLocalDateTime())
                .hasToString("2026-11-23T09:00");
        assertThat(h.nextOpening(berlin("2026-11-23T18:00")).orElseThrow().toLocalDateTime())
                .hasToString("2026-11-24T09:00");
        // Thursday evening before Christmas: Friday 25th and Monday 28th are closed
        assertThat(h.nextOpening(berlin("2026-12-24T18:00")).orElseThrow().toLocalDateTime())
                .hasToString("2026-12-29T09:00");
    }

    @Test
    void withNoHoursTheTeamIsAlwaysThere() {
        var h = hours("");
        assertThat(h.alwaysOpen()).isTrue();
        assertThat(h.isOpen(berlin("2026-11-22T03:00"))).isTrue();
    }

    @Test
    void aSpecThatCannotBeReadSaysWhy() {
        assertThatThrownBy(() -> hours("Mon-Fri 9-17")).hasMessageContaining("\"9-17\" is not a time range");
        assertThatThrownBy(() -> hours("Funday 09:00-17:00")).hasMessageContaining("\"Funday\" is not a weekday");
        assertThatThrownBy(() -> hours("Mon 17:00-09:00")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> hours("09:00-17:00")).hasMessageContaining("needs days and times");
    }
}
