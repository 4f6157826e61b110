package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.ui.common.DisplayText;
import dev.partnercontacts.ui.common.ErrorDecorations;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Keys;
import dev.partnercontacts.ui.common.Messages;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SearchableComboBox;

/**
 * The contact-details form: account settings and one section per role. Built once per window
 * (the gate dialog and the Contact information page each have one) over its own view-model.
 */
public final class ContactFormView extends FxmlView {

    /** Region-based zones, UTC, and the system's own zone even when it is an alias. */
    private static final List<String> ZONES = java.util.stream.Stream.concat(
                    ZoneId.getAvailableZoneIds().stream()
                            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")),
                    java.util.stream.Stream.of("UTC", ZoneId.systemDefault().getId()))
            .distinct()
            .sorted()
            .toList();

    private final ContactFormViewModel vm;
    private final Messages messages;
    private final ErrorDecorations errors = new ErrorDecorations();

    @FXML
    private VBox accountNameBox;
    @FXML
    private VBox partnerIdBox;
    @FXML
    private TextField accountName;
    @FXML
    private TextField partnerId;
    @FXML
    private ComboBox<Integration> integration;
    @FXML
    private ComboBox<Environment> environment;
    @FXML
    private VBox roles;

    private CheckListView<PortalUser> alertContacts;
    private boolean syncingAlertChecks;

    public ContactFormView(ContactFormViewModel vm, Messages messages) {
        super(messages);
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        accountName.textProperty().bindBidirectional(vm.accountNameProperty());
        partnerId.textProperty().bindBidirectional(vm.partnerIdProperty());
        decorate("accountName", accountName, accountNameBox);
        decorate("partnerId", partnerId, partnerIdBox);

        integration.setItems(FXCollections.observableArrayList(Integration.values()));
        integration.setConverter(labels(Integration::labelKey));
        integration.valueProperty().bindBidirectional(vm.integrationProperty());
        environment.setItems(FXCollections.observableArrayList(Environment.values()));
        environment.setConverter(labels(Environment::labelKey));
        environment.valueProperty().bindBidirectional(vm.environmentProperty());

        for (Role role : Role.values()) {
            roles.getChildren().add(section(role));
        }
        vm.shownErrors().addListener((javafx.collections.MapChangeListener<String, String>) c -> errors.apply(vm.shownErrors()));
        errors.apply(vm.shownErrors());
    }

    /** Puts the keyboard focus on the first field of the form. */
    public void focusFirstField() {
        accountName.requestFocus();
    }

    /** Moves the keyboard focus to the field of the first shown error, if any. */
    public void focusFirstError() {
        vm.resultProperty().get().problems().stream()
                .map(p -> p.field())
                .filter(vm.shownErrors()::containsKey)
                .filter(id -> focusable(root().lookup("#" + id)) != null)
                .findFirst()
                .ifPresent(this::focusField);
    }

    /**
     * Scrolls the field into view and gives it the keyboard focus; for a group (a role section,
     * the day toggles) its first control that takes the focus.
     */
    public void focusField(String fieldId) {
        Node target = focusable(root().lookup("#" + fieldId));
        if (target == null) {
            return;
        }
        scrollIntoView(target);
        target.requestFocus();
    }

