package dev.partnercontacts.domain;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * A weekly window in which user support is open: the days, a start and end time as typed
 * ({@code HH:mm}, 24-hour; the end may be {@code 24:00}, and an end before the start
 * closes on the next day) and an IANA time-zone id.
 */
public record SupportWindow(Set<DayOfWeek> days, String start, String end, String zone) {

    public SupportWindow {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        start = Text.orEmpty(start);
        end = Text.orEmpty(end);
        zone = Text.orEmpty(zone);
    }

    /** Monday to Friday, 09:00–17:00, in the given zone. */
    public static SupportWindow officeHours(String zone) {
        return new SupportWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "09:00", "17:00", zone);
    }

    /**
     * What a new window starts with: no day chosen and the given zone. Times are a suggestion the
     * user sees; with no day the window is incomplete until the user says when support is open.
     */
    public static SupportWindow blank(String zone) {
        return new SupportWindow(Set.of(), "09:00", "17:00", zone);
    }
}
