package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.text.Bidi;
import dev.partnercontacts.ui.common.ErrorDecorations;
import dev.partnercontacts.ui.common.FieldIds;
import dev.partnercontacts.ui.common.Messages;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.CheckListView;

/**
 * The alert contacts: the account's portal users, ticked when they receive alerts. Shown only
 * in Production; in Sandbox a note says why there is nothing to choose.
 *
 * <p>Each tick is bound to a property kept per user id, not per list item: after a save the
 * session replaces the users with equal copies, the list's cells keep their old items (equal
 * items are not updated) and ticks bound to the list's own per-item state went blank although
 * the data still held them. The check model is kept in step for code that reads it.
 *
 * <p>It listens only to the form's own lists ({@link AlertContactsViewModel}), never to the
 * workspace's, and {@link #dispose()} lets go of those too.
 */
final class AlertContactsPane {

    private final ContactFormViewModel vm;
    /** The alert contacts' own view-model: the users (the form's copy) and the choice. */
    private final AlertContactsViewModel alerts;
    private final Map<Long, BooleanProperty> ticks = new HashMap<>();
    private final CheckListView<PortalUser> list;
    private final VBox root;
    private final Subscription listening;
    private boolean syncing;

    AlertContactsPane(ContactFormViewModel vm, Messages messages, ErrorDecorations errors, BooleanBinding applies) {
        this.vm = vm;
        this.alerts = vm.alerts();
        Label sandboxNote = new Label(messages.get("role.alert.sandboxNote"));
        sandboxNote.getStyleClass().add("role-note");
        sandboxNote.setWrapText(true);
        sandboxNote.visibleProperty().bind(applies.not());
        sandboxNote.managedProperty().bind(applies.not());
        Label noUsers = new Label(messages.get("role.alert.noUsers"));
        noUsers.getStyleClass().add("role-note");
        noUsers.setWrapText(true);
        noUsers.visibleProperty().bind(Bindings.isEmpty(alerts.users()).and(applies));
        noUsers.managedProperty().bind(noUsers.visibleProperty());

        list = new CheckListView<>(alerts.users());
        FieldPath path = FieldPath.wholeRole(Role.ALERT);
        list.setId(FieldIds.id(path));
        list.setAccessibleText(messages.get("role.alert.title"));
        list.setPrefHeight(120);
        list.disableProperty().bind(applies.not());
        // No empty framed box in Sandbox: the note says why there is nothing to tick.
        list.visibleProperty().bind(applies);
        list.managedProperty().bind(applies);
        list.setCellFactory(l -> new CheckBoxListCell<>(u -> tick(u.id()),
                dev.partnercontacts.ui.common.DisplayText.of((PortalUser u) -> messages.get("users.display", Bidi.isolate(u.name()), u.email()))));
        ListChangeListener<Object> follow = c -> syncFromModel();
        alerts.users().addListener(follow);
        alerts.chosen().addListener(follow);
        listening = () -> {
            alerts.users().removeListener(follow);
            alerts.chosen().removeListener(follow);
        };
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<PortalUser>) c -> {
            if (syncing) {
                return;
            }
            while (c.next()) {
                c.getAddedSubList().forEach(u -> tick(u.id()).set(true));
                c.getRemoved().forEach(u -> tick(u.id()).set(false));
            }
        });
        syncFromModel();
        Label error = ErrorDecorations.errorLabel(path);
        error.managedProperty().bind(applies);
        errors.register(path, list, error);
        root = new VBox(2, sandboxNote, noUsers, list, error);
    }

    VBox root() {
        return root;
    }

    /** Stops following the form's users and choice. */
    void dispose() {
        listening.unsubscribe();
    }

    /** The tick of a user: changing it (the user clicked) changes the alert contacts. */
    private BooleanProperty tick(long userId) {
        return ticks.computeIfAbsent(userId, id -> {
            BooleanProperty p = new SimpleBooleanProperty(alerts.chosen().contains(id));
            p.addListener((o, was, is) -> {
                if (syncing) {
                    return;
                }
                alerts.choose(id, is);
                vm.touch(FieldPath.wholeRole(Role.ALERT));
                syncFromModel();
            });
            return p;
        });
    }

    /** Makes every tick, and the list's check model, match the view-model's alert contacts. */
    private void syncFromModel() {
        syncing = true;
        try {
            var model = list.getCheckModel();
            for (PortalUser u : alerts.users()) {
                boolean chosen = alerts.chosen().contains(u.id());
                tick(u.id()).set(chosen);
                if (chosen != model.isChecked(u)) {
                    if (chosen) {
                        model.check(u);
                    } else {
                        model.clearCheck(u);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }
}
