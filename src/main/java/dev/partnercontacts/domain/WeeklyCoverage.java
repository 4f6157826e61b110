package dev.partnercontacts.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When support is open in a week, to the minute, seen from one time zone. Windows in other zones
 * are converted on the week of a reference date, with that week's offsets on both sides, so
 * zones whose offset is not a whole hour (Asia/Kathmandu, UTC+05:45) and weeks with a summer-time
 * change come out exact. Windows that cross midnight (typed overnight, 18:00–02:00, or after
 * conversion) spill into the next day, Sunday into Monday.
 *
 * <p>Two measures, each exact: <em>where</em> support is open is a set of the view zone's
 * wall-clock minutes of the week (what the pictures draw; an hour the clocks skip is never open,
 * an hour they repeat is drawn once), and <em>how long</em> it is open, {@link #openMinutes()},
 * is the time that really passes while at least one window is open (what the caption says).
 */
public final class WeeklyCoverage {

    public static final int SLOTS_PER_DAY = 48;
    public static final int MINUTES_PER_SLOT = 30;
    public static final int MINUTES_PER_DAY = 24 * 60;
    private static final int MINUTES = 7 * MINUTES_PER_DAY;

    /** A run of open minutes in one day, {@code from} inclusive to {@code to} exclusive (0–1440). */
    public record Span(int from, int to) {
    }

    private final BitSet minutes;
    private final long openMinutes;

    private WeeklyCoverage(BitSet minutes, long openMinutes) {
        this.minutes = minutes;
        this.openMinutes = openMinutes;
    }

    /** Coverage of the valid windows of {@code hours}; invalid windows are left out. */
    public static WeeklyCoverage of(SupportHours hours, ZoneId viewZone, LocalDate reference) {
        BitSet bits = new BitSet(MINUTES);
        if (hours.allWeek()) {
            bits.set(0, MINUTES);
            return new WeeklyCoverage(bits, MINUTES);
        }
        LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // The pictures count the view zone's wall clock, not elapsed time: otherwise the days after
        // a summer-time change in the view zone would shift by an hour.
        LocalDateTime weekStart = monday.atStartOfDay();
        List<Instant[]> open = new ArrayList<>();
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
                Instant from = date.atTime(start.get()).atZone(zone).toInstant();
                Instant to = end.get() == LocalTime.MAX
                        ? date.plusDays(1).atStartOfDay(zone).toInstant()
                        : ZonedDateTime.of(date.plusDays(overnight ? 1 : 0), end.get(), zone).toInstant();
                if (to.isAfter(from)) {
                    open.add(new Instant[] {from, to});
                    mark(bits, from, to, viewZone.getRules(), weekStart);
                }
            }
        }
        return new WeeklyCoverage(bits, elapsedMinutes(open));
    }

    /** Sets the wall-clock minutes of {@code [from, to)}, split where the view zone's offset changes. */
    private static void mark(BitSet bits, Instant from, Instant to, ZoneRules rules, LocalDateTime weekStart) {
        Instant a = from;
        while (a.isBefore(to)) {
            ZoneOffsetTransition next = rules.nextTransition(a);
            Instant b = next == null || !next.getInstant().isBefore(to) ? to : next.getInstant();
            ZoneOffset offset = rules.getOffset(a);
            long first = Math.floorDiv(Duration.between(weekStart, LocalDateTime.ofInstant(a, offset)).toSeconds(), 60);
            long last = Math.floorDiv(Duration.between(weekStart, LocalDateTime.ofInstant(b, offset)).toSeconds() + 59, 60);
            for (long m = first; m < last; m++) {
                bits.set((int) Math.floorMod(m, MINUTES));
            }
            a = b;
        }
    }

    /** The time covered by at least one of the intervals, in minutes. */
    private static long elapsedMinutes(List<Instant[]> intervals) {
        intervals.sort(Comparator.comparing(i -> i[0]));
        long seconds = 0;
        Instant coveredTo = Instant.MIN;
        for (Instant[] i : intervals) {
            Instant start = i[0].isAfter(coveredTo) ? i[0] : coveredTo;
            if (i[1].isAfter(start)) {
                seconds += Duration.between(start, i[1]).toSeconds();
                coveredTo = i[1];
            }
        }
        return seconds / 60;
    }

    /** Whether support is open in any minute of the half-hour {@code slot} (0–47) of {@code day}. */
    public boolean isOpen(DayOfWeek day, int slot) {
        int first = (day.getValue() - 1) * MINUTES_PER_DAY + slot * MINUTES_PER_SLOT;
        int next = minutes.nextSetBit(first);
        return next >= 0 && next < first + MINUTES_PER_SLOT;
    }

    /**
     * The open part of a half-hour slot, in minutes from the slot's start (0–30): from its first
     * open minute to the end of its last one; empty when it is closed all through. A slot with a
     * gap inside is drawn from its first to its last open minute.
     */
    public Optional<Span> openPart(DayOfWeek day, int slot) {
        int start = (day.getValue() - 1) * MINUTES_PER_DAY + slot * MINUTES_PER_SLOT;
        int first = minutes.nextSetBit(start);
        if (first < 0 || first >= start + MINUTES_PER_SLOT) {
            return Optional.empty();
        }
        int last = minutes.previousSetBit(start + MINUTES_PER_SLOT - 1);
        return Optional.of(new Span(first - start, last + 1 - start));
    }

    /** Whether support is open in the given minute (0–1439) of {@code day}. */
    public boolean isOpenAt(DayOfWeek day, int minuteOfDay) {
        return minutes.get((day.getValue() - 1) * MINUTES_PER_DAY + minuteOfDay);
    }

    /** The runs of open minutes of {@code day}, in order; a run may end at 1440 (midnight). */
    public List<Span> spans(DayOfWeek day) {
        List<Span> spans = new ArrayList<>();
        int base = (day.getValue() - 1) * MINUTES_PER_DAY;
        int m = minutes.nextSetBit(base);
        while (m >= 0 && m < base + MINUTES_PER_DAY) {
            int end = Math.min(minutes.nextClearBit(m), base + MINUTES_PER_DAY);
            spans.add(new Span(m - base, end - base));
            m = minutes.nextSetBit(end);
        }
        return spans;
    }

    /** How long support is open in the week, in minutes of time that really passes. */
    public long openMinutes() {
        return openMinutes;
    }

    /** {@link #openMinutes()} in hours (40.0, 42.75). */
    public double openHours() {
        return openMinutes / 60.0;
    }
}
