package org.answerdesk.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The team's opening hours, holidays and time zone: whether a person is at work at a given moment and, if not,
 * when the next one will be. With no weekly hours configured the team counts as always at work. The hours the owner
 * sets on the admin page replace these at run time ({@link HoursSettings}); each question reads one plan whole.
 */
public final class BusinessHours {

    private record Range(LocalTime from, LocalTime to) {
    }

    /** One set of hours, read whole. */
    record Plan(Map<DayOfWeek, List<Range>> week, Set<LocalDate> closed, ZoneId zone) {
    }

    private volatile Plan plan;

    private BusinessHours(Plan plan) {
        this.plan = plan;
    }

    /** @throws IllegalArgumentException with what is wrong, for a weekly spec that cannot be read */
    public static BusinessHours of(HoursProperties properties) {
        return new BusinessHours(plan(properties.weekly(), properties.zone(), properties.closed(),
                "ANSWERDESK_HOURS_WEEKLY"));
    }

    /**
     * Reads hours with the same parser as {@code ANSWERDESK_HOURS_WEEKLY}.
     *
     * @param label what the message names as the source of a bad spec
     * @throws IllegalArgumentException with what is wrong, for a weekly spec that cannot be read
     */
    static Plan plan(String weekly, ZoneId zone, List<LocalDate> closed, String label) {
        // Spring binds an empty ANSWERDESK_HOURS_CLOSED as one null date
        return new Plan(parse(weekly, label), closed.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet()), zone);
    }

    /** From now on, these hours. */
    void apply(Plan next) {
        this.plan = next;
    }

    /** True when no hours are configured: the bot never says the team is away. */
    public boolean alwaysOpen() {
        return plan.week().isEmpty();
    }

    public boolean isOpen(Instant at) {
        return isOpen(plan, at);
    }

    private static boolean isOpen(Plan plan, Instant at) {
        var week = plan.week();
        if (week.isEmpty()) {
            return true;
        }
        var closed = plan.closed();
        ZonedDateTime local = at.atZone(plan.zone());
        if (closed.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return week.getOrDefault(local.getDayOfWeek(), List.of()).stream()
                .anyMatch(r -> !time.isBefore(r.from()) && time.isBefore(r.to()));
    }

    /** The next moment the team is at work, from {@code at} on; {@code at} itself when open then. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        Plan plan = this.plan;
        var week = plan.week();
        var closed = plan.closed();
        ZonedDateTime local = at.atZone(plan.zone());
        if (isOpen(plan, at)) {
            return Optional.of(local);
        }
        for (int day = 0; day <= 366; day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            if (closed.contains(date)) {
                continue;
            }
            for (Range r : week.getOrDefault(date.getDayOfWeek(), List.of())) {
                ZonedDateTime start = date.atTime(r.from()).atZone(plan.zone());
                if (start.isAfter(local)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty(); // every day closed for a year: nothing sensible to promise
    }

    private static Map<DayOfWeek, List<Range>> parse(String spec, String label) {
        Map<DayOfWeek, List<Range>> week = new EnumMap<>(DayOfWeek.class);
        if (spec == null || spec.isBlank()) {
            return week;
        }
        for (String part : spec.split(";")) {
            String[] daysAndTimes = part.strip().split("\\s+", 2);
            if (daysAndTimes.length != 2) {
                throw invalid(label, spec, "\"" + part.strip() + "\" needs days and times, e.g. \"Mon-Fri 09:00-17:00\"");
            }
            List<Range> ranges = new ArrayList<>();
            for (String range : daysAndTimes[1].split(",")) {
                String[] fromTo = range.strip().split("-");
                try {
                    var r = new Range(LocalTime.parse(fromTo[0].strip()), LocalTime.parse(fromTo[1].strip()));
                    if (!r.from().isBefore(r.to())) {
                        throw invalid(label, spec, "\"" + range.strip() + "\" ends before it starts");
                    }
                    ranges.add(r);
                } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                    throw invalid(label, spec, "\"" + range.strip() + "\" is not a time range like 09:00-17:00");
                }
            }
            for (DayOfWeek day : days(daysAndTimes[0], spec, label)) {
                week.computeIfAbsent(day, d -> new ArrayList<>()).addAll(ranges);
            }
        }
        week.values().forEach(list -> list.sort((a, b) -> a.from().compareTo(b.from())));
        week.replaceAll((d, list) -> List.copyOf(list));
        return week;
    }

    private static List<DayOfWeek> days(String days, String spec, String label) {
        String[] fromTo = days.split("-");
        DayOfWeek first = day(fromTo[0], spec, label);
        DayOfWeek last = fromTo.length > 1 ? day(fromTo[1], spec, label) : first;
        List<DayOfWeek> out = new ArrayList<>();
        for (DayOfWeek d = first; ; d = d.plus(1)) {
            out.add(d);
            if (d == last) {
                return out;
            }
        }
    }

    private static DayOfWeek day(String name, String spec, String label) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (n.length() >= 2 && d.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return d;
            }
        }
        throw invalid(label, spec, "\"" + name + "\" is not a weekday");
    }

    private static IllegalArgumentException invalid(String label, String spec, String why) {
        return new IllegalArgumentException(label + " \"" + spec + "\" cannot be read: " + why);
    }
}
