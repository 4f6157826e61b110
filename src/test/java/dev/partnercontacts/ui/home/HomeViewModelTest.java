package dev.partnercontacts.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.ui.common.SessionFixture;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("home.db"));
        fx.commands.addUser("Ada", "ada@acme.example", UserRole.ADMINISTRATOR, u -> { }, e -> { throw new AssertionError(e); });
        ContactDetails details = Fixtures.complete(Integration.RESERVATIONS, Environment.PRODUCTION)
                .withAlertUserIds(List.of(fx.workspace.users().get(0).id()));
        fx.commands.submit(details, () -> { }, e -> { throw new AssertionError(e); });
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private HomeViewModel at(Instant now) {
        return new HomeViewModel(fx.commands, fx.messages, Clock.fixed(now, ZoneId.of("Europe/Rome")));
    }

    @Test
    void aCardPerRoleWithItsStateAndPrimaryContact() {
        HomeViewModel vm = at(Instant.now());

        assertThat(vm.cards()).extracting(HomeViewModel.RoleCard::role).containsExactly(Role.values());
        assertThat(vm.cards()).allMatch(c -> c.state() == HomeViewModel.State.COMPLETE);
        HomeViewModel.RoleCard emergency = vm.cards().get(Role.TECH_EMERGENCY.ordinal());
        assertThat(emergency.stateText()).isEqualTo("complete (2)");
        assertThat(emergency.primary()).isEqualTo("\u2068Person 0\u2069\ntechEmergency0@example.com");
        assertThat(vm.cards().get(Role.ALERT.ordinal()).primary()).isEqualTo("Ada");
        assertThat(vm.cards().get(Role.OPS_SUPPORT.ordinal()).primary()).isEqualTo("Mon–Fri 09:00–17:00 Europe/Rome");
        assertThat(vm.accountNameProperty().get()).isEqualTo("Acme Tours");
        assertThat(vm.changes()).isNotEmpty().allMatch(l -> l.contains("Tess Tester <tess@example.com>"));
    }

    @Test
    void coverageIsSeenFromTheChosenZone() {
        HomeViewModel vm = at(Instant.parse("2026-11-30T10:00:00Z"));

        assertThat(vm.coverageProperty().get().isOpen(java.time.DayOfWeek.MONDAY, 18)).isTrue();
        vm.viewZoneProperty().set(ZoneId.of("UTC"));
        assertThat(vm.coverageProperty().get().isOpen(java.time.DayOfWeek.MONDAY, 16)).as("08:00 UTC is 09:00 in Rome").isTrue();
        assertThat(vm.coverageProperty().get().isOpen(java.time.DayOfWeek.MONDAY, 18)).isTrue();
        assertThat(vm.coverageCaptionProperty().get()).isEqualTo("Open 40 hours a week, shown in UTC.");
    }

    @Test
    void theChosenZoneIsKeptForTheNextStartAndShownByTheNextHome() {
        HomeViewModel vm = at(Instant.parse("2026-11-30T10:00:00Z"));

        vm.viewZoneProperty().set(ZoneId.of("Asia/Tokyo"));

        assertThat(fx.store.setting(dev.partnercontacts.domain.SettingKeys.HOME_ZONE)).contains("Asia/Tokyo");
        assertThat(fx.workspace.homeZoneProperty().get()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        HomeViewModel next = at(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(next.viewZoneProperty().get()).as("a Home built again (language change)").isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(next.coverageCaptionProperty().get()).isEqualTo("Open 40 hours a week, shown in Asia/Tokyo.");
        assertThat(next.zoneFailureProperty().get()).isEmpty();
    }

    @Test
    void aStoredZoneIsReadBackOnlyWhenThisJavaKnowsIt() {
        ZoneId here = ZoneId.of("Europe/Rome");
        assertThat(dev.partnercontacts.ui.workspace.Workspace.homeZoneOf(java.util.Optional.of("Asia/Tokyo"), here))
                .isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(dev.partnercontacts.ui.workspace.Workspace.homeZoneOf(java.util.Optional.of("Mars/Olympus_Mons"), here)).isEqualTo(here);
        assertThat(dev.partnercontacts.ui.workspace.Workspace.homeZoneOf(java.util.Optional.of("+05:00"), here)).isEqualTo(here);
        assertThat(dev.partnercontacts.ui.workspace.Workspace.homeZoneOf(java.util.Optional.empty(), here)).isEqualTo(here);
    }

    /** Support hours Monday to Friday in Asia/Kathmandu (UTC+05:45), submitted. */
    private void weekdaysInKathmandu(String start, String end) {
        ContactDetails kathmandu = fx.workspace.storedProperty().get().withSupportHours(new dev.partnercontacts.domain.SupportHours(
                false, List.of(Fixtures.window(start, end, "Asia/Kathmandu", java.time.DayOfWeek.MONDAY,
                        java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                        java.time.DayOfWeek.FRIDAY))));
        fx.commands.submit(kathmandu, () -> { }, e -> { throw new AssertionError(e); });
    }

    @Test
    void theIssuesKathmanduOfficeHoursSeenFromRomeAreFortyHoursDrawnFrom0315To1115Utc() {
        weekdaysInKathmandu("09:00", "17:00");

        HomeViewModel vm = at(Instant.parse("2026-11-30T10:00:00Z"));

        assertThat(vm.viewZoneProperty().get()).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(vm.coverageCaptionProperty().get()).isEqualTo("Open 40 hours a week, shown in Europe/Rome.");
        vm.viewZoneProperty().set(ZoneId.of("UTC"));
        assertThat(vm.coverageCaptionProperty().get()).isEqualTo("Open 40 hours a week, shown in UTC.");
        assertThat(vm.coverageProperty().get().spans(java.time.DayOfWeek.MONDAY))
                .containsExactly(new dev.partnercontacts.domain.WeeklyCoverage.Span(3 * 60 + 15, 11 * 60 + 15));
    }

    @Test
    void theCaptionCountsToTheMinuteInBothLanguages() {
        weekdaysInKathmandu("09:00", "17:15");

        HomeViewModel vm = at(Instant.parse("2026-11-30T10:00:00Z"));
        vm.viewZoneProperty().set(ZoneId.of("UTC"));

        assertThat(vm.coverageCaptionProperty().get()).isEqualTo("Open 41 hours 15 minutes a week, shown in UTC.");
        assertThat(vm.coverageProperty().get().spans(java.time.DayOfWeek.MONDAY))
                .containsExactly(new dev.partnercontacts.domain.WeeklyCoverage.Span(3 * 60 + 15, 11 * 60 + 30));
        dev.partnercontacts.ui.common.Messages it = new dev.partnercontacts.ui.common.Messages(java.util.Locale.ITALIAN);
        assertThat(it.get("home.coverage.caption", 41, 15, "UTC")).isEqualTo("Aperto 41 ore e 15 minuti a settimana, mostrato in UTC.");
        assertThat(it.get("home.coverage.caption", 1, 1, "UTC")).isEqualTo("Aperto 1 ora e 1 minuto a settimana, mostrato in UTC.");
        assertThat(fx.messages.get("home.coverage.caption", 0, 45, "UTC")).isEqualTo("Open 0 hours 45 minutes a week, shown in UTC.");
    }

    @Test
    void detailsConfirmedHalfAYearAgoAskToBeConfirmedAndSayingSoIsRecorded() throws Exception {
        fx.db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET submitted_at = '2026-01-01T09:00:00Z'")) {
                return ps.executeUpdate();
            }
        });
        fx.commands.switchTo(fx.store.createAccount("x").id(), () -> { }, e -> { throw new AssertionError(e); });
        fx.commands.switchTo(fx.store.accounts().stream().filter(a -> a.name().equals("Acme Tours")).findFirst().orElseThrow().id(),
                () -> { }, e -> { throw new AssertionError(e); });
        Instant now = Instant.parse("2026-06-30T09:00:00Z");

        assertThat(at(Instant.parse("2026-06-29T09:00:00Z")).reconfirmDueProperty().get()).as("179 days").isFalse();
        HomeViewModel vm = at(now);
        assertThat(vm.reconfirmDueProperty().get()).as("180 days").isTrue();
        assertThat(vm.reconfirmTextProperty().get()).contains("180 days ago");

        vm.reconfirm();

        assertThat(fx.store.history(HistoryQuery.latest(fx.workspace.accountId(), 1)).get(0).change().kind())
                .isEqualTo(Change.Kind.RECONFIRMED);
        assertThat(fx.workspace.confirmedAtProperty().get()).isAfter(now.minusSeconds(1).atZone(ZoneOffset.UTC).toInstant().minusSeconds(86_400 * 365));
        assertThat(at(Instant.now()).reconfirmDueProperty().get()).isFalse();
    }
}
