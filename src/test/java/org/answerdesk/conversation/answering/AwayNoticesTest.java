package org.answerdesk.conversation.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.answerdesk.hours.BusinessHours;
import org.answerdesk.hours.HoursProperties;
import org.answerdesk.language.TestTexts;
import org.junit.jupiter.api.Test;

/** What a handoff adds outside the hours: when the team is back, in the team's zone and the conversation's language. */
class AwayNoticesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final AwayNotices notices = new AwayNotices(BusinessHours.of(new HoursProperties("Mon-Fri 09:00-17:00",
            BERLIN, List.of(), "unused here: the bundles' texts")), TestTexts.of("en", "de"));

    @Test
    void theNoticeSaysWhenInTheTeamsZoneAndIsEmptyWhileOpen() {
        var sunday = LocalDateTime.parse("2026-11-22T20:00").atZone(BERLIN).toInstant();
        assertThat(notices.at(sunday, Locale.ENGLISH)).hasValueSatisfying(n -> assertThat(n)
                .contains("Monday 23 November, 09:00 (Europe/Berlin)"));
        assertThat(notices.at(LocalDateTime.parse("2026-11-23T10:00").atZone(BERLIN).toInstant(), Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void theDateIsWrittenInTheConversationsLanguage() {
        var sunday = LocalDateTime.parse("2026-11-22T20:00").atZone(BERLIN).toInstant();
        assertThat(notices.at(sunday, Locale.GERMAN)).hasValueSatisfying(n -> assertThat(n)
                .contains("Montag", "23. November", "09:00").doesNotContain("Monday"));
    }
}
