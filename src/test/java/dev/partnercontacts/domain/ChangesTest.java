package dev.partnercontacts.domain;

import static dev.partnercontacts.domain.Change.Kind.ALERT_ADDED;
import static dev.partnercontacts.domain.Change.Kind.ALERT_REMOVED;
import static dev.partnercontacts.domain.Change.Kind.CONTACT_ADDED;
import static dev.partnercontacts.domain.Change.Kind.CONTACT_MOVED;
import static dev.partnercontacts.domain.Change.Kind.CONTACT_NAME_CHANGED;
import static dev.partnercontacts.domain.Change.Kind.CONTACT_PHONE_CHANGED;
import static dev.partnercontacts.domain.Change.Kind.CONTACT_REMOVED;
import static dev.partnercontacts.domain.Change.Kind.SUPPORT_ALL_WEEK;
import static dev.partnercontacts.domain.Change.Kind.WINDOW_ADDED;
import static dev.partnercontacts.domain.Change.Kind.WINDOW_REMOVED;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private static final ContactDetails BASE = Fixtures.complete(Integration.RESERVATIONS, Environment.PRODUCTION);
    private static final List<PortalUser> USERS = Fixtures.users();

    private static List<Change> diff(ContactDetails after) {
        return Changes.between(BASE, after, USERS);
    }

    @Test
    void savingTheSameDetailsChangesNothing() {
        assertThat(diff(BASE)).isEmpty();
        assertThat(Changes.between(ContactDetails.EMPTY, ContactDetails.EMPTY, List.of())).isEmpty();
    }

    @Test
    void eachAccountSettingIsItsOwnChange() {
        ContactDetails after = BASE.withSettings(new AccountSettings("Acme Travel", "", Integration.WAITLIST, Environment.SANDBOX));

        assertThat(diff(after)).containsExactly(
                Change.setting(Change.Setting.NAME, "Acme Tours", "Acme Travel"),
                Change.setting(Change.Setting.PARTNER_ID, "12345", ""),
                Change.setting(Change.Setting.INTEGRATION, "RESERVATIONS", "WAITLIST"),
                Change.setting(Change.Setting.ENVIRONMENT, "PRODUCTION", "SANDBOX"));
    }

    @Test
    void anAddedBackupNamesItsPosition() {
        List<Contact> entries = new java.util.ArrayList<>(BASE.contacts(Role.TECH_EMERGENCY));
        entries.add(new Contact("oncall@acme.example", "Pager", ""));

        assertThat(diff(BASE.withContacts(Role.TECH_EMERGENCY, entries))).containsExactly(
                Change.of(CONTACT_ADDED, Role.TECH_EMERGENCY, "oncall@acme.example", "Pager", "", "2"));
    }

    @Test
    void removingThePrimaryIsOneRemovalNotAMoveOfEveryBackup() {
        List<Contact> entries = BASE.contacts(Role.TECH_EMERGENCY);
        Contact primary = entries.get(0);

        assertThat(diff(BASE.withContacts(Role.TECH_EMERGENCY, entries.subList(1, entries.size())))).containsExactly(
                Change.of(CONTACT_REMOVED, Role.TECH_EMERGENCY, primary.email(), primary.name(), "", ""));
    }

    @Test
    void swappingTwoEntriesMovesBoth() {
        List<Contact> entries = BASE.contacts(Role.TECH_EMERGENCY);
        Contact first = entries.get(0);
        Contact second = entries.get(1);

        assertThat(diff(BASE.withContacts(Role.TECH_EMERGENCY, List.of(second, first)))).containsExactly(
                Change.of(CONTACT_MOVED, Role.TECH_EMERGENCY, second.email(), second.name(), "1", "0"),
                Change.of(CONTACT_MOVED, Role.TECH_EMERGENCY, first.email(), first.name(), "0", "1"));
    }

    @Test
    void nameAndPhoneChangesOfAnEntryAreMatchedByAddressRegardlessOfCase() {
        Contact c = BASE.contacts(Role.OPS_FOR_GOOGLE).get(0);
        Contact changed = new Contact(c.email().toUpperCase(java.util.Locale.ROOT), "New Name", "+390200000000");

        assertThat(diff(BASE.withContacts(Role.OPS_FOR_GOOGLE, List.of(changed)))).containsExactly(
                Change.of(CONTACT_NAME_CHANGED, Role.OPS_FOR_GOOGLE, changed.email(), "", c.name(), "New Name"),
                Change.of(CONTACT_PHONE_CHANGED, Role.OPS_FOR_GOOGLE, changed.email(), "New Name", c.phone(), "+390200000000"));
    }

    @Test
    void alertContactsAreNamedByTheirUsers() {
        ContactDetails after = BASE.withAlertUserIds(List.of(Fixtures.EDITOR_ID));

        assertThat(diff(after)).containsExactly(
                Change.of(ALERT_REMOVED, Role.ALERT, "ada@example.com", "Ada Admin", "", ""),
                Change.of(ALERT_ADDED, Role.ALERT, "ed@example.com", "Ed Editor", "", ""));
    }

    @Test
    void supportHoursChangesAreWindowsAddedOrRemovedAndTheAllWeekSwitch() {
        SupportWindow saturday = Fixtures.window("10:00", "14:00", "Europe/Rome", SATURDAY);
        SupportWindow office = BASE.supportHours().windows().get(0);

        assertThat(diff(BASE.withSupportHours(new SupportHours(true, List.of(saturday))))).containsExactly(
                Change.of(SUPPORT_ALL_WEEK, Role.OPS_SUPPORT, "", "", "false", "true"),
                Change.of(WINDOW_REMOVED, Role.OPS_SUPPORT, Changes.windowText(office), "", "", ""),
                Change.of(WINDOW_ADDED, Role.OPS_SUPPORT, "SATURDAY 10:00-14:00 Europe/Rome", "", "", ""));
    }

    @Test
    void aWindowReadsBackFromItsStoredText() {
        SupportWindow w = Fixtures.window("09:00", "24:00", "America/Argentina/Buenos_Aires", MONDAY, SATURDAY);

        assertThat(Changes.parseWindow(Changes.windowText(w))).contains(w);
        assertThat(Changes.parseWindow("not a window")).isEmpty();
    }

    @Test
    void aRoleChangeToTheSameRoleIsNoChange() {
        PortalUser ada = USERS.get(0);

        assertThat(Changes.userRole(ada, UserRole.ADMINISTRATOR)).isEmpty();
        assertThat(Changes.userRole(ada, UserRole.EDITOR)).containsExactly(
                Change.of(Change.Kind.USER_ROLE_CHANGED, null, "ada@example.com", "Ada Admin", "ADMINISTRATOR", "EDITOR"));
    }
}
