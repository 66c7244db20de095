package org.answerdesk.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.answerdesk.conversation.Channel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/analytics?from=&to=&channel=} and {@code GET /api/analytics/unanswered}, under the admin token.
 * {@code from} and {@code to} are dates (UTC days, {@code to} inclusive) or instants; the default window is the
 * last 30 days.
 */
@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

    private final AnalyticsService analytics;
    private final UnansweredQuestions unanswered;

    AnalyticsController(AnalyticsService analytics, UnansweredQuestions unanswered) {
        this.analytics = analytics;
        this.unanswered = unanswered;
    }

    @GetMapping
    Report report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String channel) {
        Window w = Window.of(from, to);
        return analytics.report(w.start(), w.end(), channel(channel));
    }

    @GetMapping("/unanswered")
    List<UnansweredQuestions.Group> unanswered(@RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String channel,
                                               @RequestParam(defaultValue = "20") int limit) {
        Window w = Window.of(from, to);
        return unanswered.groups(w.start(), w.end(), channel(channel), Math.max(1, Math.min(limit, 100)));
    }

    /** The time window asked for; by default the 30 days up to now. */
    private record Window(Instant start, Instant end) {
        static Window of(String from, String to) {
            Instant end = to == null ? Instant.now() : parse("to", to, true);
            return new Window(from == null ? end.minus(30, ChronoUnit.DAYS) : parse("from", from, false), end);
        }
    }

    private static String channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(channel.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("channel must be one of telegram, slack, email, web");
        }
    }

    /** A date means the start of that UTC day ({@code to}: the end of it). */
    private static Instant parse(String name, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date (2026-11-22) or an instant (2026-11-22T10:00:00Z)");
        }
    }
}
