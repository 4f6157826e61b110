package dev.partnercontacts.ui.users;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.domain.RuleViolation;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.workspace.AccountCommands;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's portal users: the list, a small form to add one, removing and changing roles.
 * Rules are checked before anything is written, and again by the store in the same transaction.
 */
public final class UsersViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(UsersViewModel.class);

    private static final FieldPath LIST = FieldPath.user(FieldPath.UserField.LIST);
    private static final FieldPath ROLE_CHANGE = FieldPath.user(FieldPath.UserField.ROLE_CHANGE);

    private final AccountCommands commands;
    private final Users rules;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<UserRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<PortalUser> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UserRole> roleChoice = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableMap<FieldPath, String> errors = FXCollections.observableHashMap();

    public UsersViewModel(AccountCommands commands, Users rules, Messages messages) {
        this.commands = commands;
        this.rules = rules;
        this.messages = messages;
        resetForm();
        // Another user picked: the control shows that user's stored role, and an old refusal goes.
        selected.addListener((o, was, is) -> {
            errors.remove(ROLE_CHANGE);
            roleChoice.set(is == null ? null : is.role());
        });
    }

    public ObservableList<PortalUser> users() {
        return commands.workspace().users();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<UserRole> roleProperty() {
        return role;
    }

    /** The user picked in the list, whose role the role control shows and changes; null for none. */
    public ObjectProperty<PortalUser> selectedProperty() {
        return selected;
    }

    /** The role chosen for the selected user, stored by {@link #changeSelectedRole()}. */
    public ObjectProperty<UserRole> roleChoiceProperty() {
        return roleChoice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Errors by field: the add form's name, e-mail and role, the list, and the role control. */
    public ObservableMap<FieldPath, String> errors() {
        return errors;
    }

    /** Checks one field of the add form as the user leaves it. */
    public void checkField(FieldPath fieldId) {
        List<Problem> problems = rules.checkNew(users(), name.get(), email.get(), role.get());
        errors.remove(fieldId);
        problems.stream().filter(p -> p.field().equals(fieldId)).findFirst()
                .ifPresent(p -> errors.put(fieldId, messages.problem(p)));
    }

    /** Adds the user typed in the form; on success the form is cleared. */
    public void add() {
        List<Problem> problems = rules.checkNew(users(), name.get(), email.get(), role.get());
        errors.clear();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        busy.set(true);
        commands.addUser(name.get(), email.get(), role.get(), user -> {
            busy.set(false);
            resetForm();
        }, this::failed);
    }

    public void remove(PortalUser user) {
        errors.clear();
        Optional<String> problem = rules.checkRemove(users(), user.id());
        if (problem.isPresent()) {
            errors.put(LIST, messages.get(problem.get()));
            return;
        }
        busy.set(true);
        commands.removeUser(user.id(), () -> busy.set(false), this::failed);
    }

    /**
     * Stores the chosen role for the selected user at once, as adding and removing a user are:
     * the Users tab has no Save of its own.
     */
    public void changeSelectedRole() {
        PortalUser user = selected.get();
        if (user != null) {
            changeRole(user, roleChoice.get());
        }
    }

    /**
     * Changes a user's role and stores it at once; returns false, shows why beside the role
     * control and puts the control back to the stored role when the rules refuse it.
     */
    public boolean changeRole(PortalUser user, UserRole newRole) {
        errors.clear();
        if (newRole == null || newRole == user.role()) {
            return true;
        }
        Optional<String> problem = rules.checkRoleChange(users(), user.id(), newRole);
        if (problem.isPresent()) {
            errors.put(ROLE_CHANGE, messages.get(problem.get()));
            if (selected.get() != null && selected.get().id() == user.id()) {
                roleChoice.set(user.role());
            }
            return false;
        }
        busy.set(true);
        commands.changeUserRole(user.id(), newRole, () -> busy.set(false), this::roleChangeFailed);
        return true;
    }

    private void roleChangeFailed(Exception t) {
        if (t instanceof RuleViolation v) {
            // The store names the list; the message belongs beside the control the change came from.
            busy.set(false);
            v.problems().forEach(p -> errors.putIfAbsent(ROLE_CHANGE, messages.problem(p)));
            PortalUser user = selected.get();
            if (user != null) {
                roleChoice.set(user.role());
            }
        } else {
            failed(t);
            String message = errors.remove(LIST);
            if (message != null) {
                errors.put(ROLE_CHANGE, message);
            }
        }
    }

    private void failed(Exception t) {
        busy.set(false);
        if (t instanceof RuleViolation v) {
            show(v.problems());
        } else {
            LOG.error("Changing users failed", t);
            errors.put(LIST, messages.get("error.storage", FailureText.of(messages, t)));
        }
    }

    private void show(List<Problem> problems) {
        problems.forEach(p -> errors.putIfAbsent(p.field(), messages.problem(p)));
    }

    private void resetForm() {
        name.set("");
        email.set("");
        role.set(users().stream().anyMatch(u -> u.role() == UserRole.ADMINISTRATOR) ? UserRole.EDITOR : UserRole.ADMINISTRATOR);
    }
}
