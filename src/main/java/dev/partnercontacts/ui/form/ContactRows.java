package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.FieldPath.ContactPart;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.ui.common.ErrorDecorations;
import dev.partnercontacts.ui.common.Messages;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The entries of one contact role: a row per entry (rank, e-mail, name, phone, move up,
 * remove) and the Add button. Rows are built when entries are added, removed or reordered;
 * edits and reloads of the same shape update the fields in place.
 */
final class ContactRows {

    /** Widths that keep every row's fields and buttons whole from a 1024-pixel window up. */
    static final double EMAIL_WIDTH = 250;
    static final double NAME_WIDTH = 170;
    static final double PHONE_WIDTH = 190;

    private final Role role;
    private final ContactFormViewModel vm;
    /** The role's own view-model: its entries and the commands on them. */
    private final ContactRoleViewModel part;
    private final Messages messages;
    private final ErrorDecorations errors;
    private final FormParts parts;
    private final Consumer<FieldPath> focus;
    private final VBox rows = new VBox(4);
    private final VBox root = new VBox(6, rows);
    private final Subscription listening;

    ContactRows(Role role, ContactFormViewModel vm, Messages messages, ErrorDecorations errors, FormParts parts,
                Consumer<FieldPath> focus) {
        this.role = role;
        this.vm = vm;
        this.part = vm.role(role);
        this.messages = messages;
        this.errors = errors;
        this.parts = parts;
        this.focus = focus;
        ObservableList<ContactEntry> entries = part.entries();
        ListChangeListener<ContactEntry> reshaped = c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        };
        entries.addListener(reshaped);
        listening = () -> entries.removeListener(reshaped);
        rebuild();
        if (role.maxEntries() > 1) {
            Button add = new Button(messages.get("form.entry.add"));
            add.setId("add-" + role.key());
            add.getStyleClass().add("add-button");
            FormParts.fullWidth(add);
            add.disableProperty().bind(Bindings.size(entries).greaterThanOrEqualTo(role.maxEntries()));
            add.setOnAction(e -> {
                vm.addContact(role);
                focus.accept(FieldPath.contact(role, entries.size() - 1, ContactPart.EMAIL));
            });
            root.getChildren().add(add);
        }
    }

    VBox root() {
        return root;
    }

    /** Lets go of the role's entries. */
    void dispose() {
        listening.unsubscribe();
    }

    private void rebuild() {
        errors.unregisterIf(p -> p instanceof FieldPath.ContactEntry c && c.role() == role);
        rows.getChildren().clear();
        ObservableList<ContactEntry> entries = part.entries();
        for (int i = 0; i < entries.size(); i++) {
            rows.getChildren().add(row(entries.get(i), i, entries.size()));
        }
        errors.apply(vm.shownErrors());
    }

    private HBox row(ContactEntry entry, int i, int count) {
        String rankText = vm.rank(i);
        Label rank = FormParts.fullWidth(new Label(rankText));
        rank.getStyleClass().add("entry-rank");
        rank.setPrefWidth(90);
        String roleName = messages.get("role." + role.key() + ".title");
        TextField email = parts.textField(FieldPath.contact(role, i, ContactPart.EMAIL), entry.emailProperty(),
                messages.get("form.entry.email.prompt"), messages.get("form.a11y.email", roleName, rankText));
        TextField name = parts.textField(FieldPath.contact(role, i, ContactPart.NAME), entry.nameProperty(),
                messages.get("form.entry.name.prompt"), messages.get("form.a11y.name", roleName, rankText));
        TextField phone = parts.textField(FieldPath.contact(role, i, ContactPart.PHONE), entry.phoneProperty(),
                messages.get("form.entry.phone.prompt"), messages.get("form.a11y.phone", roleName, rankText));
        HBox row = new HBox(8, rank,
                sized(parts.fieldBox(FieldPath.contact(role, i, ContactPart.EMAIL), email), EMAIL_WIDTH, Priority.ALWAYS),
                sized(parts.fieldBox(FieldPath.contact(role, i, ContactPart.NAME), name), NAME_WIDTH, Priority.ALWAYS),
                sized(parts.fieldBox(FieldPath.contact(role, i, ContactPart.PHONE), phone), PHONE_WIDTH, Priority.SOMETIMES));
        row.getStyleClass().add("entry-row");
        if (role.maxEntries() > 1) {
            Button up = FormParts.iconButton("icon-up", messages.get("form.entry.up") + " — " + rankText,
                    messages.get("form.entry.up.tooltip"));
            up.setId(role.key() + "-up-" + i);
            up.setDisable(i == 0);
            up.setOnAction(e -> {
                vm.moveUp(role, i);
                focusButton(role.key() + "-up-" + Math.max(1, i - 1));
            });
            Button remove = FormParts.iconButton("icon-remove", messages.get("form.entry.remove") + " — " + rankText,
                    messages.get("form.entry.remove.tooltip"));
            remove.setId(role.key() + "-remove-" + i);
            remove.setDisable(count == 1);
            remove.setOnAction(e -> {
                vm.removeContact(role, i);
                focus.accept(FieldPath.contact(role, Math.min(i, part.entries().size() - 1), ContactPart.EMAIL));
            });
            row.getChildren().addAll(up, remove);
        } else {
            // The single-entry role has no buttons; keep its fields in line with the other roles'.
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            gap.getStyleClass().add("row-actions-gap");
            row.getChildren().add(gap);
        }
        return row;
    }

    private void focusButton(String id) {
        java.util.Optional.ofNullable(root.lookup("#" + id)).ifPresent(javafx.scene.Node::requestFocus);
    }

    /**
     * A field's box keeps at least its width, whatever its error says: the label wraps under it
     * (it has no width of its own), so an error can neither shrink nor stretch the field.
     */
    static VBox sized(VBox box, double width, Priority grow) {
        box.setMinWidth(width);
        box.setPrefWidth(width);
        HBox.setHgrow(box, grow);
        return box;
    }
}
