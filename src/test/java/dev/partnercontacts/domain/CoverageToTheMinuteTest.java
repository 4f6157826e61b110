package dev.partnercontacts.domain;

import static dev.partnercontacts.domain.Fixtures.window;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13, section 4: support hours counted and drawn to the minute, for every zone, across summer-time changes. */
class CoverageToTheMinuteTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 14);
    private static final int WEEK = 7 * WeeklyCoverage.MINUTES_PER_DAY;

    private static WeeklyCoverage officeHours(String zone, ZoneId view, LocalDate reference) {
        return WeeklyCoverage.of(new SupportHours(false, List.of(
                window("09:00", "17:00", zone, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY))), view, reference);
    }

    private static WeeklyCoverage.Span span(String from, String to) {
        return new WeeklyCoverage.Span(minute(from), to.equals("24:00") ? 1440 : minute(to));
    }

    private static int minute(String hhmm) {
        LocalTime t = LocalTime.parse(hhmm);
        return t.getHour() * 60 + t.getMinute();
    }

    @Test
    void kathmanduOfficeHoursSeenFromRomeAreFortyHours() {
        WeeklyCoverage c = officeHours("Asia/Kathmandu", ROME, JANUARY);

        assertThat(c.openMinutes()).isEqualTo(40 * 60);
        assertThat(c.openHours()).isEqualTo(40.0);
        // UTC+05:45 against Rome's UTC+01:00 in January.
        assertThat(c.spans(MONDAY)).containsExactly(span("04:15", "12:15"));
    }

    @Test
    void kathmanduOfficeHoursAreDrawnOnMondayFrom0315To1115Utc() {
        WeeklyCoverage c = officeHours("Asia/Kathmandu", UTC, JANUARY);

        assertThat(c.spans(MONDAY)).containsExactly(span("03:15", "11:15"));
        assertThat(c.openPart(MONDAY, 6)).as("03:00–03:30: open from 03:15").contains(new WeeklyCoverage.Span(15, 30));
        assertThat(c.openPart(MONDAY, 22)).as("11:00–11:30: open until 11:15").contains(new WeeklyCoverage.Span(0, 15));
        assertThat(c.openPart(MONDAY, 7)).contains(new WeeklyCoverage.Span(0, 30));
        assertThat(c.openPart(MONDAY, 5)).isEmpty();
        assertThat(c.openPart(MONDAY, 23)).isEmpty();
        assertThat(c.openMinutes()).isEqualTo(2400);
    }

    /** Every zone whose offset, in 2026, is ever not a whole number of hours. */
    static Stream<String> zonesWithAPartHourOffset() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");
        return ZoneId.getAvailableZoneIds().stream().sorted().filter(id -> {
            var rules = ZoneId.of(id).getRules();
            if (rules.getOffset(from).getTotalSeconds() % 3600 != 0) {
                return true;
            }
            for (var t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to); t = rules.nextTransition(t.getInstant())) {
                if (t.getOffsetAfter().getTotalSeconds() % 3600 != 0) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void theKindHoldsTheZonesTheIssueIsAbout() {
        assertThat(zonesWithAPartHourOffset()).contains("Asia/Kathmandu", "Asia/Kolkata", "Asia/Tehran", "Australia/Adelaide",
                "Australia/Eucla", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "Pacific/Marquesas",
                "Asia/Yangon", "Asia/Kabul").hasSizeGreaterThan(20);
    }

    /**
     * Office hours in the zone, seen from UTC and from Rome, every week of 2026 (summer-time
     * changes on both sides included): forty hours exactly, and the minutes drawn are the
     * minutes the windows really cover.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("zonesWithAPartHourOffset")
    void officeHoursInAPartHourZoneAreFortyHoursEveryWeekAndDrawnToTheMinute(String zone) {
        for (ZoneId view : List.of(UTC, ROME)) {
            for (LocalDate week = LocalDate.of(2026, 1, 5); week.getYear() == 2026; week = week.plusWeeks(1)) {
                WeeklyCoverage c = officeHours(zone, view, week);
                assertThat(c.openMinutes()).as("%s seen from %s, week of %s", zone, view, week).isEqualTo(2400);
                assertThat(drawn(c)).as("%s seen from %s, week of %s", zone, view, week).isEqualTo(expected(zone, view, week));
            }
        }
    }

    private static BitSet drawn(WeeklyCoverage c) {
        BitSet bits = new BitSet(WEEK);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (WeeklyCoverage.Span s : c.spans(day)) {
                int base = (day.getValue() - 1) * WeeklyCoverage.MINUTES_PER_DAY;
                bits.set(base + s.from(), base + s.to());
            }
        }
        return bits;
    }

    /** The view zone's wall-clock minutes of the week covered, minute by minute. */
    private static BitSet expected(String zone, ZoneId view, LocalDate reference) {
        BitSet bits = new BitSet(WEEK);
        LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(MONDAY));
        for (int d = 0; d < 5; d++) {
            Instant start = ZonedDateTime.of(monday.plusDays(d), LocalTime.of(9, 0), ZoneId.of(zone)).toInstant();
            for (int m = 0; m < 8 * 60; m++) {
                ZonedDateTime local = start.plusSeconds(60L * m).atZone(view);
                long fromWeekStart = java.time.Duration.between(monday.atStartOfDay(), local.toLocalDateTime()).toMinutes();
                bits.set((int) Math.floorMod(fromWeekStart, WEEK));
            }
        }
        return bits;
    }

    @Test
    void aWindowOverTheSpringForwardNightIsTheTimeThatPasses() {
        // Rome skips 02:00–03:00 on Sunday 29 March 2026.
        WeeklyCoverage c = WeeklyCoverage.of(new SupportHours(false, List.of(window("01:00", "04:00", "Europe/Rome", SUNDAY))),
                ROME, LocalDate.of(2026, 3, 29));

        assertThat(c.openMinutes()).isEqualTo(120);
        assertThat(c.spans(SUNDAY)).containsExactly(span("01:00", "02:00"), span("03:00", "04:00"));
    }

    @Test
    void aWindowOverTheFallBackNightIsTheTimeThatPassesAndTheRepeatedHourIsDrawnOnce() {
        // Rome repeats 02:00–03:00 on Sunday 25 October 2026.
        WeeklyCoverage c = WeeklyCoverage.of(new SupportHours(false, List.of(window("01:00", "04:00", "Europe/Rome", SUNDAY))),
                ROME, LocalDate.of(2026, 10, 25));

        assertThat(c.openMinutes()).isEqualTo(240);
        assertThat(c.spans(SUNDAY)).containsExactly(span("01:00", "04:00"));
    }

    @Test
    void lordHowesHalfHourSummerTimeChangeCountsHalfAnHour() {
        // Lord Howe Island moves from UTC+10:30 to UTC+11:00 at 02:00 on Sunday 4 October 2026.
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        WeeklyCoverage c = WeeklyCoverage.of(new SupportHours(false, List.of(window("01:00", "04:00", lordHowe.getId(), SUNDAY))),
                lordHowe, LocalDate.of(2026, 10, 4));

        assertThat(c.openMinutes()).isEqualTo(150);
        assertThat(c.spans(SUNDAY)).containsExactly(span("01:00", "02:00"), span("02:30", "04:00"));
    }

    @Test
    void chathamSeenFromRomeOverBothSummerTimeChangesOfTheYear() {
        for (LocalDate week = LocalDate.of(2026, 1, 5); week.getYear() == 2026; week = week.plusWeeks(1)) {
            WeeklyCoverage c = officeHours("Pacific/Chatham", ROME, week);
            assertThat(c.openMinutes()).as("week of %s", week).isEqualTo(2400);
        }
        // Chatham UTC+13:45 in January: Monday 09:00 there is Sunday 20:15 in Rome (UTC+01:00).
        WeeklyCoverage january = officeHours("Pacific/Chatham", ROME, JANUARY);
        assertThat(january.spans(SUNDAY)).first().isEqualTo(span("20:15", "24:00"));
        assertThat(ZoneOffset.ofHoursMinutes(13, 45).getTotalSeconds() % 3600).isNotZero();
    }

    @Test
    void twentyFourSevenIsAFullWeek() {
        WeeklyCoverage c = WeeklyCoverage.of(new SupportHours(true, List.of()), KATHMANDU, JANUARY);

        assertThat(c.openMinutes()).isEqualTo(WEEK);
        assertThat(c.spans(MONDAY)).containsExactly(span("00:00", "24:00"));
    }
}
