package dev.partnercontacts.domain;

import static dev.partnercontacts.domain.Fixtures.ADMIN_ID;
import static dev.partnercontacts.domain.Fixtures.EDITOR_ID;
import static dev.partnercontacts.domain.Fixtures.complete;
import static dev.partnercontacts.domain.Fixtures.contact;
import static dev.partnercontacts.domain.Fixtures.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class GateTest {

    private final Gate gate = new Gate(new Validation("IT"));

    private GateResult evaluate(ContactDetails details) {
        return gate.evaluate(details, users());
    }

    /** The contact roles that are required whatever the settings. */
    static Stream<Role> alwaysRequiredContactRoles() {
        return Stream.of(Role.TECH_EMERGENCY, Role.TECH_NON_EMERGENCY, Role.OPS_FOR_GOOGLE, Role.OPS_FOR_USERS);
    }

    static Stream<Arguments> allSettings() {
        return Arrays.stream(Integration.values())
                .flatMap(i -> Arrays.stream(Environment.values()).map(e -> Arguments.of(i, e)));
    }

    /** Settings under which every role, merchant issues and alerts included, is required. */
    private static ContactDetails everythingRequired() {
        return complete(Integration.RESERVATIONS, Environment.PRODUCTION);
    }

    @Nested
    class RequiredRoles {

        @ParameterizedTest(name = "{0} in {1}")
        @MethodSource("dev.partnercontacts.domain.GateTest#allSettings")
        void completeDetailsPassForEverySetting(Integration integration, Environment environment) {
            GateResult result = evaluate(complete(integration, environment));

            assertThat(result.problems()).isEmpty();
            assertThat(result.isComplete()).isTrue();
            assertThat(result.completeRoles()).containsExactlyInAnyOrderElementsOf(result.requiredRoles());
        }

        @ParameterizedTest(name = "{0} in {1}")
        @MethodSource("dev.partnercontacts.domain.GateTest#allSettings")
        void requiredRolesFollowEnvironmentAndIntegration(Integration integration, Environment environment) {
            GateResult result = evaluate(complete(integration, environment));

            List<Role> expected = new ArrayList<>();
            if (environment == Environment.PRODUCTION) {
                expected.add(Role.ALERT);
            }
            expected.addAll(List.of(Role.TECH_EMERGENCY, Role.TECH_NON_EMERGENCY));
            if (integration.hasMerchantIssues()) {
                expected.add(Role.MERCHANT_ISSUES);
            }
            expected.addAll(List.of(Role.OPS_FOR_GOOGLE, Role.OPS_FOR_USERS, Role.OPS_SUPPORT));
            assertThat(result.requiredRoles()).containsExactlyElementsOf(expected);
        }

        @Test
        void progressCountsFiveToSeven() {
            assertThat(evaluate(complete(Integration.THINGS_TO_DO, Environment.SANDBOX)).requiredRoles()).hasSize(5);
            assertThat(evaluate(complete(Integration.RESERVATIONS, Environment.SANDBOX)).requiredRoles()).hasSize(6);
            assertThat(evaluate(complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)).requiredRoles()).hasSize(6);
            assertThat(evaluate(complete(Integration.RESERVATIONS, Environment.PRODUCTION)).requiredRoles()).hasSize(7);
        }

        @Test
        void emptyDetailsAreMissingEveryRequiredRole() {
            GateResult result = evaluate(ContactDetails.EMPTY);

            assertThat(result.isComplete()).isFalse();
            assertThat(result.completeRoles()).isEmpty();
            assertThat(result.problems()).extracting(Fixtures::fieldId, Problem::messageKey).containsExactly(
                    tuple("accountName", "error.name.required"),
                    tuple("techEmergency-email-0", "error.email.required"),
                    tuple("techNonEmergency-email-0", "error.email.required"),
                    tuple("opsForGoogle-email-0", "error.email.required"),
                    tuple("opsForUsers-email-0", "error.email.required"),
                    tuple("role-opsSupport", "error.support.required"));
        }

        @ParameterizedTest
        @MethodSource("dev.partnercontacts.domain.GateTest#alwaysRequiredContactRoles")
        void eachContactRoleIsRequired(Role role) {
            GateResult result = evaluate(complete().withContacts(role, List.of()));

            assertThat(result.isComplete()).isFalse();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(Fixtures.fieldId(p)).isEqualTo(role.key() + "-email-0");
                assertThat(p.role()).isEqualTo(role);
                assertThat(p.messageKey()).isEqualTo("error.email.required");
            });
            assertThat(result.isComplete(role)).isFalse();
            assertThat(result.completeRoles()).hasSize(result.requiredRoles().size() - 1);
        }

        @Test
        void supportHoursAreRequired() {
            GateResult result = evaluate(complete().withSupportHours(SupportHours.NONE));

            assertThat(result.problems()).extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                    .containsExactly(tuple("role-opsSupport", Role.OPS_SUPPORT, "error.support.required"));
            assertThat(result.isComplete(Role.OPS_SUPPORT)).isFalse();
            assertThat(result.isComplete(Role.TECH_EMERGENCY)).isTrue();
        }

        @Test
        void rolesThatDoNotApplyAreNeverComplete() {
            GateResult result = evaluate(complete(Integration.THINGS_TO_DO, Environment.SANDBOX));

            assertThat(result.isComplete(Role.ALERT)).isFalse();
            assertThat(result.isComplete(Role.MERCHANT_ISSUES)).isFalse();
            assertThat(result.requiredRoles()).doesNotContain(Role.ALERT, Role.MERCHANT_ISSUES);
        }
    }

    @Nested
    class Environments {

        @Test
        void sandboxDoesNotRequireAlertContacts() {
            GateResult result = evaluate(complete(Integration.THINGS_TO_DO, Environment.SANDBOX).withAlertUserIds(List.of()));

            assertThat(result.isComplete()).isTrue();
            assertThat(result.requiredRoles()).doesNotContain(Role.ALERT);
        }

        @Test
        void productionRequiresAlertContacts() {
            GateResult result = evaluate(complete(Integration.THINGS_TO_DO, Environment.PRODUCTION).withAlertUserIds(List.of()));

            assertThat(result.isComplete()).isFalse();
            assertThat(result.problems()).extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                    .containsExactly(tuple("alertContacts", Role.ALERT, "error.alert.required"));
            assertThat(result.isComplete(Role.ALERT)).isFalse();
            assertThat(result.completeRoles()).hasSize(5);
            assertThat(result.requiredRoles()).hasSize(6);
        }

        @Test
        void switchingToProductionLocksAgainAskingOnlyForAlertContacts() {
            ContactDetails sandbox = complete(Integration.THINGS_TO_DO, Environment.SANDBOX);
            assertThat(evaluate(sandbox).isComplete()).isTrue();

            ContactDetails production = sandbox.withSettings(
                    new AccountSettings("Acme Tours", "12345", Integration.THINGS_TO_DO, Environment.PRODUCTION));

            assertThat(evaluate(production).problems()).extracting(Fixtures::fieldId).containsExactly("alertContacts");
        }

        @Test
        void alertContactsWhoAreNoLongerUsersAreIgnored() {
            ContactDetails details = complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)
                    .withAlertUserIds(List.of(99L, 100L));

            assertThat(evaluate(details).problems()).extracting(Fixtures::fieldId, Problem::messageKey)
                    .containsExactly(tuple("alertContacts", "error.alert.required"));
        }

        @Test
        void oneRemainingAlertContactIsEnough() {
            ContactDetails details = complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)
                    .withAlertUserIds(List.of(99L, EDITOR_ID));

            assertThat(evaluate(details).isComplete()).isTrue();
        }

        @Test
        void alertContactOfAUserWhoWasRemovedLocksTheGate() {
            ContactDetails details = complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)
                    .withAlertUserIds(List.of(EDITOR_ID));
            List<PortalUser> withoutEditor = users().stream().filter(u -> u.id() != EDITOR_ID).toList();

            assertThat(gate.evaluate(details, users()).isComplete()).isTrue();
            assertThat(gate.evaluate(details, withoutEditor).problems()).extracting(Fixtures::fieldId)
                    .containsExactly("alertContacts");
        }

        @Test
        void atMostTenAlertContacts() {
            List<PortalUser> many = new ArrayList<>();
            for (long id = 1; id <= 11; id++) {
                many.add(new PortalUser(id, "User " + id, "user" + id + "@example.com",
                        id == 1 ? UserRole.ADMINISTRATOR : UserRole.EDITOR));
            }
            ContactDetails base = complete(Integration.THINGS_TO_DO, Environment.PRODUCTION);

            ContactDetails ten = base.withAlertUserIds(many.stream().limit(10).map(PortalUser::id).toList());
            ContactDetails eleven = base.withAlertUserIds(many.stream().map(PortalUser::id).toList());

            assertThat(gate.evaluate(ten, many).isComplete()).isTrue();
            assertThat(gate.evaluate(eleven, many).problems())
                    .extracting(Fixtures::fieldId, Problem::messageKey, Problem::args)
                    .containsExactly(tuple("alertContacts", "error.role.tooMany", List.of(10)));
        }

        @Test
        void gateDoesNotChangeItsInput() {
            ContactDetails details = complete(Integration.THINGS_TO_DO, Environment.PRODUCTION)
                    .withAlertUserIds(List.of(99L, ADMIN_ID));

            GateResult first = evaluate(details);
            GateResult second = evaluate(details);

            assertThat(details.alertUserIds()).containsExactly(99L, ADMIN_ID);
            assertThat(first).isEqualTo(second);
        }
    }

    @Nested
    class Integrations {

        @Test
        void defaultIntegrationIsThingsToDoWithoutMerchantIssues() {
            assertThat(Integration.DEFAULT).isEqualTo(Integration.THINGS_TO_DO);
            assertThat(Integration.DEFAULT.hasMerchantIssues()).isFalse();
            assertThat(AccountSettings.NEW.integration()).isEqualTo(Integration.THINGS_TO_DO);
            assertThat(AccountSettings.NEW.environment()).isEqualTo(Environment.SANDBOX);
        }

        @ParameterizedTest
        @EnumSource(Integration.class)
        void merchantIssuesRequiredOnlyWhereTheIntegrationHasThem(Integration integration) {
            ContactDetails withoutMerchant = complete(integration, Environment.SANDBOX)
                    .withContacts(Role.MERCHANT_ISSUES, List.of());

            GateResult result = evaluate(withoutMerchant);

            if (integration.hasMerchantIssues()) {
                assertThat(result.requiredRoles()).contains(Role.MERCHANT_ISSUES);
                assertThat(result.problems()).extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                        .containsExactly(tuple("merchantIssues-email-0", Role.MERCHANT_ISSUES, "error.email.required"));
            } else {
                assertThat(result.requiredRoles()).doesNotContain(Role.MERCHANT_ISSUES);
                assertThat(result.isComplete()).isTrue();
            }
        }

        @ParameterizedTest
        @EnumSource(Integration.class)
        void hiddenMerchantIssuesEntriesAreNotChecked(Integration integration) {
            ContactDetails details = complete(integration, Environment.SANDBOX)
                    .withContacts(Role.MERCHANT_ISSUES, List.of(contact("not an address")));

            GateResult result = evaluate(details);

            assertThat(result.isComplete()).isEqualTo(!integration.hasMerchantIssues());
        }

        @Test
        void switchingToAnIntegrationWithMerchantIssuesLocksAgain() {
            ContactDetails thingsToDo = complete(Integration.THINGS_TO_DO, Environment.SANDBOX);
            ContactDetails reservations = thingsToDo.withSettings(
                    new AccountSettings("Acme Tours", "", Integration.RESERVATIONS, Environment.SANDBOX));

            assertThat(evaluate(thingsToDo).isComplete()).isTrue();
            assertThat(evaluate(reservations).problems()).extracting(Fixtures::fieldId)
                    .containsExactly("merchantIssues-email-0");
        }

        @Test
        void everyRoleRequiredForReservationsInProduction() {
            GateResult result = evaluate(everythingRequired());

            assertThat(result.requiredRoles()).containsExactly(Role.values());
            assertThat(result.completeRoles()).containsExactlyInAnyOrder(Role.values());
        }
    }
}
