package dev.partnercontacts.ui.form;

import dev.partnercontacts.ui.common.SummaryLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.FieldPath.ContactPart;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.ui.common.Messages;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form's state and commands, without the FX toolkit. */
class ContactFormViewModelTest {

    private static final FieldPath NAME = FieldPath.account(FieldPath.AccountField.NAME);

    private final ObservableList<PortalUser> users = FXCollections.observableArrayList(
            new PortalUser(1, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR),
            new PortalUser(2, "Bob", "bob@acme.example", UserRole.EDITOR));
    private final List<ContactDetails> edits = new ArrayList<>();
    private ContactFormViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new ContactFormViewModel(new Gate(new Validation("US")), new Messages(Locale.ENGLISH), users, "Europe/Rome");
        vm.setOnEdited(edits::add);
    }

    private static ContactDetails complete() {
        return ContactDetails.EMPTY
                .withSettings(new AccountSettings("Acme", "7", Integration.THINGS_TO_DO, Environment.PRODUCTION))
                .withContacts(Role.TECH_EMERGENCY, List.of(new Contact("a@acme.example", "A", "+1 650-253-0000"),
                        new Contact("b@acme.example", "", "")))
                .withContacts(Role.TECH_NON_EMERGENCY, List.of(new Contact("c@acme.example", "", "")))
                .withContacts(Role.OPS_FOR_GOOGLE, List.of(new Contact("d@acme.example", "", "")))
                .withContacts(Role.OPS_FOR_USERS, List.of(new Contact("e@acme.example", "", "")))
                .withAlertUserIds(List.of(2L))
                .withSupportHours(new SupportHours(false, List.of(
                        new SupportWindow(EnumSet.of(DayOfWeek.MONDAY), "08:00", "20:00", "Europe/Rome"))));
    }

    @Test
    void loadingShowsTheDetailsAndDoesNotCountAsAnEdit() {
        vm.load(complete());

        assertThat(vm.snapshot()).as("phones shown in their national form").isEqualTo(complete()
                .withContacts(Role.TECH_EMERGENCY, List.of(new Contact("a@acme.example", "A", "(650) 253-0000"),
                        new Contact("b@acme.example", "", ""))));
        assertThat(edits).isEmpty();
        assertThat(vm.resultProperty().get().isComplete()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo("6 of 6 required roles complete");
    }

    @Test
    void everyEditReportsTheNewContent() {
        vm.accountNameProperty().set("Acme Tours");
        vm.contacts(Role.OPS_FOR_GOOGLE).get(0).emailProperty().set("ops@acme.example");

        assertThat(edits).hasSize(2);
        assertThat(edits.get(1).settings().name()).isEqualTo("Acme Tours");
        assertThat(edits.get(1).contacts(Role.OPS_FOR_GOOGLE)).containsExactly(new Contact("ops@acme.example", "", ""));
    }

    @Test
    void errorsShowOnlyForFieldsChangedAndLeftUntilSubmitRevealsAll() {
        assertThat(vm.shownErrors()).isEmpty();
        assertThat(vm.summary()).isEmpty();

        vm.left(NAME, false);
        assertThat(vm.shownErrors()).as("passing through a field shows nothing").isEmpty();

        vm.left(NAME, true);
        assertThat(vm.shownErrors()).containsOnlyKeys(NAME);
        assertThat(vm.summary()).as("no summary before the first submit").isEmpty();

        vm.revealAll();
        assertThat(vm.revealedProperty().get()).isTrue();
        assertThat(vm.shownErrors()).containsKeys(NAME, FieldPath.contact(Role.TECH_EMERGENCY, 0, ContactPart.EMAIL),
                FieldPath.wholeRole(Role.OPS_SUPPORT));
        assertThat(vm.summary()).first().isEqualTo(new SummaryLine(NAME, "Account name: Enter a name."));
        assertThat(vm.summary()).extracting(SummaryLine::text)
                .contains("Technical emergency contacts, Primary: Enter an e-mail address.");
    }

    @Test
    void theSummaryNamesEntriesAsTheRowsDo() {
        vm.load(complete().withContacts(Role.TECH_EMERGENCY, List.of(new Contact("a@acme.example", "", ""),
                new Contact("not an address", "", ""))));
        vm.revealAll();
        assertThat(vm.summary()).extracting(SummaryLine::text)
                .containsExactly("Technical emergency contacts, Backup 1: This is not a valid e-mail address.");
        assertThat(vm.summary()).extracting(SummaryLine::field)
                .containsExactly(FieldPath.contact(Role.TECH_EMERGENCY, 1, ContactPart.EMAIL));
    }

    @Test
    void fixingAFieldClearsItsError() {
        vm.revealAll();
        vm.accountNameProperty().set("Acme");
        assertThat(vm.shownErrors()).doesNotContainKey(NAME);
    }

    @Test
    void leavingATimeOrPhoneWritesItInItsReadableForm() {
        vm.addWindow();
        WindowEntry w = vm.windows().get(0);
        w.startProperty().set("9am");
        w.endProperty().set("21.30");
        vm.left(FieldPath.window(0, FieldPath.WindowPart.START), true);
        vm.left(FieldPath.window(0, FieldPath.WindowPart.END), true);
        assertThat(w.startProperty().get()).isEqualTo("09:00");
        assertThat(w.endProperty().get()).isEqualTo("21:30");

        w.endProperty().set("half past nine");
        vm.left(FieldPath.window(0, FieldPath.WindowPart.END), true);
        assertThat(w.endProperty().get()).as("what cannot be read stays as typed").isEqualTo("half past nine");

        ContactEntry primary = vm.contacts(Role.TECH_EMERGENCY).get(0);
        primary.phoneProperty().set("6502530000");
        vm.left(FieldPath.contact(Role.TECH_EMERGENCY, 0, ContactPart.PHONE), true);
        assertThat(primary.phoneProperty().get()).isEqualTo("(650) 253-0000");
        primary.phoneProperty().set("+442070313000");
        vm.left(FieldPath.contact(Role.TECH_EMERGENCY, 0, ContactPart.PHONE), true);
        assertThat(primary.phoneProperty().get()).isEqualTo("+44 20 7031 3000");
    }

    @Test
    void storedPhoneNumbersAreShownReadable() {
        vm.load(complete().withContacts(Role.OPS_FOR_GOOGLE, List.of(new Contact("d@acme.example", "", "+16502530000"))));
        assertThat(vm.contacts(Role.OPS_FOR_GOOGLE).get(0).phoneProperty().get()).isEqualTo("(650) 253-0000");
    }

    @Test
    void reloadingTheSameShapeKeepsTheRows() {
        vm.load(complete());
        ContactEntry first = vm.contacts(Role.TECH_EMERGENCY).get(0);
        WindowEntry window = vm.windows().get(0);
        window.days().add(DayOfWeek.FRIDAY);
        List<Object> changes = new ArrayList<>();
        vm.contacts(Role.TECH_EMERGENCY).addListener((javafx.collections.ListChangeListener<ContactEntry>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    changes.add(c);
                }
            }
        });

        vm.load(complete().withContacts(Role.TECH_EMERGENCY, List.of(new Contact("x@acme.example", "", ""),
                new Contact("b@acme.example", "", ""))));

        assertThat(changes).as("no row replaced, so the view keeps its nodes and focus").isEmpty();
        assertThat(vm.contacts(Role.TECH_EMERGENCY).get(0)).isSameAs(first);
        assertThat(first.emailProperty().get()).isEqualTo("x@acme.example");
        assertThat(vm.windows().get(0)).isSameAs(window);
        assertThat(window.days()).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void theEnvironmentAndIntegrationDecideWhatIsRequired() {
        assertThat(vm.progressProperty().get()).isEqualTo("0 of 5 required roles complete");
        assertThat(vm.applies(Role.ALERT).get()).isFalse();

        vm.environmentProperty().set(Environment.PRODUCTION);
        assertThat(vm.progressProperty().get()).isEqualTo("0 of 6 required roles complete");
        assertThat(vm.applies(Role.ALERT).get()).isTrue();

        vm.integrationProperty().set(Integration.RESERVATIONS);
        assertThat(vm.progressProperty().get()).isEqualTo("0 of 7 required roles complete");
        assertThat(vm.applies(Role.MERCHANT_ISSUES).get()).isTrue();
    }

    @Test
    void entriesCanBeAddedReorderedAndRemovedWithinLimits() {
        vm.load(complete());
        vm.moveUp(Role.TECH_EMERGENCY, 1);
        assertThat(vm.snapshot().contacts(Role.TECH_EMERGENCY)).extracting(Contact::email)
                .containsExactly("b@acme.example", "a@acme.example");

        vm.removeContact(Role.TECH_EMERGENCY, 0);
        vm.removeContact(Role.TECH_EMERGENCY, 0);
        assertThat(vm.contacts(Role.TECH_EMERGENCY)).as("the last row stays").hasSize(1);

        for (int i = 0; i < 15; i++) {
            vm.addContact(Role.TECH_NON_EMERGENCY);
        }
        assertThat(vm.contacts(Role.TECH_NON_EMERGENCY)).hasSize(10);
        vm.addContact(Role.OPS_FOR_USERS);
        assertThat(vm.contacts(Role.OPS_FOR_USERS)).hasSize(1);
    }

    @Test
    void aNewSupportWindowHasNoDayAndTheZoneOfTheWindowAboveElseTheSystemsSoItIsNotCompleteYet() {
        vm.load(complete().withSupportHours(SupportHours.NONE));
        vm.addWindow();
        assertThat(vm.windows()).singleElement().satisfies(w -> {
            assertThat(w.days()).isEmpty();
            assertThat(w.zoneProperty().get()).isEqualTo("Europe/Rome");
        });
        assertThat(vm.resultProperty().get().isComplete(Role.OPS_SUPPORT)).isFalse();
        vm.windows().get(0).zoneProperty().set("Asia/Tokyo");
        vm.addWindow();
        assertThat(vm.windows().get(1).zoneProperty().get()).as("the window above's (issue 15)").isEqualTo("Asia/Tokyo");
        vm.windows().get(1).zoneProperty().set("Nowhere/Land");
        vm.addWindow();
        assertThat(vm.windows().get(2).zoneProperty().get()).as("not an IANA zone above").isEqualTo("Europe/Rome");
        vm.removeWindow(0);
        assertThat(vm.windows()).hasSize(2);
    }

    @Test
    void aRemovedUserStopsBeingAnAlertContact() {
        vm.load(complete());
        assertThat(vm.resultProperty().get().isComplete()).isTrue();

        users.remove(1);

        assertThat(vm.alertUserIds()).isEmpty();
        assertThat(vm.resultProperty().get().isComplete(Role.ALERT)).isFalse();
    }

    @Test
    void twentyFourSevenReplacesTheWindows() {
        vm.load(complete().withSupportHours(SupportHours.NONE));
        assertThat(vm.resultProperty().get().isComplete(Role.OPS_SUPPORT)).isFalse();
        vm.support247Property().set(true);
        assertThat(vm.resultProperty().get().isComplete(Role.OPS_SUPPORT)).isTrue();
    }

    @Test
    void theFormFollowsTheAccountsUsersUntilItIsDisposed() {
        vm.setAlertContact(2, true);
        users.remove(1);
        assertThat(vm.users()).extracting(PortalUser::name).containsExactly("Ada");
        assertThat(vm.alertUserIds()).as("a removed user stops being an alert contact").isEmpty();

        vm.dispose();
        users.add(new PortalUser(3, "Cy", "cy@acme.example", UserRole.EDITOR));

        assertThat(vm.users()).as("a disposed form no longer listens to the account's users")
                .extracting(PortalUser::name).containsExactly("Ada");
    }

    /** Issue 15, breaker 5: a new phone country applies at once to the numbers typed. */
    @Test
    void aNewPhoneCountryShowsTheSameNumbersAndChecksThemAtOnce() {
        Validation rules = new Validation("");
        ContactFormViewModel form = new ContactFormViewModel(new Gate(rules), new Messages(Locale.ENGLISH), users, "Europe/Rome");
        form.load(complete());
        FieldPath phone = FieldPath.contact(Role.TECH_EMERGENCY, 1, ContactPart.PHONE);
        form.contacts(Role.TECH_EMERGENCY).get(1).phoneProperty().set("06 1234 5678");
        form.touch(phone);
        assertThat(form.shownErrors().get(phone)).startsWith("Add the country code");

        rules.useDefaultRegion("IT");
        assertThat(form.phoneCountryChanged("")).as("nothing that could be read before").isFalse();
        assertThat(form.shownErrors()).doesNotContainKey(phone);

        rules.useDefaultRegion("");
        assertThat(form.phoneCountryChanged("IT")).isTrue();
        assertThat(form.contacts(Role.TECH_EMERGENCY).get(1).phoneProperty().get()).isEqualTo("+39 06 1234 5678");
        assertThat(form.contacts(Role.TECH_EMERGENCY).get(0).phoneProperty().get()).isEqualTo("+1 650-253-0000");
        assertThat(form.shownErrors()).doesNotContainKey(phone);
        assertThat(form.resultProperty().get().isComplete()).isTrue();
    }

    @Test
    void aWindowAddedAfterASubmitAttemptShowsItsErrorsOnceChangedOrAtTheNextAttempt() {
        FieldPath days0 = FieldPath.window(0, FieldPath.WindowPart.DAYS);
        FieldPath days1 = FieldPath.window(1, FieldPath.WindowPart.DAYS);
        vm.revealAll();
        vm.addWindow();
        vm.addWindow();
        assertThat(vm.shownErrors()).doesNotContainKeys(days0, days1);
        assertThat(vm.summary()).noneMatch(line -> line.field().equals(days0));

        vm.touch(days1);
        assertThat(vm.shownErrors()).containsKey(days1).doesNotContainKey(days0);
        vm.removeWindow(0);
        assertThat(vm.shownErrors()).as("the touched window moved up with what it showed").containsKey(days0);

        vm.addWindow();
        assertThat(vm.shownErrors()).doesNotContainKey(days1);
        vm.revealAll();
        assertThat(vm.shownErrors()).containsKeys(days0, days1);
    }

    @Test
    void aContactRowAddedAfterASubmitAttemptWaitsAndMovesWithWhatItShowed() {
        Role role = Role.TECH_EMERGENCY;
        FieldPath email1 = FieldPath.contact(role, 1, FieldPath.ContactPart.EMAIL);
        FieldPath email2 = FieldPath.contact(role, 2, FieldPath.ContactPart.EMAIL);
        vm.revealAll();
        vm.addContact(role);
        vm.addContact(role);
        assertThat(vm.shownErrors()).doesNotContainKeys(email1, email2);

        vm.touch(email2);
        assertThat(vm.shownErrors()).containsKey(email2).doesNotContainKey(email1);
        vm.moveUp(role, 2);
        assertThat(vm.shownErrors()).as("the touched row moved up with what it showed")
                .containsKey(email1).doesNotContainKey(email2);
        vm.removeContact(role, 1);
        assertThat(vm.shownErrors()).doesNotContainKeys(email1, email2);
        vm.revealAll();
        assertThat(vm.shownErrors()).containsKey(email1);
    }

    @Test
    void concealingForgetsWhatWasShownAndTheFormTellsWhetherItShowsTheGivenDetails() {
        vm.revealAll();
        assertThat(vm.shownErrors()).isNotEmpty();
        vm.concealAll();
        assertThat(vm.shownErrors()).isEmpty();
        assertThat(vm.revealedProperty().get()).isFalse();

        vm.load(complete());
        assertThat(vm.shows(complete())).isTrue();
        vm.partnerIdProperty().set("78");
        assertThat(vm.shows(complete())).isFalse();
        vm.partnerIdProperty().set("7");
        assertThat(vm.shows(complete())).as("typed back to what is stored").isTrue();
    }
}
