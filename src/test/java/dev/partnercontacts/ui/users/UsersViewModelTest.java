package dev.partnercontacts.ui.users;

import dev.partnercontacts.domain.FieldPath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.ui.common.SessionFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private UsersViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("u.db"));
        vm = new UsersViewModel(fx.commands, new Users(fx.validation), fx.messages);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void add(String name, String email, UserRole role) {
        vm.nameProperty().set(name);
        vm.emailProperty().set(email);
        vm.roleProperty().set(role);
        vm.add();
    }

    @Test
    void theFirstUserDefaultsToAdministratorAndIsStored() {
        assertThat(vm.roleProperty().get()).isEqualTo(UserRole.ADMINISTRATOR);
        add("Ada", "ada@acme.example", UserRole.ADMINISTRATOR);

        assertThat(vm.errors()).isEmpty();
        assertThat(fx.store.users(fx.store.currentAccountId())).extracting(PortalUser::email).containsExactly("ada@acme.example");
        assertThat(vm.nameProperty().get()).as("form cleared").isEmpty();
        assertThat(vm.roleProperty().get()).isEqualTo(UserRole.EDITOR);
    }

    @Test
    void badInputIsNamedWhereItWasTypedAndNothingIsStored() {
        add("", "not an address", UserRole.EDITOR);

        assertThat(vm.errors()).containsOnlyKeys(FieldPath.user(FieldPath.UserField.NAME), FieldPath.user(FieldPath.UserField.EMAIL), FieldPath.user(FieldPath.UserField.ROLE));
        assertThat(vm.errors().get(FieldPath.user(FieldPath.UserField.ROLE))).isEqualTo("The first user must be an Administrator.");
        assertThat(fx.store.users(fx.store.currentAccountId())).isEmpty();
    }

    @Test
    void addressesAreUniqueRegardlessOfCase() {
        add("Ada", "ada@acme.example", UserRole.ADMINISTRATOR);
        add("Ada again", "ADA@Acme.Example", UserRole.EDITOR);

        assertThat(vm.errors().get(FieldPath.user(FieldPath.UserField.EMAIL))).isEqualTo("A user with this e-mail address already exists.");
        assertThat(fx.workspace.users()).hasSize(1);
    }

    @Test
    void theLastAdministratorCannotBeRemovedOrDemoted() {
        add("Ada", "ada@acme.example", UserRole.ADMINISTRATOR);
        PortalUser ada = fx.workspace.users().get(0);

        vm.remove(ada);
        assertThat(vm.errors().get(FieldPath.user(FieldPath.UserField.LIST))).isEqualTo("The last Administrator cannot be removed.");
        assertThat(vm.changeRole(ada, UserRole.READ_ONLY)).isFalse();
        assertThat(fx.workspace.users()).singleElement().extracting(PortalUser::role).isEqualTo(UserRole.ADMINISTRATOR);

        add("Bob", "bob@acme.example", UserRole.ADMINISTRATOR);
        assertThat(vm.changeRole(ada, UserRole.READ_ONLY)).isTrue();
        vm.remove(fx.workspace.users().get(0));
        assertThat(fx.workspace.users()).extracting(PortalUser::name).containsExactly("Bob");
    }

    @Test
    void theSelectedUsersRoleIsStoredAtOnceAndARefusalIsShownBesideTheRoleControl() {
        add("Ada", "ada@acme.example", UserRole.ADMINISTRATOR);
        add("Bob", "bob@acme.example", UserRole.EDITOR);
        FieldPath roleChange = FieldPath.user(FieldPath.UserField.ROLE_CHANGE);

        vm.selectedProperty().set(fx.workspace.users().get(0));
        assertThat(vm.roleChoiceProperty().get()).isEqualTo(UserRole.ADMINISTRATOR);
        vm.roleChoiceProperty().set(UserRole.READ_ONLY);
        vm.changeSelectedRole();
        assertThat(vm.errors()).containsOnlyKeys(roleChange);
        assertThat(vm.roleChoiceProperty().get()).as("back to the stored role").isEqualTo(UserRole.ADMINISTRATOR);
        assertThat(fx.store.users(fx.store.currentAccountId())).extracting(PortalUser::role)
                .containsExactly(UserRole.ADMINISTRATOR, UserRole.EDITOR);

        vm.selectedProperty().set(fx.workspace.users().get(1));
        assertThat(vm.errors()).as("the refusal went with Ada").isEmpty();
        vm.roleChoiceProperty().set(UserRole.READ_ONLY);
        vm.changeSelectedRole();
        assertThat(fx.store.users(fx.store.currentAccountId())).extracting(PortalUser::role)
                .containsExactly(UserRole.ADMINISTRATOR, UserRole.READ_ONLY);
    }
}
