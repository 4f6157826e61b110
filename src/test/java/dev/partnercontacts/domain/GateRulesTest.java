package dev.partnercontacts.domain;

import static dev.partnercontacts.domain.Fixtures.complete;
import static dev.partnercontacts.domain.Fixtures.contact;
import static dev.partnercontacts.domain.Fixtures.entries;
import static dev.partnercontacts.domain.Fixtures.users;
import static dev.partnercontacts.domain.Fixtures.window;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gate's rules for what a role's entries, the account settings and the support hours may
 * hold; which roles are required under which settings is in
 * {@link GateTest}.
 */
class GateRulesTest {

    private final Gate gate = new Gate(new Validation("IT"));

    private GateResult evaluate(ContactDetails details) {
        return gate.evaluate(details, users());
    }

    /** Contact roles with more than one entry allowed. */
    static Stream<Role> multiEntryContactRoles() {
        return Stream.of(Role.TECH_EMERGENCY, Role.TECH_NON_EMERGENCY, Role.MERCHANT_ISSUES, Role.OPS_FOR_GOOGLE);
    }

    /** Settings under which every role, merchant issues and alerts included, is required. */
    private static ContactDetails everythingRequired() {
        return complete(Integration.RESERVATIONS, Environment.PRODUCTION);
    }

    @Nested
    class AccountSettingsRules {

        private GateResult withSettings(String name, String partnerId) {
            return evaluate(complete().withSettings(
                    new AccountSettings(name, partnerId, Integration.THINGS_TO_DO, Environment.SANDBOX)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "   \t "})
        void accountNameIsRequired(String name) {
            assertThat(withSettings(name, "").problems())
                    .extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                    .containsExactly(tuple("accountName", null, "error.name.required"));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 99, 100})
        void accountNameOfOneToHundredCharacters(int length) {
            assertThat(withSettings("n".repeat(length), "").isComplete()).isTrue();
        }

        @Test
        void accountNameOfHundredAndOneCharactersIsTooLong() {
            assertThat(withSettings("n".repeat(101), "").problems())
                    .extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("accountName", "error.name.tooLong"));
        }

        @Test
        void surroundingSpacesDoNotCountTowardsTheNameLength() {
            assertThat(withSettings("  " + "n".repeat(100) + "  ", "").isComplete()).isTrue();
        }

        @Test
        void accountNameWithControlCharacterIsRejected() {
            assertThat(withSettings("Acme\u0007Tours", "").problems())
                    .extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("accountName", "error.text.control"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "0", "12345", "00000000000000000000", "12345678901234567890"})
        void partnerIdIsOptionalDigitsUpToTwenty(String partnerId) {
            assertThat(withSettings("Acme", partnerId).isComplete()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"12a", "A1", "-1", "+1", "1.5", "1 2", " 12", "12 ", "١٢", "１２"})
        void partnerIdMustBeDigits(String partnerId) {
            assertThat(withSettings("Acme", partnerId).problems())
                    .extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                    .containsExactly(tuple("partnerId", null, "error.partnerId.digits"));
        }

