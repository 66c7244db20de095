package org.answerdesk.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The owner's hours as sent to the admin API: read by the environment setting's parser, refused with the reason. */
class HoursChangeTest {

    private static Instant at(String local, String zone) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void theOwnersHoursReplaceTheRunningOnesWhole() {
        BusinessHours hours = BusinessHours.of(new HoursProperties("", ZoneId.of("UTC"), List.of(), "{next}"));
        assertThat(hours.alwaysOpen()).isTrue();

        hours.apply(new HoursChange("Mon-Fri 09:00-17:00", "Europe/Berlin", List.of("2026-11-23")).plan());
        assertThat(hours.alwaysOpen()).isFalse();
        assertThat(hours.isOpen(at("2026-11-24T10:00", "Europe/Berlin"))).isTrue();  // a Tuesday
        assertThat(hours.isOpen(at("2026-11-23T10:00", "Europe/Berlin"))).isFalse(); // the closed Monday
        assertThat(hours.isOpen(at("2026-11-24T07:30", "UTC"))).isFalse();           // 08:30 in Berlin
    }

    @Test
    void blanksMeanAlwaysOpenInUtc() {
        var change = new HoursChange(null, " ", Arrays.asList(" ", null));
        assertThat(change).isEqualTo(new HoursChange("", "UTC", List.of()));
        assertThat(BusinessHours.plan("", ZoneId.of("UTC"), List.of(), "weekly").week()).isEmpty();
        // an empty ANSWERDESK_HOURS_CLOSED, as Spring binds it
        assertThat(BusinessHours.plan("", ZoneId.of("UTC"), Arrays.asList((java.time.LocalDate) null), "weekly")
                .closed()).isEmpty();
        assertThat(HoursChange.of(new HoursProperties("", ZoneId.of("UTC"), Arrays.asList((java.time.LocalDate) null),
                "{next}"))).isEqualTo(new HoursChange("", "UTC", List.of()));
    }

    @Test
    void eachBadFieldIsRefusedNamingItAndWhy() {
        assertThatThrownBy(() -> new HoursChange("Mon-Fri 9-5", "UTC", List.of()).plan())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weekly \"Mon-Fri 9-5\" cannot be read: \"9-5\" is not a time range like 09:00-17:00");
        assertThatThrownBy(() -> new HoursChange("Funday 09:00-17:00", "UTC", List.of()).plan())
                .hasMessageContaining("\"Funday\" is not a weekday");
        assertThatThrownBy(() -> new HoursChange("Mon 17:00-09:00", "UTC", List.of()).plan())
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> new HoursChange("Mon-Fri 09:00-17:00", "Mars/Olympus", List.of()).plan())
                .hasMessage("zone \"Mars/Olympus\" is not a time zone such as Europe/Berlin");
        assertThatThrownBy(() -> new HoursChange("Mon-Fri 09:00-17:00", "UTC", List.of("2026-13-01")).plan())
                .hasMessage("closed \"2026-13-01\" is not a date such as 2026-12-25");
        assertThatThrownBy(() -> new HoursChange("Mon 09:00-17:00;".repeat(40), "UTC", List.of()).plan())
                .hasMessage("weekly must be at most 500 characters");
    }

    @Test
    void theEnvironmentSettingKeepsItsName() {
        assertThatThrownBy(() -> BusinessHours.of(new HoursProperties("Mon 9-5", ZoneId.of("UTC"), List.of(), "")))
                .hasMessageStartingWith("ANSWERDESK_HOURS_WEEKLY \"Mon 9-5\" cannot be read");
    }
}
