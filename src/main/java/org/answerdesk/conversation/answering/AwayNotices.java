package org.answerdesk.conversation.answering;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.hours.BusinessHours;
import org.answerdesk.language.Texts;
import org.springframework.stereotype.Component;

/**
 * What a handoff adds outside the team's hours, in the conversation's language: "away until {next}", the next opening
 * written with that language's date pattern ({@code hours.next-pattern}) and the hours' time zone.
 */
@Component
class AwayNotices {

    private final BusinessHours hours;
    private final Texts texts;

    AwayNotices(BusinessHours hours, Texts texts) {
        this.hours = hours;
        this.texts = texts;
    }

    Optional<String> at(Instant now, Locale language) {
        if (hours.isOpen(now)) {
            return Optional.empty();
        }
        var when = DateTimeFormatter.ofPattern(texts.text("hours.next-pattern", language), language);
        return hours.nextOpening(now).map(next -> texts.text("hours.away", language,
                Map.of("next", when.format(next) + " (" + next.getZone().getId() + ")")));
    }
}