        @Test
        void partnerIdOfTwentyOneDigitsIsTooLong() {
            assertThat(withSettings("Acme", "123456789012345678901").problems())
                    .extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("partnerId", "error.partnerId.tooLong"));
        }

        @Test
        void settingsProblemsAreReportedBeforeRoleProblems() {
            GateResult result = evaluate(ContactDetails.EMPTY.withSettings(
                    new AccountSettings("", "x", Integration.THINGS_TO_DO, Environment.SANDBOX)));

            assertThat(result.problems()).extracting(Fixtures::fieldId)
                    .startsWith("accountName", "partnerId");
        }
    }

    @Nested
    class Entries {

        @ParameterizedTest
        @MethodSource("dev.partnercontacts.domain.GateRulesTest#multiEntryContactRoles")
        void oneToTenEntriesAreAccepted(Role role) {
            assertThat(evaluate(everythingRequired().withContacts(role, entries(role, 1))).isComplete()).isTrue();
            assertThat(evaluate(everythingRequired().withContacts(role, entries(role, 10))).isComplete()).isTrue();
        }

        @ParameterizedTest
        @MethodSource("dev.partnercontacts.domain.GateRulesTest#multiEntryContactRoles")
        void elevenEntriesAreTooMany(Role role) {
            GateResult result = evaluate(everythingRequired().withContacts(role, entries(role, 11)));

            assertThat(result.problems()).extracting(Fixtures::fieldId, Problem::role, Problem::messageKey, Problem::args)
                    .containsExactly(tuple("role-" + role.key(), role, "error.role.tooMany", List.of(10)));
            assertThat(result.isComplete(role)).isFalse();
        }

        @Test
        void opsForUsersTakesExactlyOneEntry() {
            ContactDetails two = complete().withContacts(Role.OPS_FOR_USERS,
                    List.of(contact("support@acme.example.com"), contact("help@acme.example.com")));

            assertThat(evaluate(two).problems()).extracting(Fixtures::fieldId, Problem::messageKey, Problem::args)
                    .containsExactly(tuple("role-opsForUsers", "error.role.tooMany", List.of(1)));
            assertThat(evaluate(complete()).isComplete(Role.OPS_FOR_USERS)).isTrue();
        }

        @Test
        void blankEntryAmongOthersIsMissingItsEmail() {
            ContactDetails details = complete().withContacts(Role.TECH_EMERGENCY,
                    List.of(contact("a@example.com"), Contact.EMPTY, contact("c@example.com")));

            assertThat(evaluate(details).problems()).extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("techEmergency-email-1", "error.email.required"));
        }

        @Test
        void invalidEmailIsReportedAtItsIndex() {
            ContactDetails details = complete().withContacts(Role.TECH_NON_EMERGENCY,
                    List.of(contact("a@example.com"), contact("b@example.com"), contact("c@example")));

            assertThat(evaluate(details).problems()).extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                    .containsExactly(tuple("techNonEmergency-email-2", Role.TECH_NON_EMERGENCY, "error.email.invalid"));
        }

        @Test
        void invalidPhoneAndNameAreReportedPerField() {
            ContactDetails details = complete().withContacts(Role.OPS_FOR_GOOGLE, List.of(
                    new Contact("a@example.com", "x".repeat(101), "+39 02 1234 5678"),
                    new Contact("b@example.com", "Bea", "not a phone")));

            assertThat(evaluate(details).problems()).extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(
                            tuple("opsForGoogle-name-0", "error.name.tooLong"),
                            tuple("opsForGoogle-phone-1", Validation.PHONE_NOT_IN_COUNTRY));
        }

        @Test
        void localPhoneNumberUsesTheDefaultRegion() {
            ContactDetails details = complete().withContacts(Role.TECH_EMERGENCY,
                    List.of(new Contact("a@example.com", "", "02 1234 5678")));

            assertThat(gate.evaluate(details, users()).isComplete()).isTrue();
            assertThat(new Gate(new Validation("")).evaluate(details, users()).problems())
                    .extracting(Fixtures::fieldId).containsExactly("techEmergency-phone-0");
        }

        @Test
        void duplicateEmailWithinARoleIsRejectedIgnoringCase() {
            ContactDetails details = complete().withContacts(Role.TECH_EMERGENCY,
                    List.of(contact("ops@example.com"), contact("backup@example.com"), contact("OPS@Example.COM")));

            GateResult result = evaluate(details);

            assertThat(result.problems()).extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                    .containsExactly(tuple("techEmergency-email-2", Role.TECH_EMERGENCY, "error.email.duplicate"));
            assertThat(result.isComplete(Role.TECH_EMERGENCY)).isFalse();
        }

        @Test
        void duplicateEmailWithSurroundingSpacesIsStillADuplicate() {
            ContactDetails details = complete().withContacts(Role.OPS_FOR_GOOGLE,
                    List.of(contact("ops@example.com"), contact("  ops@example.com ")));

            assertThat(evaluate(details).problems()).extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("opsForGoogle-email-1", "error.email.duplicate"));
        }

        @Test
        void sameAddressInTwoDifferentRolesIsFine() {
            List<Contact> shared = List.of(contact("oncall@example.com"));
            ContactDetails details = everythingRequired()
                    .withContacts(Role.TECH_EMERGENCY, shared)
                    .withContacts(Role.TECH_NON_EMERGENCY, List.of(contact("ONCALL@example.com")))
                    .withContacts(Role.MERCHANT_ISSUES, shared)
                    .withContacts(Role.OPS_FOR_GOOGLE, shared)
                    .withContacts(Role.OPS_FOR_USERS, shared);

            assertThat(evaluate(details).isComplete()).isTrue();
        }
    }

    @Nested
    class SupportHoursRules {

        private GateResult withHours(SupportHours hours) {
            return evaluate(complete().withSupportHours(hours));
        }

        private GateResult withWindows(SupportWindow... windows) {
            return withHours(new SupportHours(false, List.of(windows)));
        }

        @Test
        void twentyFourSevenNeedsNoWindows() {
            GateResult result = withHours(new SupportHours(true, List.of()));

            assertThat(result.isComplete()).isTrue();
            assertThat(result.isComplete(Role.OPS_SUPPORT)).isTrue();
        }

        @Test
        void twentyFourSevenIgnoresTheKeptWindows() {
            GateResult result = withHours(new SupportHours(true, List.of(window("25:99", "", "Nowhere/Land"))));

            assertThat(result.isComplete()).isTrue();
        }

        @Test
        void unticking24_7BringsTheKeptWindowsBackIntoPlay() {
            GateResult result = withHours(new SupportHours(false, List.of(window("25:99", "17:00", "Europe/Rome", MONDAY))));

            assertThat(result.problems()).extracting(Fixtures::fieldId).containsExactly("opsSupport-start-0");
        }

        @Test
        void windowWithoutDayIsAnError() {
            assertThat(withWindows(window("09:00", "17:00", "Europe/Rome")).problems())
                    .extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                    .containsExactly(tuple("opsSupport-days-0", Role.OPS_SUPPORT, "error.support.noDay"));
        }

        @ParameterizedTest(name = "{0}-{1}")
        @org.junit.jupiter.params.provider.CsvSource({"09:00,09:00", "00:00,00:00", "9am,09:00", "21.30,9:30pm"})
        void anEmptyWindowIsAnError(String start, String end) {
            assertThat(withWindows(window(start, end, "Europe/Rome", MONDAY)).problems())
                    .extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("opsSupport-end-0", "error.support.endBeforeStart"));
        }

        @ParameterizedTest(name = "{0}-{1}")
        @org.junit.jupiter.params.provider.CsvSource({"00:00,24:00", "23:59,24:00", "09:00,09:01", "9:00,17:30", "22:00,24:00",
                "18:00,02:00", "17:00,09:00", "09:30,09:29", "9,5pm", "9am,21.30"})
        void validTimesAreAccepted(String start, String end) {
            assertThat(withWindows(window(start, end, "Europe/Rome", MONDAY)).isComplete()).isTrue();
        }

        @Test
        void submitStoresTimesInTheirTwentyFourHourForm() {
            ContactDetails typed = complete().withSupportHours(
                    new SupportHours(false, List.of(window("9am", "2130", "Europe/Rome", MONDAY))));
            assertThat(gate.evaluate(typed, users()).isComplete()).isTrue();
            assertThat(gate.prepareForSubmit(typed, users()).supportHours().windows())
                    .singleElement().satisfies(w -> {
                        assertThat(w.start()).isEqualTo("09:00");
                        assertThat(w.end()).isEqualTo("21:30");
                    });
        }

        @Test
        void twentyFourIsOnlyAnEnd() {
            assertThat(withWindows(window("24:00", "24:00", "Europe/Rome", MONDAY)).problems())
                    .extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("opsSupport-start-0", "error.time.invalid"));
        }

        @Test
        void invalidTimeIsReportedOnTheWindowItBelongsTo() {
            GateResult result = withWindows(
                    window("09:00", "17:00", "Europe/Rome", MONDAY),
                    window("09:00", "25:99", "Europe/Rome", TUESDAY));

            assertThat(result.problems()).extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("opsSupport-end-1", "error.time.invalid"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "Europe/Nowhere", "europe/rome", "+01:00", "UTC+1", "EST"})
        void invalidZoneIsAnError(String zone) {
            assertThat(withWindows(window("09:00", "17:00", zone, MONDAY)).problems())
                    .extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("opsSupport-zone-0", "error.zone.invalid"));
        }

        @Test
        void everyProblemOfAWindowIsReported() {
            GateResult result = withWindows(window("x", "y", "z"));

            assertThat(result.problems()).extracting(Fixtures::fieldId).containsExactly(
                    "opsSupport-days-0", "opsSupport-start-0", "opsSupport-end-0", "opsSupport-zone-0");
            assertThat(result.isComplete(Role.OPS_SUPPORT)).isFalse();
        }

        @Test
        void severalWindowsInDifferentZonesAreFine() {
            GateResult result = withWindows(
                    new SupportWindow(EnumSet.range(MONDAY, java.time.DayOfWeek.FRIDAY), "09:00", "17:00", "Europe/Rome"),
                    new SupportWindow(Set.of(java.time.DayOfWeek.SATURDAY), "10:00", "14:00", "America/New_York"));

            assertThat(result.isComplete()).isTrue();
        }

        @Test
        void atMostTwentyWindows() {
            List<SupportWindow> twenty = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                twenty.add(SupportWindow.officeHours("Europe/Rome"));
            }
            List<SupportWindow> twentyOne = new ArrayList<>(twenty);
            twentyOne.add(SupportWindow.officeHours("Europe/Rome"));

            assertThat(withHours(new SupportHours(false, twenty)).isComplete()).isTrue();
            assertThat(withHours(new SupportHours(false, twentyOne)).problems())
                    .extracting(Fixtures::fieldId, Problem::messageKey, Problem::args)
                    .containsExactly(tuple("role-opsSupport", "error.role.tooMany", List.of(20)));
        }
    }
}
