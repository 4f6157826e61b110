package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SummaryLine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * State and commands of the contact-details form, shared by the gate dialog and the Contact
 * information page: the account settings here, and a view-model per part — a
 * {@link ContactRoleViewModel} per contact role, the {@link AlertContactsViewModel} and the
 * {@link SupportHoursViewModel}. Every edit re-runs the {@link Gate} over the form's content;
 * errors become visible per field once it has been left ({@link #touch}) or after a submit attempt
 * ({@link #revealAll}). Knows no nodes: tested without the FX toolkit. {@link #dispose()} lets go
 * of the account's users, which outlive the form.
 */
public final class ContactFormViewModel {

    private final Gate gate;
    private final Messages messages;

    private final StringProperty accountName = new SimpleStringProperty("");
    private final StringProperty partnerId = new SimpleStringProperty("");
    private final ObjectProperty<Integration> integration = new SimpleObjectProperty<>(Integration.DEFAULT);
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(Environment.SANDBOX);
    private final Map<Role, ContactRoleViewModel> contacts = new EnumMap<>(Role.class);
    private final AlertContactsViewModel alerts;
    private final SupportHoursViewModel support;

    private final ObjectProperty<GateResult> result = new SimpleObjectProperty<>();
    private final ObservableMap<FieldPath, String> shownErrors = FXCollections.observableHashMap();
    private final ObservableList<SummaryLine> summary = FXCollections.observableArrayList();
    // Read-only views are made once: they listen to their source weakly, so a view made per
    // call would be collected together with the listeners added to it.
    private final ObservableMap<FieldPath, String> shownErrorsView = FXCollections.unmodifiableObservableMap(shownErrors);
    private final ObservableList<SummaryLine> summaryView = FXCollections.unmodifiableObservableList(summary);
    private final StringProperty progress = new SimpleStringProperty("");
    private final ErrorReveal reveal = new ErrorReveal();
    private boolean loading;
    private boolean editedSinceLoad;
    private Consumer<ContactDetails> onEdited = details -> { };

    /**
     * @param users       the account's portal users (the workspace's list), followed until {@link #dispose()}
     * @param defaultZone the IANA zone a new support window starts in
     */
    public ContactFormViewModel(Gate gate, Messages messages, ObservableList<PortalUser> users, String defaultZone) {
        this.gate = gate;
        this.messages = messages;
        for (Role role : Role.values()) {
            if (role.kind() == Role.Kind.CONTACTS) {
                contacts.put(role, new ContactRoleViewModel(role, this::edited));
            }
        }
        alerts = new AlertContactsViewModel(users, this::edited, this::evaluate);
        support = new SupportHoursViewModel(defaultZone, this::edited);
        accountName.addListener((o, a, b) -> edited());
        partnerId.addListener((o, a, b) -> edited());
        integration.addListener((o, a, b) -> edited());
        environment.addListener((o, a, b) -> edited());
        load(ContactDetails.EMPTY);
    }

    /** Stops following the account's users: call when the form's window goes away. */
    public void dispose() {
        alerts.dispose();
    }

    /** Called with the form's content after every edit by the user (not after {@link #load}). */
    public void setOnEdited(Consumer<ContactDetails> onEdited) {
        this.onEdited = onEdited;
    }

    /**
     * Replaces the form's content; every contact role gets at least one (empty) row. Stored
     * phone numbers (E.164) are shown in their readable form.
     */
    public void load(ContactDetails details) {
        loading = true;
        editedSinceLoad = false;
        try {
            AccountSettings s = details.settings();
            accountName.set(s.name());
            partnerId.set(s.partnerId());
            integration.set(s.integration());
            environment.set(s.environment());
            // Same shapes are updated in place: after Save, nothing jumps.
            contacts.forEach((role, part) -> part.load(details.contacts(role).stream().map(this::readable).toList()));
            alerts.load(details.keepingAlertUsers(alerts.users()).alertUserIds());
            support.load(details.supportHours());
        } finally {
            loading = false;
        }
        evaluate();
    }

    /** The form's content as typed. */
    public ContactDetails snapshot() {
        Map<Role, List<Contact>> map = new EnumMap<>(Role.class);
        contacts.forEach((role, part) -> map.put(role, part.snapshot()));
        return new ContactDetails(
                new AccountSettings(accountName.get(), partnerId.get(), integration.get(), environment.get()),
                map, List.copyOf(alerts.chosen()), support.snapshot());
    }

    /**
     * The default phone country changed from {@code before}: every number typed that was valid in
     * {@code before} is shown as the new country reads it (the same number: {@code 06 1234 5678}
     * typed for Italy becomes {@code +39 06 1234 5678} for none), and everything is checked
     * again at once. Not an edit by the user: the caller decides whether a draft follows.
     *
     * @param before ISO 3166 region read in until now, empty for none
     * @return whether a number shown changed
     */
    public boolean phoneCountryChanged(String before) {
        Validation old = new Validation(before);
        Validation now = gate.validation();
        boolean changed = false;
        loading = true;
        try {
            for (ContactRoleViewModel part : contacts.values()) {
                for (ContactEntry entry : part.entries()) {
                    String typed = entry.phoneProperty().get();
                    if (!typed.isBlank() && old.phone(typed).isEmpty()) {
                        String shown = now.phoneForDisplay(old.phoneE164(typed));
                        changed |= !shown.equals(typed);
                        entry.phoneProperty().set(shown);
                    }
                }
            }
        } finally {
            loading = false;
        }
        evaluate();
        return changed;
    }

    /** Whether the user changed something since the last {@link #load}. */
    public boolean editedSinceLoad() {
        return editedSinceLoad;
    }

    /**
     * Whether the form holds exactly what {@link #load} shows for {@code details}: phone numbers
     * in their readable form, departed users' alert ids dropped, the order of the ticked alert
     * contacts aside: a draft equal to the stored details is no draft.
     */
    public boolean shows(ContactDetails details) {
        ContactDetails shown = details.keepingAlertUsers(alerts.users());
        for (Role role : contacts.keySet()) {
            shown = shown.withContacts(role, details.contacts(role).stream().map(this::readable).toList());
        }
        return sortedAlerts(shown).equals(sortedAlerts(snapshot()));
    }

    private static ContactDetails sortedAlerts(ContactDetails d) {
        return d.withAlertUserIds(d.alertUserIds().stream().sorted().toList());
    }

    private Contact readable(Contact c) {
        return new Contact(c.email(), c.name(), gate.validation().phoneForDisplay(c.phone()));
    }

    private void edited() {
        if (loading) {
            return;
        }
        editedSinceLoad = true;
        evaluate();
        onEdited.accept(snapshot());
    }

    private void evaluate() {
        GateResult r = gate.evaluate(snapshot(), alerts.users());
        result.set(r);
        Map<FieldPath, String> shown = new LinkedHashMap<>();
        List<SummaryLine> lines = new ArrayList<>();
        for (Problem p : r.problems()) {
            boolean showing = reveal.shows(p.field());
            if (showing) {
                String message = messages.problem(p);
                shown.putIfAbsent(p.field(), message);
            }
            // The summary waits for the first submit: before it, errors show only under the
            // fields the user changed, and nothing above the form comes and goes while typing.
            if (showing && reveal.revealedProperty().get()) {
                lines.add(new SummaryLine(p.field(), SummaryText.of(messages, p, messages.problem(p))));
            }
        }
        shownErrors.keySet().retainAll(shown.keySet());
        shownErrors.putAll(shown);
        summary.setAll(lines);
        progress.set(messages.get("gate.progress", r.completeRoles().size(), r.requiredRoles().size()));
    }

    /** "Primary", "Backup 1": what the row says, so the summary names it the same way. */
    public String rank(int index) {
        return SummaryText.rank(messages, index);
    }

    /**
     * The user left a field. A field they changed shows its errors from now on; leaving a
     * field untouched (clicking through, switching tabs) shows nothing. A time or phone number
     * that is valid is rewritten in its readable form ({@code 9am} → {@code 09:00}).
     */
    public void left(FieldPath field, boolean changed) {
        tidy(field);
        if (changed) {
            touch(field);
        }
    }

    private void tidy(FieldPath field) {
        if (field instanceof FieldPath.SupportWindowField w) {
            support.tidy(w);
        } else if (field instanceof FieldPath.ContactEntry c && c.part() == FieldPath.ContactPart.PHONE) {
            ObservableList<ContactEntry> list = contacts(c.role());
            if (c.index() < list.size()) {
                StringProperty phone = list.get(c.index()).phoneProperty();
                phone.set(gate.validation().phoneForDisplay(phone.get()));
            }
        }
    }

    /** Marks a field as left by the user: its errors show from now on. */
    public void touch(FieldPath field) {
        if (reveal.touch(field)) {
            evaluate();
        }
    }

    /** Shows every error, as after pressing Submit, those of rows added since the last attempt too. */
    public void revealAll() {
        reveal.revealAll();
        evaluate();
    }

    /** Shows no error until the user changes and leaves a field or submits, as in a form just opened. */
    public void concealAll() {
        reveal.forget();
        evaluate();
    }

    /** True once Submit (or Save) was pressed: from then on every problem shows, with the summary. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return reveal.revealedProperty();
    }

    // ---- commands ----

    /** Adds a contact row; its errors wait until it is changed and left, or until the next submit attempt. */
    public void addContact(Role role) {
        reveal.contactAdded(role, role(role).entries().size());
        role(role).add();
    }

    /** Removes contact row {@code index}; the rows below move up with the errors they showed. */
    public void removeContact(Role role, int index) {
        if (role(role).entries().size() > 1) {
            reveal.contactRemoved(role, index);
        }
        role(role).remove(index);
    }

    /** Moves an entry one place towards the primary, with the errors it showed. */
    public void moveUp(Role role, int index) {
        if (index > 0) {
            reveal.contactMovedUp(role, index);
        }
        role(role).moveUp(index);
    }

    /** Adds a support window; its errors wait until it is changed and left, or until the next submit attempt. */
    public void addWindow() {
        reveal.windowAdded(support.windows().size());
        support.add();
    }

    /** Removes support window {@code index}; the windows below move up with the errors they showed. */
    public void removeWindow(int index) {
        reveal.windowRemoved(index);
        support.remove(index);
    }

    public void setAlertContact(long userId, boolean chosen) {
        alerts.choose(userId, chosen);
    }

    // ---- state ----

    public StringProperty accountNameProperty() {
        return accountName;
    }

    public StringProperty partnerIdProperty() {
        return partnerId;
    }

    public ObjectProperty<Integration> integrationProperty() {
        return integration;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    /** The view-model of a contact role's entries. */
    public ContactRoleViewModel role(Role role) {
        ContactRoleViewModel part = contacts.get(role);
        if (part == null) {
            throw new IllegalArgumentException(role + " holds no contacts");
        }
        return part;
    }

    public ObservableList<ContactEntry> contacts(Role role) {
        return role(role).entries();
    }

    public AlertContactsViewModel alerts() {
        return alerts;
    }

    public SupportHoursViewModel supportHours() {
        return support;
    }

    public ObservableList<Long> alertUserIds() {
        return alerts.chosen();
    }

    public BooleanProperty support247Property() {
        return support.allWeekProperty();
    }

    public ObservableList<WindowEntry> windows() {
        return support.windows();
    }

    /** The account's portal users, as the form last saw them. */
    public ObservableList<PortalUser> users() {
        return alerts.users();
    }

    /** True while the role applies to the chosen integration and environment. */
    public BooleanBinding applies(Role role) {
        return Bindings.createBooleanBinding(
                () -> role.appliesTo(integration.get(), environment.get()), integration, environment);
    }

    public ReadOnlyObjectProperty<GateResult> resultProperty() {
        return result;
    }

    /** Errors to show now, by field. */
    public ObservableMap<FieldPath, String> shownErrors() {
        return shownErrorsView;
    }

    /** Lines of the summary at the top of the form: the shown errors, in form order. */
    public ObservableList<SummaryLine> summary() {
        return summaryView;
    }

    /** "5 of 7 required roles complete". */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }
}
