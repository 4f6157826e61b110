package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.FieldPath.AccountField;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.ui.common.DisplayText;
import dev.partnercontacts.ui.common.ErrorDecorations;
import dev.partnercontacts.ui.common.FieldIds;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.PhoneCountryChoice;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import org.controlsfx.control.SearchableComboBox;

/**
 * The contact-details form: account settings and one section per role. Built once per window
 * (the gate dialog and the Contact information page each have one) over its own view-model.
 */
public final class ContactFormView extends FxmlView {

    /** Where the form is shown: it decides the words around it ("before submitting", "then save"). */
    public enum Mode {
        /** The mandatory dialog, with Submit. */
        GATE("gate.errors.title"),
        /** The Contact information page, with Save changes. */
        PAGE("form.errors.title.save");

        private final String summaryTitleKey;

        Mode(String summaryTitleKey) {
            this.summaryTitleKey = summaryTitleKey;
        }
    }

    private final ContactFormViewModel vm;
    private final Messages messages;
    private final Mode mode;
    private final ErrorDecorations errors = new ErrorDecorations();
    private final FormParts parts;
    /** What the sections and the error display listen to, let go of by {@link #dispose()}. */
    private final List<Runnable> disposers = new ArrayList<>();

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
    @FXML
    private GridPane accountGrid;
    private ObservableStringValue phoneCountry;
    private Consumer<String> choosePhoneCountry;

    /** A form for the gate dialog. */
    public ContactFormView(ContactFormViewModel vm, Messages messages) {
        this(vm, messages, Mode.GATE);
    }

    public ContactFormView(ContactFormViewModel vm, Messages messages, Mode mode) {
        super(messages);
        this.vm = vm;
        this.messages = messages;
        this.mode = mode;
        this.parts = new FormParts(vm, errors);
    }

    /**
     * Shows the {@code phoneCountry} choice under the account's fields (the gate's form: Settings
     * is locked behind the gate). Call before {@link #root()}.
     *
     * @param current the phone country in use, followed until {@link #dispose()}
     * @param choose  applies a country the user picked
     */
    public ContactFormView withPhoneCountry(ObservableStringValue current, Consumer<String> choose) {
        this.phoneCountry = current;
        this.choosePhoneCountry = choose;
        return this;
    }

    /** The heading of the error summary above this form. */
    public String summaryTitle() {
        return messages.get(mode.summaryTitleKey);
    }

    @FXML
    private void initialize() {
        accountName.textProperty().bindBidirectional(vm.accountNameProperty());
        partnerId.textProperty().bindBidirectional(vm.partnerIdProperty());
        accountBox(FieldPath.account(AccountField.NAME), accountName, accountNameBox);
        accountBox(FieldPath.account(AccountField.PARTNER_ID), partnerId, partnerIdBox);

        integration.setItems(FXCollections.observableArrayList(Integration.values()));
        integration.setConverter(labels(Integration::labelKey));
        integration.valueProperty().bindBidirectional(vm.integrationProperty());
        environment.setItems(FXCollections.observableArrayList(Environment.values()));
        environment.setConverter(labels(Environment::labelKey));
        environment.valueProperty().bindBidirectional(vm.environmentProperty());
        // Screen readers name a field by its label only when the label points at it, which an
        // FXML label cannot do for a field defined after it: name the fields directly.
        accountName.setAccessibleText(messages.get("field.accountName"));
        partnerId.setAccessibleText(messages.get("field.partnerId"));
        integration.setAccessibleText(messages.get("field.integration"));
        environment.setAccessibleText(messages.get("field.environment"));

        if (phoneCountry != null) {
            addPhoneCountry();
        }
        for (Role role : Role.values()) {
            roles.getChildren().add(section(role));
        }
        MapChangeListener<FieldPath, String> shown = c -> errors.apply(vm.shownErrors());
        vm.shownErrors().addListener(shown);
        disposers.add(() -> vm.shownErrors().removeListener(shown));
        errors.apply(vm.shownErrors());
        Parent form = roles; // the FXML's root: root() is still being loaded
        while (form.getParent() != null) {
            form = form.getParent();
        }
        disposers.add(FocusScroll.follow(form)::unsubscribe);
    }

