package dev.partnercontacts.ui.users;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.ui.common.DisplayText;
import dev.partnercontacts.ui.common.ErrorDecorations;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Keys;
import dev.partnercontacts.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The Users tab: the portal users of the account, in the gate and on the Account and users page. */
public final class UsersView extends FxmlView {

    private final UsersViewModel vm;
    private final Messages messages;
    private final ErrorDecorations errors = new ErrorDecorations();

    @FXML
    private TableView<PortalUser> usersTable;
    @FXML
    private TableColumn<PortalUser, String> nameColumn;
    @FXML
    private TableColumn<PortalUser, String> emailColumn;
    @FXML
    private TableColumn<PortalUser, UserRole> roleColumn;
    @FXML
    private TextField userName;
    @FXML
    private TextField userEmail;
    @FXML
    private ComboBox<UserRole> userRole;
    @FXML
    private Button addUserButton;
    @FXML
    private Button removeUserButton;
    @FXML
    private HBox roleChangeRow;
    @FXML
    private ComboBox<UserRole> userRoleChoice;
    @FXML
    private Button changeRoleButton;

    public UsersView(UsersViewModel vm, Messages messages) {
        super(messages);
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        StringConverter<UserRole> roleNames = DisplayText.of(r -> messages.get(r.labelKey()));
        usersTable.setItems(vm.users());
        usersTable.setPlaceholder(new Label(messages.get("users.empty")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        emailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().email()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().role()));
        roleColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(UserRole role, boolean empty) {
                super.updateItem(role, empty);
                setText(empty || role == null ? null : roleNames.toString(role));
            }
        });
        bindRoleChange(roleNames);

        userName.textProperty().bindBidirectional(vm.nameProperty());
        userEmail.textProperty().bindBidirectional(vm.emailProperty());
        userRole.setItems(FXCollections.observableArrayList(UserRole.values()));
        userRole.setConverter(roleNames);
        userRole.valueProperty().bindBidirectional(vm.roleProperty());

        // The FXML labels come before their fields and cannot point at them: name the fields.
        userName.setAccessibleText(messages.get("users.name"));
        userEmail.setAccessibleText(messages.get("users.email"));
        userRole.setAccessibleText(messages.get("users.role"));
        userRoleChoice.setAccessibleText(messages.get("users.roleChoice"));
        usersTable.setAccessibleText(messages.get("gate.tab.users"));
        decorate(FieldPath.user(FieldPath.UserField.NAME), userName);
        decorate(FieldPath.user(FieldPath.UserField.EMAIL), userEmail);
        decorate(FieldPath.user(FieldPath.UserField.ROLE), userRole);
        decorate(FieldPath.user(FieldPath.UserField.LIST), usersTable);
        // A refused change is told in the same row, right after the button: nothing moves.
        Label roleChangeError = ErrorDecorations.errorLabel(FieldPath.user(FieldPath.UserField.ROLE_CHANGE));
        HBox.setHgrow(roleChangeError, Priority.ALWAYS);
        roleChangeError.setMaxWidth(Double.MAX_VALUE);
        roleChangeRow.getChildren().add(roleChangeRow.getChildren().indexOf(changeRoleButton) + 1, roleChangeError);
        errors.register(FieldPath.user(FieldPath.UserField.ROLE_CHANGE), userRoleChoice, roleChangeError);

        addUserButton.disableProperty().bind(vm.busyProperty());
        addUserButton.setOnAction(e -> vm.add());
        userEmail.setOnAction(e -> vm.add());
        removeUserButton.disableProperty().bind(vm.busyProperty()
                .or(usersTable.getSelectionModel().selectedItemProperty().isNull()));
        removeUserButton.setOnAction(e -> vm.remove(usersTable.getSelectionModel().getSelectedItem()));
        vm.errors().addListener((MapChangeListener<FieldPath, String>) c -> errors.apply(vm.errors()));
    }

    /**
     * The selected user's role, shown and changed beside the table (the table itself is read
     * only): the change is stored at once by the button, as adding and removing a user are.
     */
    private void bindRoleChange(StringConverter<UserRole> roleNames) {
        userRoleChoice.setItems(FXCollections.observableArrayList(UserRole.values()));
        userRoleChoice.setConverter(roleNames);
        userRoleChoice.valueProperty().bindBidirectional(vm.roleChoiceProperty());
        vm.selectedProperty().bind(usersTable.getSelectionModel().selectedItemProperty());
        userRoleChoice.disableProperty().bind(vm.selectedProperty().isNull());
        changeRoleButton.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        changeRoleButton.setOnAction(e -> vm.changeSelectedRole());
        // A stored change refreshes the list with new rows: keep the same user selected.
        long[] selectedId = {-1};
        usersTable.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                selectedId[0] = is.id();
            }
        });
        vm.users().addListener((ListChangeListener<PortalUser>) c -> {
            if (usersTable.getSelectionModel().getSelectedItem() == null) {
                vm.users().stream().filter(u -> u.id() == selectedId[0]).findFirst()
                        .ifPresent(u -> usersTable.getSelectionModel().select(u));
            }
        });
    }

    private void decorate(FieldPath fieldId, Control field) {
        Pane box = (Pane) field.getParent();
        Label label = ErrorDecorations.errorLabel(fieldId);
        box.getChildren().add(box.getChildren().indexOf(field) + 1, label);
        errors.register(fieldId, field, label);
        if (field instanceof TextField) {
            // Only a field the user changed: tabbing through the form shows nothing yet.
            Keys.onLeft(field, ((TextField) field)::getText, changed -> {
                if (changed) {
                    vm.checkField(fieldId);
                }
            });
        }
    }
}
