package org.answerdesk.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The team's opening hours, holidays and time zone: whether a person is at work at a given moment and, if not,
 * when the next one will be. With no weekly hours configured the team counts as always at work.
 */
public final class BusinessHours {

    private record Range(LocalTime from, LocalTime to) {
    }


    private final Map<DayOfWeek, List<Range>> week;
    private final Set<LocalDate> closed;
    private final HoursProperties properties;

    private BusinessHours(Map<DayOfWeek, List<Range>> week, Set<LocalDate> closed, HoursProperties properties) {
        this.week = week;
        this.closed = closed;
        this.properties = properties;
    }

    /** @throws IllegalArgumentException with what is wrong, for a weekly spec that cannot be read */
    public static BusinessHours of(HoursProperties properties) {
        return new BusinessHours(parse(properties.weekly()), new HashSet<>(properties.closed()), properties);
    }

    /** True when no hours are configured: the bot never says the team is away. */
    public boolean alwaysOpen() {
        return week.isEmpty();
    }

    public boolean isOpen(Instant at) {
        if (alwaysOpen()) {
            return true;
        }
        ZonedDateTime local = at.atZone(properties.zone());
        if (closed.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return week.getOrDefault(local.getDayOfWeek(), List.of()).stream()
                .anyMatch(r -> !time.isBefore(r.from()) && time.isBefore(r.to()));
    }

    /** The next moment the team is at work, from {@code at} on; {@code at} itself when open then. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        ZonedDateTime local = at.atZone(properties.zone());
        if (isOpen(at)) {
            return Optional.of(local);
        }
        for (int day = 0; day <= 366; day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            if (closed.contains(date)) {
                continue;
            }
            for (Range r : week.getOrDefault(date.getDayOfWeek(), List.of())) {
                ZonedDateTime start = date.atTime(r.from()).atZone(properties.zone());
                if (start.isAfter(local)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty(); // every day closed for a year: nothing sensible to promise
    }

    private static Map<DayOfWeek, List<Range>> parse(String spec) {
        Map<DayOfWeek, List<Range>> week = new EnumMap<>(DayOfWeek.class);
        if (spec == null || spec.isBlank()) {
            return week;
        }
        for (String part : spec.split(";")) {
            String[] daysAndTimes = part.strip().split("\\s+", 2);
            if (daysAndTimes.length != 2) {
                throw invalid(spec, "\"" + part.strip() + "\" needs days and times, e.g. \"Mon-Fri 09:00-17:00\"");
            }
            List<Range> ranges = new ArrayList<>();
            for (String range : daysAndTimes[1].split(",")) {
                String[] fromTo = range.strip().split("-");
                try {
                    var r = new Range(LocalTime.parse(fromTo[0].strip()), LocalTime.parse(fromTo[1].strip()));
                    if (!r.from().isBefore(r.to())) {
                        throw invalid(spec, "\"" + range.strip() + "\" ends before it starts");
                    }
                    ranges.add(r);
                } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                    throw invalid(spec, "\"" + range.strip() + "\" is not a time range like 09:00-17:00");
                }
            }
            for (DayOfWeek day : days(daysAndTimes[0], spec)) {
                week.computeIfAbsent(day, d -> new ArrayList<>()).addAll(ranges);
            }
        }
        week.values().forEach(list -> list.sort((a, b) -> a.from().compareTo(b.from())));
        return week;
    }

    private static List<DayOfWeek> days(String days, String spec) {
        String[] fromTo = days.split("-");
        DayOfWeek first = day(fromTo[0], spec);
        DayOfWeek last = fromTo.length > 1 ? day(fromTo[1], spec) : first;
        List<DayOfWeek> out = new ArrayList<>();
        for (DayOfWeek d = first; ; d = d.plus(1)) {
            out.add(d);
            if (d == last) {
                return out;
            }
        }
    }

    private static DayOfWeek day(String name, String spec) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (n.length() >= 2 && d.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return d;
            }
        }
        throw invalid(spec, "\"" + name + "\" is not a weekday");
    }

    private static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("ANSWERDESK_HOURS_WEEKLY \"" + spec + "\" cannot be read: " + why);
    }
}