    private void addPhoneCountry() {
        SearchableComboBox<String> box = PhoneCountryChoice.create();
        box.setMaxWidth(Double.MAX_VALUE);
        disposers.add(PhoneCountryChoice.bind(box, messages, phoneCountry, choosePhoneCountry));
        Label label = new Label(messages.get("form.phoneCountry"));
        label.getStyleClass().add("field-label");
        label.setLabelFor(box);
        Label help = new Label(messages.get("form.phoneCountry.help"));
        help.getStyleClass().add("role-help");
        help.setWrapText(true);
        VBox field = new VBox(3, label, box, help);
        accountGrid.add(field, 0, 2);
    }

    /** Lets go of everything the form's sections listen to: the window that showed it is gone. */
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
    }

    private void accountBox(FieldPath path, TextField field, VBox box) {
        Label label = ErrorDecorations.errorLabel(path);
        label.getStyleClass().add("one-line");
        box.getChildren().add(box.getChildren().indexOf(field) + 1, label);
        parts.decorate(path, field, label);
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
                .filter(path -> FieldIds.node(root(), path).map(ContactFormView::focusable).isPresent())
                .findFirst()
                .ifPresent(this::focusField);
    }

    /**
     * Scrolls the field into view and gives it the keyboard focus; for a group (a role section,
     * the day toggles) its first control that takes the focus.
     */
    public void focusField(FieldPath field) {
        FieldIds.node(root(), field).map(ContactFormView::focusable).ifPresent(target -> {
            FocusScroll.reveal(target);
            target.requestFocus();
        });
    }

    private void focusNew(FieldPath field) {
        root().applyCss();
        root().layout();
        focusField(field);
    }

    private static Node focusable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = focusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private <T> StringConverter<T> labels(java.util.function.Function<T, String> key) {
        return DisplayText.of(value -> messages.get(key.apply(value)));
    }

    // ---- sections ----

    private VBox section(Role role) {
        VBox section = new VBox(6);
        section.setId("role-" + role.key());
        section.getStyleClass().addAll("form-section", "role-section");
        Label title = FormParts.fullWidth(new Label(messages.get("role." + role.key() + ".title")));
        title.getStyleClass().add("section-title");
        Label tag = FormParts.fullWidth(new Label());
        tag.getStyleClass().add("role-tag");
        BooleanBinding applies = vm.applies(role);
        tag.textProperty().bind(Bindings.when(applies)
                .then(messages.get("form.required")).otherwise(messages.get("form.notApplicable")));
        Label help = new Label(messages.get("role." + role.key() + ".help"));
        help.getStyleClass().add("role-help");
        help.setWrapText(true);
        HBox heading = new HBox(10, title, tag);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        section.getChildren().addAll(heading, help);

        switch (role.kind()) {
            case PORTAL_USERS -> {
                AlertContactsPane pane = new AlertContactsPane(vm, messages, errors, applies);
                disposers.add(pane::dispose);
                section.getChildren().add(pane.root());
            }
            case CONTACTS -> {
                if (role == Role.TECH_EMERGENCY) {
                    Label hint = new Label(messages.get("role.techEmergency.hint"));
                    hint.getStyleClass().add("role-hint");
                    hint.setWrapText(true);
                    section.getChildren().add(hint);
                }
                ContactRows rows = new ContactRows(role, vm, messages, errors, parts, this::focusNew);
                disposers.add(rows::dispose);
                section.getChildren().add(rows.root());
            }
            case SUPPORT_HOURS -> {
                SupportHoursSection hours = new SupportHoursSection(vm, messages, errors, parts, this::focusNew);
                disposers.add(hours::dispose);
                section.getChildren().add(hours.root());
            }
        }
        if (role == Role.MERCHANT_ISSUES) {
            section.visibleProperty().bind(applies);
            section.managedProperty().bind(applies);
        }
        if (role.kind() != Role.Kind.PORTAL_USERS) {
            // At the end of its section, where nothing follows that it could move.
            FieldPath whole = FieldPath.wholeRole(role);
            Label sectionError = ErrorDecorations.collapsingErrorLabel(whole);
            section.getChildren().add(sectionError);
            errors.register(whole, null, sectionError);
        }
        return section;
    }
}