    private static Node focusable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = focusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** ScrollPanes do not follow the focus; move the enclosing one so the node is in view. */
    private static void scrollIntoView(Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                Node content = pane.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (hidden > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 70) / hidden)));
                }
                return;
            }
        }
    }

    private <T> StringConverter<T> labels(java.util.function.Function<T, String> key) {
        return DisplayText.of(value -> messages.get(key.apply(value)));
    }

    /** Adds the error label under the field and shows errors once the field is left. */
    private void decorate(String fieldId, Control field, Pane box) {
        Label label = ErrorDecorations.errorLabel(fieldId);
        box.getChildren().add(box.getChildren().indexOf(field) + 1, label);
        errors.register(fieldId, field, label);
        Keys.onFocusLost(field, () -> vm.touch(fieldId));
    }

    private VBox fieldBox(String fieldId, Control field) {
        VBox box = new VBox(3, field);
        decorate(fieldId, field, box);
        return box;
    }

    // ---- sections ----

    private VBox section(Role role) {
        VBox section = new VBox(6);
        section.setId("role-" + role.key());
        section.getStyleClass().addAll("form-section", "role-section");
        Label title = new Label(messages.get("role." + role.key() + ".title"));
        title.getStyleClass().add("section-title");
        Label tag = new Label();
        tag.getStyleClass().add("role-tag");
        BooleanBinding applies = vm.applies(role);
        tag.textProperty().bind(Bindings.when(applies)
                .then(messages.get("form.required")).otherwise(messages.get("form.notApplicable")));
        Label help = new Label(messages.get("role." + role.key() + ".help"));
        help.getStyleClass().add("role-help");
        help.setWrapText(true);
        section.getChildren().addAll(new HBox(10, title, tag), help);

        switch (role.kind()) {
            case PORTAL_USERS -> alertSection(section, applies);
            case CONTACTS -> contactSection(role, section);
            case SUPPORT_HOURS -> supportSection(section);
        }
        if (role == Role.MERCHANT_ISSUES) {
            section.visibleProperty().bind(applies);
            section.managedProperty().bind(applies);
        }
        Label sectionError = ErrorDecorations.errorLabel("role-" + role.key());
        section.getChildren().add(sectionError);
        errors.register("role-" + role.key(), null, sectionError);
        return section;
    }

    private void alertSection(VBox section, BooleanBinding applies) {
        Label sandboxNote = new Label(messages.get("role.alert.sandboxNote"));
        sandboxNote.getStyleClass().add("role-note");
        sandboxNote.setWrapText(true);
        sandboxNote.visibleProperty().bind(applies.not());
        sandboxNote.managedProperty().bind(applies.not());
        Label noUsers = new Label(messages.get("role.alert.noUsers"));
        noUsers.getStyleClass().add("role-note");
        noUsers.setWrapText(true);
        BooleanBinding empty = Bindings.isEmpty(vm.users());
        noUsers.visibleProperty().bind(empty.and(applies));
        noUsers.managedProperty().bind(noUsers.visibleProperty());

        alertContacts = new CheckListView<>(vm.users());
        alertContacts.setId("alertContacts");
        alertContacts.setPrefHeight(110);
        alertContacts.disableProperty().bind(applies.not());
        alertContacts.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(
                alertContacts::getItemBooleanProperty,
                DisplayText.of((PortalUser u) -> messages.get("users.display", u.name(), u.email()))));
        syncAlertChecks();
        vm.users().addListener((ListChangeListener<PortalUser>) c -> syncAlertChecks());
        vm.alertUserIds().addListener((ListChangeListener<Long>) c -> syncAlertChecks());
        alertContacts.getCheckModel().getCheckedItems().addListener((ListChangeListener<PortalUser>) c -> {
            if (syncingAlertChecks) {
                return;
            }
            while (c.next()) {
                c.getAddedSubList().forEach(u -> vm.setAlertContact(u.id(), true));
                c.getRemoved().forEach(u -> vm.setAlertContact(u.id(), false));
            }
            vm.touch("alertContacts");
        });
        Label error = ErrorDecorations.errorLabel("alertContacts");
        errors.register("alertContacts", alertContacts, error);
        section.getChildren().addAll(sandboxNote, noUsers, alertContacts, error);
    }

    /** Makes the list's checks match the view-model's alert contacts. */
    private void syncAlertChecks() {
        syncingAlertChecks = true;
        try {
            var model = alertContacts.getCheckModel();
            for (PortalUser u : vm.users()) {
                boolean chosen = vm.alertUserIds().contains(u.id());
                if (chosen != model.isChecked(u)) {
                    if (chosen) {
                        model.check(u);
                    } else {
                        model.clearCheck(u);
                    }
                }
            }
        } finally {
            syncingAlertChecks = false;
        }
    }

    private void contactSection(Role role, VBox section) {
        if (role == Role.TECH_EMERGENCY) {
            Label hint = new Label(messages.get("role.techEmergency.hint"));
            hint.getStyleClass().add("role-hint");
            hint.setWrapText(true);
            section.getChildren().add(hint);
        }
        VBox rows = new VBox(8);
        section.getChildren().add(rows);
        ObservableList<ContactEntry> entries = vm.contacts(role);
        Runnable rebuild = () -> rebuildContactRows(role, rows, entries);
        entries.addListener((ListChangeListener<ContactEntry>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild.run();
            }
        });
        rebuild.run();
        if (role.maxEntries() > 1) {
            Button add = new Button(messages.get("form.entry.add"));
            add.setId("add-" + role.key());
            add.getStyleClass().add("add-button");
            add.disableProperty().bind(Bindings.size(entries).greaterThanOrEqualTo(role.maxEntries()));
            add.setOnAction(e -> {
                vm.addContact(role);
                focus(role.key() + "-email-" + (entries.size() - 1));
            });
            section.getChildren().add(add);
        }
    }

    private void rebuildContactRows(Role role, VBox rows, List<ContactEntry> entries) {
        String key = role.key();
        errors.unregisterPrefix(key + "-");
        rows.getChildren().clear();
        for (int i = 0; i < entries.size(); i++) {
            ContactEntry entry = entries.get(i);
            int index = i;
            Label rank = new Label(i == 0 ? messages.get("form.entry.primary") : messages.get("form.entry.backup", i));
            rank.getStyleClass().add("entry-rank");
            rank.setMinWidth(80);
            TextField email = textField(key + "-email-" + i, entry.emailProperty(), "form.entry.email.prompt");
            TextField name = textField(key + "-name-" + i, entry.nameProperty(), "form.entry.name.prompt");
            TextField phone = textField(key + "-phone-" + i, entry.phoneProperty(), "form.entry.phone.prompt");
            VBox emailBox = fieldBox(email.getId(), email);
            VBox nameBox = fieldBox(name.getId(), name);
            VBox phoneBox = fieldBox(phone.getId(), phone);
            HBox.setHgrow(emailBox, Priority.ALWAYS);
            HBox.setHgrow(nameBox, Priority.ALWAYS);
            HBox.setHgrow(phoneBox, Priority.SOMETIMES);
            HBox row = new HBox(8, rank, emailBox, nameBox, phoneBox);
            row.getStyleClass().add("entry-row");
            if (role.maxEntries() > 1) {
                Button up = new Button(messages.get("form.entry.up"));
                up.setId(key + "-up-" + i);
                up.setTooltip(new Tooltip(messages.get("form.entry.up.tooltip")));
                up.setDisable(i == 0);
                up.setOnAction(e -> {
                    vm.moveUp(role, index);
                    focus(key + "-up-" + Math.max(1, index - 1));
                });
                Button remove = new Button(messages.get("form.entry.remove"));
                remove.setId(key + "-remove-" + i);
                remove.setDisable(entries.size() == 1);
                remove.setOnAction(e -> {
                    vm.removeContact(role, index);
                    focus(key + "-email-" + Math.min(index, vm.contacts(role).size() - 1));
                });
                row.getChildren().addAll(up, remove);
            }
            rows.getChildren().add(row);
        }
        errors.apply(vm.shownErrors());
    }

    private TextField textField(String id, javafx.beans.property.StringProperty value, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void focus(String id) {
        Optional.ofNullable(root().lookup("#" + id)).ifPresent(Node::requestFocus);
    }

    // ---- support hours ----

    private void supportSection(VBox section) {
        CheckBox allWeek = new CheckBox(messages.get("support.247"));
        allWeek.setId("support247");
        allWeek.selectedProperty().bindBidirectional(vm.support247Property());
        VBox rows = new VBox(8);
        rows.disableProperty().bind(vm.support247Property());
        vm.windows().addListener((ListChangeListener<WindowEntry>) c -> rebuildWindows(rows));
        rebuildWindows(rows);
        Button add = new Button(messages.get("support.add"));
        add.setId("add-opsSupport");
        add.getStyleClass().add("add-button");
        add.disableProperty().bind(vm.support247Property()
                .or(Bindings.size(vm.windows()).greaterThanOrEqualTo(Role.OPS_SUPPORT.maxEntries())));
        add.setOnAction(e -> {
            vm.addWindow();
            focus("opsSupport-start-" + (vm.windows().size() - 1));
        });
        CoverageChart chart = new CoverageChart(messages, ZoneId.systemDefault());
        vm.resultProperty().addListener((o, a, b) -> chart.show(vm.snapshot().supportHours()));
        chart.show(vm.snapshot().supportHours());
        section.getChildren().addAll(allWeek, rows, add, chart.root());
    }

    private void rebuildWindows(VBox rows) {
        errors.unregisterPrefix("opsSupport-");
        rows.getChildren().clear();
        for (int i = 0; i < vm.windows().size(); i++) {
            rows.getChildren().add(windowRow(vm.windows().get(i), i));
        }
        errors.apply(vm.shownErrors());
    }

    private Node windowRow(WindowEntry w, int i) {
        String daysId = "opsSupport-days-" + i;
        HBox dayToggles = new HBox(2);
        dayToggles.setId(daysId);
        dayToggles.getStyleClass().add("day-toggles");
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton t = new ToggleButton(day.getDisplayName(TextStyle.SHORT, messages.locale()));
            t.setId("opsSupport-" + i + "-" + day.name().substring(0, 3));
            t.getStyleClass().add("day-toggle");
            t.setSelected(w.days().contains(day));
            t.selectedProperty().addListener((o, was, is) -> {
                if (is) {
                    w.days().add(day);
                } else {
                    w.days().remove(day);
                }
                vm.touch(daysId);
            });
            dayToggles.getChildren().add(t);
        }
        VBox daysBox = new VBox(3, dayToggles);
        Label daysError = ErrorDecorations.errorLabel(daysId);
        daysBox.getChildren().add(daysError);
        errors.register(daysId, dayToggles, daysError);

        TextField start = textField("opsSupport-start-" + i, w.startProperty(), "support.time.prompt");
        TextField end = textField("opsSupport-end-" + i, w.endProperty(), "support.time.prompt");
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        SearchableComboBox<String> zone = new SearchableComboBox<>(FXCollections.observableArrayList(ZONES));
        zone.setId("opsSupport-zone-" + i);
        zone.setPromptText(messages.get("support.zone.prompt"));
        zone.setPrefWidth(220);
        zone.valueProperty().bindBidirectional(w.zoneProperty());
        Label to = new Label(messages.get("support.to"));
        Button remove = new Button(messages.get("form.entry.remove"));
        remove.setId("opsSupport-remove-" + i);
        remove.setOnAction(e -> vm.removeWindow(i));
        HBox row = new HBox(8, daysBox, fieldBox(start.getId(), start), to, fieldBox(end.getId(), end),
                fieldBox(zone.getId(), zone), remove);
        row.getStyleClass().add("window-row");
        return row;
    }
}
