package dev.partnercontacts.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.Optional;

/**
 * Which half-hours of a week support is open, seen from one time zone: windows in other zones
 * are converted (on the week of a reference date, so daylight saving time is that week's), and
 * windows that cross midnight (typed overnight, 18:00–02:00, or after conversion) spill into the
 * next day, Sunday into Monday.
 */
public final class WeeklyCoverage {

    public static final int SLOTS_PER_DAY = 48;
    private static final int SLOTS = 7 * SLOTS_PER_DAY;

    private final BitSet slots;

    private WeeklyCoverage(BitSet slots) {
        this.slots = slots;
    }

    /** Coverage of the valid windows of {@code hours}; invalid windows are left out. */
    public static WeeklyCoverage of(SupportHours hours, ZoneId viewZone, LocalDate reference) {
        BitSet bits = new BitSet(SLOTS);
        if (hours.allWeek()) {
            bits.set(0, SLOTS);
            return new WeeklyCoverage(bits);
        }
        LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // Slots are wall-clock half-hours of the view zone, so count local time, not elapsed time:
        // otherwise the days after a daylight-saving change in the view zone shift by an hour.
        LocalDateTime weekStart = monday.atStartOfDay();
        for (SupportWindow w : hours.windows()) {
            Optional<LocalTime> start = Validation.parseTime(w.start(), false);
            Optional<LocalTime> end = Validation.parseTime(w.end(), true);
            if (start.isEmpty() || end.isEmpty() || end.get().equals(start.get()) || !Validation.isZone(w.zone())) {
                continue;
            }
            // An end before the start closes on the next day: 18:00–02:00 on Friday runs into Saturday.
            boolean overnight = end.get() != LocalTime.MAX && end.get().isBefore(start.get());
            ZoneId zone = ZoneId.of(w.zone());
            for (DayOfWeek day : w.days()) {
                LocalDate date = monday.plusDays(day.getValue() - 1L);
                ZonedDateTime from = date.atTime(start.get()).atZone(zone).withZoneSameInstant(viewZone);
                ZonedDateTime to = end.get() == LocalTime.MAX
                        ? date.plusDays(1).atStartOfDay(zone).withZoneSameInstant(viewZone)
                        : date.plusDays(overnight ? 1 : 0).atTime(end.get()).atZone(zone).withZoneSameInstant(viewZone);
                long first = Math.floorDiv(java.time.Duration.between(weekStart, from.toLocalDateTime()).toMinutes(), 30);
                long last = Math.floorDiv(java.time.Duration.between(weekStart, to.toLocalDateTime()).toMinutes() + 29, 30);
                for (long s = first; s < last; s++) {
                    bits.set((int) Math.floorMod(s, SLOTS));
                }
            }
        }
        return new WeeklyCoverage(bits);
    }

    /** Whether support is open in the half-hour {@code slot} (0–47) of {@code day}. */
    public boolean isOpen(DayOfWeek day, int slot) {
        return slots.get((day.getValue() - 1) * SLOTS_PER_DAY + slot);
    }

    /** Open hours in the week, in hours (half-hour resolution). */
    public double openHours() {
        return slots.cardinality() / 2.0;
    }
}
