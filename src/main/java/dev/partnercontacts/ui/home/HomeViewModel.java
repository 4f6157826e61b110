package dev.partnercontacts.ui.home;

import dev.partnercontacts.domain.Changes;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Reconfirmation;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.WeeklyCoverage;
import dev.partnercontacts.text.Bidi;
import dev.partnercontacts.ui.common.ChangeText;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.sheet.ContactSheet;
import dev.partnercontacts.ui.workspace.AccountCommands;
import dev.partnercontacts.ui.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;

/**
 * Home: the current account at a glance — a card per role with its state and primary contact,
 * the weekly support coverage seen from a chosen time zone, the latest changes in words, and a
 * reminder to confirm the details when they were last confirmed long ago.
 */
public final class HomeViewModel {

    /** Details confirmed longer ago than this ask to be confirmed again. */
    public static final Duration RECONFIRM_AFTER = Reconfirmation.AFTER;

    /** What a role's card shows. */
    public enum State { COMPLETE, MISSING, NOT_REQUIRED }

    /** One role's card: its state, how many entries it has, and who or what comes first. */
    public record RoleCard(Role role, String title, State state, String stateText, String primary) {
    }

    private final AccountCommands commands;
    private final Workspace session;
    private final Messages messages;
    private final ChangeText text;
    private final Clock clock;
    private final ReadOnlyStringWrapper accountName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accountLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper submitted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accountKey = new ReadOnlyStringWrapper("");
    private final ObservableList<RoleCard> cards = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObjectProperty<ZoneId> viewZone = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<WeeklyCoverage> coverage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper coverageCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reconfirmDue = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper reconfirmText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper zoneFailure = new ReadOnlyStringWrapper("");

    public HomeViewModel(AccountCommands commands, Messages messages, Clock clock) {
        this.commands = commands;
        this.session = commands.workspace();
        this.messages = messages;
        this.text = new ChangeText(messages, session.gate().validation());
        this.clock = clock;
        viewZone.set(session.homeZoneProperty().get() == null ? clock.getZone() : session.homeZoneProperty().get());
        session.gateResult().addListener((o, a, b) -> refresh());
        session.accountProperty().addListener((o, a, b) -> refresh());
        session.confirmedAtProperty().addListener((o, a, b) -> refresh());
        session.recentChanges().addListener((ListChangeListener<Object>) c -> refresh());
        viewZone.addListener((o, a, b) -> {
            if (b != null) {
                chooseZone(b);
            }
            refreshCoverage();
        });
        refresh();
    }

    public ReadOnlyStringProperty accountNameProperty() {
        return accountName.getReadOnlyProperty();
    }

    /** "Things to do · Sandbox · Partner ID 42". */
    public ReadOnlyStringProperty accountLineProperty() {
        return accountLine.getReadOnlyProperty();
    }

    /** When and by whom the details were last submitted. */
    /** The account's key (a UUID), which the Sync tab and the partner ask for. */
    public ReadOnlyStringProperty accountKeyProperty() {
        return accountKey.getReadOnlyProperty();
    }

    /** The account's contact sheet: its submitted details, to print or copy as text ({@link ContactSheet}). */
    public List<ContactSheet.Line> sheetLines() {
        return new ContactSheet(messages).lines(accountKey.get(), session.storedProperty().get(), List.copyOf(session.users()),
                session.submittedAtProperty().get(), clock.instant());
    }

    public ReadOnlyStringProperty submittedProperty() {
        return submitted.getReadOnlyProperty();
    }

    public ObservableList<RoleCard> cards() {
        return cards;
    }

    /** The latest changes, in words. */
    public ObservableList<String> changes() {
        return changes;
    }

    /**
     * The zone the coverage is seen from: the one chosen last (kept across restarts), else this
     * computer's. Setting it stores the choice; {@code null} shows this computer's zone.
     */
    public ObjectProperty<ZoneId> viewZoneProperty() {
        return viewZone;
    }

