package dev.partnercontacts.domain;

import static dev.partnercontacts.domain.Fixtures.window;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeeklyCoverageTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** A Wednesday in January: Rome is UTC+1. */
    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 15);
    /** A Wednesday in July: Rome is UTC+2. */
    private static final LocalDate JULY = LocalDate.of(2025, 7, 16);

    private static WeeklyCoverage coverage(ZoneId view, LocalDate reference, SupportWindow... windows) {
        return WeeklyCoverage.of(new SupportHours(false, List.of(windows)), view, reference);
    }

    /** The open half-hour slots of one day, as slot numbers 0–47. */
    private static List<Integer> openSlots(WeeklyCoverage coverage, DayOfWeek day) {
        List<Integer> open = new ArrayList<>();
        for (int slot = 0; slot < WeeklyCoverage.SLOTS_PER_DAY; slot++) {
            if (coverage.isOpen(day, slot)) {
                open.add(slot);
            }
        }
        return open;
    }

    /** Slots {@code from} (inclusive) to {@code to} (exclusive). */
    private static List<Integer> slots(int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int s = from; s < to; s++) {
            list.add(s);
        }
        return list;
    }

    private static void assertOnlyOpenOn(WeeklyCoverage coverage, DayOfWeek open) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != open) {
                assertThat(openSlots(coverage, day)).as("slots open on %s", day).isEmpty();
            }
        }
    }

    @Test
    void windowSeenFromItsOwnZoneIsUnchanged() {
        WeeklyCoverage c = coverage(ROME, JANUARY, window("09:00", "17:00", "Europe/Rome", MONDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(18, 34));
        assertOnlyOpenOn(c, MONDAY);
        assertThat(c.openHours()).isEqualTo(8.0);
    }

    @Test
    void romeWindowSeenFromUtcInJanuaryShiftsByOneHour() {
        WeeklyCoverage c = coverage(UTC, JANUARY, window("09:00", "17:00", "Europe/Rome", MONDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(16, 32));
        assertThat(c.isOpen(MONDAY, 15)).isFalse();
        assertThat(c.isOpen(MONDAY, 32)).isFalse();
        assertThat(c.openHours()).isEqualTo(8.0);
    }

    @Test
    void romeWindowSeenFromUtcInJulyShiftsByTwoHours() {
        WeeklyCoverage c = coverage(UTC, JULY, window("09:00", "17:00", "Europe/Rome", MONDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(14, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-13", "2025-01-15", "2025-01-19"})
    void anyDayOfTheWeekSelectsThatWeek(String reference) {
        WeeklyCoverage c = coverage(UTC, LocalDate.parse(reference), window("09:00", "17:00", "Europe/Rome", MONDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(16, 32));
    }

    @Test
    void halfHourOffsetZoneIsConverted() {
        WeeklyCoverage c = coverage(UTC, JANUARY, window("09:00", "17:00", "Asia/Kolkata", WEDNESDAY));

        assertThat(openSlots(c, WEDNESDAY)).isEqualTo(slots(7, 23));
        assertThat(c.openHours()).isEqualTo(8.0);
    }

    @Test
    void twentyFourSevenCoversTheWholeWeek() {
        WeeklyCoverage c = WeeklyCoverage.of(new SupportHours(true, List.of()), ROME, JANUARY);

        assertThat(c.openHours()).isEqualTo(168.0);
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(openSlots(c, day)).hasSize(48);
        }
    }

    @Test
    void twentyFourSevenWinsOverKeptWindows() {
        WeeklyCoverage c = WeeklyCoverage.of(
                new SupportHours(true, List.of(window("09:00", "10:00", "Europe/Rome", MONDAY))), UTC, JANUARY);

        assertThat(c.openHours()).isEqualTo(168.0);
    }

    @Test
    void noWindowsNoCoverage() {
        WeeklyCoverage c = WeeklyCoverage.of(SupportHours.NONE, UTC, JANUARY);

        assertThat(c.openHours()).isZero();
        assertThat(c.isOpen(MONDAY, 0)).isFalse();
    }

    @Test
    void everyDayOfAWindowIsCovered() {
        WeeklyCoverage c = WeeklyCoverage.of(
                new SupportHours(false, List.of(SupportWindow.officeHours("Europe/Rome"))), ROME, JANUARY);

        assertThat(c.openHours()).isEqualTo(40.0);
        for (DayOfWeek day : EnumSet.range(MONDAY, FRIDAY)) {
            assertThat(openSlots(c, day)).isEqualTo(slots(18, 34));
        }
        assertThat(openSlots(c, SATURDAY)).isEmpty();
        assertThat(openSlots(c, SUNDAY)).isEmpty();
    }

    @Test
    void windowCrossingMidnightAfterConversionSpillsIntoTheNextDay() {
        // 18:00–23:00 in New York (UTC-5 in January) is 23:00–04:00 UTC.
        WeeklyCoverage c = coverage(UTC, JANUARY, window("18:00", "23:00", "America/New_York", MONDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(46, 48));
        assertThat(openSlots(c, TUESDAY)).isEqualTo(slots(0, 8));
        assertThat(c.openHours()).isEqualTo(5.0);
    }

    @Test
    void sundayWindowSpillsIntoMonday() {
        // 22:00–24:00 UTC on Sunday is Monday 07:00–09:00 in Tokyo.
        WeeklyCoverage c = coverage(ZoneId.of("Asia/Tokyo"), JANUARY, window("22:00", "24:00", "UTC", SUNDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(14, 18));
        assertThat(openSlots(c, SUNDAY)).isEmpty();
        assertThat(c.openHours()).isEqualTo(2.0);
    }

    @Test
    void mondayWindowThatFallsBeforeTheWeekWrapsToSunday() {
        // 01:00–03:00 on Monday in Tokyo is Sunday 16:00–18:00 UTC.
        WeeklyCoverage c = coverage(UTC, JANUARY, window("01:00", "03:00", "Asia/Tokyo", MONDAY));

        assertThat(openSlots(c, SUNDAY)).isEqualTo(slots(32, 36));
        assertThat(openSlots(c, MONDAY)).isEmpty();
    }

    @Test
    void endOfDayClosesAtMidnight() {
        WeeklyCoverage c = coverage(ROME, JANUARY, window("18:00", "24:00", "Europe/Rome", FRIDAY));

        assertThat(openSlots(c, FRIDAY)).isEqualTo(slots(36, 48));
        assertThat(openSlots(c, SATURDAY)).isEmpty();
        assertThat(c.openHours()).isEqualTo(6.0);
    }

    @Test
    void wholeDayWindowEndingAtMidnightSpillsWhenConverted() {
        // Monday 00:00–24:00 in Rome is Sunday 23:00 to Monday 23:00 UTC in January.
        WeeklyCoverage c = coverage(UTC, JANUARY, window("00:00", "24:00", "Europe/Rome", MONDAY));

        assertThat(openSlots(c, SUNDAY)).isEqualTo(slots(46, 48));
        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(0, 46));
        assertThat(c.openHours()).isEqualTo(24.0);
    }

    @Test
    void partlyCoveredHalfHoursCountAsOpen() {
        WeeklyCoverage c = coverage(UTC, JANUARY, window("09:15", "09:45", "UTC", MONDAY));

        assertThat(openSlots(c, MONDAY)).containsExactly(18, 19);
    }

    @Test
    void overlappingWindowsAreUnited() {
        WeeklyCoverage c = coverage(ROME, JANUARY,
                window("09:00", "17:00", "Europe/Rome", MONDAY),
                window("12:00", "18:00", "Europe/Rome", MONDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(18, 36));
        assertThat(c.openHours()).isEqualTo(9.0);
    }

    @Test
    void invalidWindowsAreLeftOut() {
        WeeklyCoverage c = coverage(UTC, JANUARY,
                window("09:00", "09:00", "UTC", MONDAY),
                window("25:99", "26:00", "UTC", MONDAY),
                window("24:00", "24:00", "UTC", MONDAY),
                window("09:00", "17:00", "Nowhere/Land", MONDAY),
                window("09:00", "17:00", "UTC"));

        assertThat(c.openHours()).isZero();
    }

    @Test
    void anOvernightWindowRunsIntoTheNextDay() {
        // 18:00–02:00 on Friday: Friday evening and the first two hours of Saturday.
        WeeklyCoverage c = coverage(UTC, JANUARY, window("18:00", "02:00", "UTC", FRIDAY, SUNDAY));

        assertThat(openSlots(c, FRIDAY)).isEqualTo(slots(36, 48));
        assertThat(openSlots(c, SATURDAY)).isEqualTo(slots(0, 4));
        assertThat(openSlots(c, SUNDAY)).isEqualTo(slots(36, 48));
        assertThat(openSlots(c, MONDAY)).as("Sunday night wraps into Monday").isEqualTo(slots(0, 4));
        assertThat(c.openHours()).isEqualTo(16.0);
    }

    @Test
    void anOvernightWindowIsConvertedAcrossZones() {
        // 22:00–06:00 in Tokyo (UTC+9) on Monday is Monday 13:00–21:00 UTC.
        WeeklyCoverage c = coverage(UTC, JANUARY, window("22:00", "06:00", "Asia/Tokyo", MONDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(26, 42));
        assertThat(c.openHours()).isEqualTo(8.0);
    }

    @Test
    void validWindowsCountEvenNextToInvalidOnes() {
        WeeklyCoverage c = coverage(UTC, JANUARY,
                window("09:00", "09:00", "UTC", MONDAY),
                window("10:00", "11:00", "UTC", TUESDAY));

        assertThat(openSlots(c, TUESDAY)).isEqualTo(slots(20, 22));
        assertThat(c.openHours()).isEqualTo(1.0);
    }

    @Test
    void sundayOfTheSpringForwardWeekKeepsItsLocalHours() {
        // Rome moves to summer time on Sunday 30 March 2025 at 02:00.
        LocalDate springForward = LocalDate.of(2025, 3, 30);
        WeeklyCoverage c = coverage(ROME, springForward, window("09:00", "17:00", "Europe/Rome", SUNDAY, MONDAY));

        assertThat(openSlots(c, MONDAY)).isEqualTo(slots(18, 34));
        assertThat(openSlots(c, SUNDAY)).isEqualTo(slots(18, 34));
        assertThat(c.openHours()).isEqualTo(16.0);
    }

    @Test
    void sundayOfTheFallBackWeekKeepsItsLocalHours() {
        // Rome returns to standard time on Sunday 26 October 2025 at 03:00.
        LocalDate fallBack = LocalDate.of(2025, 10, 26);
        WeeklyCoverage c = coverage(ROME, fallBack, window("09:00", "17:00", "Europe/Rome", SUNDAY));

        assertThat(openSlots(c, SUNDAY)).isEqualTo(slots(18, 34));
        assertOnlyOpenOn(c, SUNDAY);
    }

    @Test
    void newYorkWindowOnItsSpringForwardSundaySeenFromNewYork() {
        // New York moves to daylight time on Sunday 9 March 2025 at 02:00.
        ZoneId newYork = ZoneId.of("America/New_York");
        WeeklyCoverage c = coverage(newYork, LocalDate.of(2025, 3, 5),
                window("08:00", "20:00", "America/New_York", SATURDAY, SUNDAY));

        assertThat(openSlots(c, SATURDAY)).isEqualTo(slots(16, 40));
        assertThat(openSlots(c, SUNDAY)).isEqualTo(slots(16, 40));
    }
}
