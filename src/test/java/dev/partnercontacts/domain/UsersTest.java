package dev.partnercontacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsersTest {

    private final Users users = new Users(new Validation("IT"));

    private static final PortalUser ADA = new PortalUser(1, "Ada", "ada@example.com", UserRole.ADMINISTRATOR);
    private static final PortalUser BOB = new PortalUser(2, "Bob", "bob@example.com", UserRole.ADMINISTRATOR);
    private static final PortalUser ED = new PortalUser(3, "Ed", "ed@example.com", UserRole.EDITOR);
    private static final PortalUser RITA = new PortalUser(4, "Rita", "rita@example.com", UserRole.READ_ONLY);

    @Test
    void firstUserMayBeAnAdministrator() {
        assertThat(users.checkNew(List.of(), "Ada", "ada@example.com", UserRole.ADMINISTRATOR)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = UserRole.class, names = {"EDITOR", "READ_ONLY"})
    void firstUserMustBeAnAdministrator(UserRole role) {
        assertThat(users.checkNew(List.of(), "Ed", "ed@example.com", role))
                .extracting(Fixtures::fieldId, Problem::role, Problem::messageKey)
                .containsExactly(tuple("userRole", null, "error.user.firstAdmin"));
    }

    @ParameterizedTest
    @EnumSource(UserRole.class)
    void onceThereIsAnAdministratorAnyRoleMayBeAdded(UserRole role) {
        assertThat(users.checkNew(List.of(ADA), "Ed", "ed@example.com", role)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ADA@EXAMPLE.COM", "Ada@Example.com", "  ada@example.com  "})
    void emailIsUniqueIgnoringCase(String email) {
        assertThat(users.checkNew(List.of(ADA, ED), "Ada again", email, UserRole.EDITOR))
                .extracting(Fixtures::fieldId, Problem::messageKey)
                .containsExactly(tuple("userEmail", "error.user.duplicate"));
    }

    @Test
    void existingUserStoredWithCapitalsIsADuplicateOfLowerCase() {
        PortalUser shouting = new PortalUser(5, "Sam", "SAM@Example.COM", UserRole.ADMINISTRATOR);

        assertThat(users.checkNew(List.of(shouting), "Sam", "sam@example.com", UserRole.EDITOR))
                .extracting(Problem::messageKey).containsExactly("error.user.duplicate");
    }

    @Test
    void everyFieldIsChecked() {
        assertThat(users.checkNew(List.of(ADA), " ", "not-an-address", null))
                .extracting(Fixtures::fieldId, Problem::messageKey)
                .containsExactly(
                        tuple("userName", "error.name.required"),
                        tuple("userEmail", "error.email.invalid"),
                        tuple("userRole", "error.user.roleRequired"));
    }

    @Test
    void emailIsRequiredAndNameLengthLimited() {
        assertThat(users.checkNew(List.of(ADA), "x".repeat(101), "", UserRole.EDITOR))
                .extracting(Fixtures::fieldId, Problem::messageKey)
                .containsExactly(
                        tuple("userName", "error.name.tooLong"),
                        tuple("userEmail", "error.email.required"));
    }

    @Test
    void lastAdministratorCannotBeRemoved() {
        assertThat(users.checkRemove(List.of(ADA, ED, RITA), ADA.id())).contains("error.user.lastAdmin");
        assertThat(users.checkRemove(List.of(ADA), ADA.id())).contains("error.user.lastAdmin");
    }

    @Test
    void oneOfTwoAdministratorsCanBeRemoved() {
        assertThat(users.checkRemove(List.of(ADA, BOB, ED), ADA.id())).isEmpty();
        assertThat(users.checkRemove(List.of(ADA, BOB, ED), BOB.id())).isEmpty();
    }

    @Test
    void nonAdministratorsCanBeRemoved() {
        assertThat(users.checkRemove(List.of(ADA, ED, RITA), ED.id())).isEmpty();
        assertThat(users.checkRemove(List.of(ADA, ED, RITA), RITA.id())).isEmpty();
    }

    @Test
    void removingAnUnknownUserIsNoRuleProblem() {
        assertThat(users.checkRemove(List.of(ADA), 42)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = UserRole.class, names = {"EDITOR", "READ_ONLY"})
    void lastAdministratorCannotBeDemoted(UserRole role) {
        assertThat(users.checkRoleChange(List.of(ADA, ED), ADA.id(), role)).contains("error.user.lastAdminDemote");
    }

    @Test
    void lastAdministratorMayStayAdministrator() {
        assertThat(users.checkRoleChange(List.of(ADA, ED), ADA.id(), UserRole.ADMINISTRATOR)).isEmpty();
    }

    @Test
    void oneOfTwoAdministratorsCanBeDemoted() {
        assertThat(users.checkRoleChange(List.of(ADA, BOB), BOB.id(), UserRole.READ_ONLY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(UserRole.class)
    void otherUsersRolesCanChange(UserRole role) {
        assertThat(users.checkRoleChange(List.of(ADA, ED, RITA), ED.id(), role)).isEmpty();
        assertThat(users.checkRoleChange(List.of(ADA, ED, RITA), RITA.id(), role)).isEmpty();
    }

    @Test
    void portalUserTrimsAndComparesEmailsIgnoringCase() {
        PortalUser user = new PortalUser(9, "  Zoë  ", "  Zoe@Example.COM ", null);

        assertThat(user.name()).isEqualTo("Zoë");
        assertThat(user.email()).isEqualTo("Zoe@Example.COM");
        assertThat(user.emailKey()).isEqualTo("zoe@example.com");
        assertThat(user.role()).isEqualTo(UserRole.EDITOR);
    }
}