    /** Why the chosen zone could not be kept for the next start; empty when it was. */
    public ReadOnlyStringProperty zoneFailureProperty() {
        return zoneFailure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WeeklyCoverage> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coverageCaptionProperty() {
        return coverageCaption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reconfirmDueProperty() {
        return reconfirmDue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reconfirmTextProperty() {
        return reconfirmText.getReadOnlyProperty();
    }

    /** Records that the details are still correct; the reminder goes away. */
    public void reconfirm() {
        commands.reconfirm(() -> { }, failure -> {
            LoggerFactory.getLogger(HomeViewModel.class).error("Confirming the details failed", failure);
            reconfirmText.set(messages.get("error.storage", FailureText.of(messages, failure)));
        });
    }

    private void chooseZone(ZoneId zone) {
        zoneFailure.set("");
        commands.chooseHomeZone(zone, failure -> {
            LoggerFactory.getLogger(HomeViewModel.class).error("The time zone could not be kept", failure);
            zoneFailure.set(messages.get("error.storage", FailureText.of(messages, failure)));
        });
    }

    private void refresh() {
        ContactDetails d = session.storedProperty().get();
        GateResult result = session.gateResult().get();
        accountName.set(d.settings().name().isBlank() ? messages.get("home.noName") : d.settings().name());
        accountLine.set(messages.get("home.settings", messages.get(d.settings().integration().labelKey()),
                messages.get(d.settings().environment().labelKey()),
                d.settings().partnerId().isBlank() ? "—" : d.settings().partnerId()));
        accountKey.set(session.accountProperty().get() == null ? "" : session.accountProperty().get().key());
        Instant at = session.submittedAtProperty().get();
        submitted.set(at == null ? messages.get("sync.neverSubmitted") : messages.get("home.submitted", messages.dateTime(at)));
        List<RoleCard> list = new ArrayList<>();
        for (Role role : Role.values()) {
            String title = text.roleTitle(role);
            if (!result.requiredRoles().contains(role)) {
                list.add(new RoleCard(role, title, State.NOT_REQUIRED, messages.get("home.role.notApplicable"), ""));
            } else if (result.isComplete(role)) {
                list.add(new RoleCard(role, title, State.COMPLETE, messages.get("home.role.complete", count(d, role)),
                        primary(d, role)));
            } else {
                list.add(new RoleCard(role, title, State.MISSING, messages.get("home.role.missing"), primary(d, role)));
            }
        }
        cards.setAll(list);
        changes.setAll(session.recentChanges().stream()
                .map(e -> messages.get("home.change", messages.dateTime(e.at()), e.author(), text.sentence(e.change())))
                .toList());
        refreshCoverage();
        Instant confirmed = session.confirmedAtProperty().get();
        boolean due = Reconfirmation.isDue(confirmed, clock.instant());
        reconfirmDue.set(due);
        reconfirmText.set(due ? messages.get("home.reconfirm", messages.dateTime(confirmed),
                Duration.between(confirmed, clock.instant()).toDays()) : "");
    }

    private void refreshCoverage() {
        ZoneId zone = viewZone.get() == null ? clock.getZone() : viewZone.get();
        SupportHours hours = session.storedProperty().get().supportHours();
        WeeklyCoverage c = WeeklyCoverage.of(hours, zone, LocalDate.now(clock.withZone(zone)));
        coverage.set(c);
        coverageCaption.set(messages.get("home.coverage.caption", c.openMinutes() / 60, c.openMinutes() % 60, zone.getId()));
    }

    private static int count(ContactDetails d, Role role) {
        return switch (role.kind()) {
            case PORTAL_USERS -> d.alertUserIds().size();
            case CONTACTS -> d.contacts(role).size();
            case SUPPORT_HOURS -> d.supportHours().allWeek() ? 1 : d.supportHours().windows().size();
        };
    }

    private String primary(ContactDetails d, Role role) {
        return switch (role.kind()) {
            case PORTAL_USERS -> d.alertUserIds().stream().findFirst()
                    .flatMap(id -> session.users().stream().filter(u -> u.id() == id).findFirst())
                    .map(PortalUser::name).orElse("");
            case CONTACTS -> d.contacts(role).stream().findFirst().map(HomeViewModel::contactText).orElse("");
            case SUPPORT_HOURS -> d.supportHours().allWeek() ? messages.get("home.allWeek")
                    : d.supportHours().windows().stream().findFirst()
                    .map(w -> text.window(Changes.windowText(w))
                            + (d.supportHours().windows().size() > 1
                            ? " " + messages.get("home.more", d.supportHours().windows().size() - 1) : ""))
                    .orElse("");
        };
    }

    /**
     * The name, and the address on a line of its own (so that the card never breaks an address
     * mid-word); the name isolated: a right-to-left name must not move the address before it.
     */
    private static String contactText(Contact c) {
        return c.name().isBlank() ? c.email() : Bidi.isolate(c.name()) + "\n" + c.email();
    }
}
