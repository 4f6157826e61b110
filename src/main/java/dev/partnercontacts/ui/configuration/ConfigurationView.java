package dev.partnercontacts.ui.configuration;

import dev.partnercontacts.ui.common.SummaryLine;
import dev.partnercontacts.ui.common.DisplayText;
import dev.partnercontacts.ui.common.PhoneCountryChoice;
import dev.partnercontacts.ui.common.ErrorSummary;
import dev.partnercontacts.ui.common.Theme;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.form.ContactEditorViewModel;
import dev.partnercontacts.ui.form.ContactFormView;
import dev.partnercontacts.domain.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * Configuration: the Contact information page (the gate's form, for updates at any time),
 * Account and users, and Settings.
 */
public final class ConfigurationView extends FxmlView {

    private static final List<String> LANGUAGES = List.of("en", "it");

    private final ContactEditorViewModel editor;
    private final ContactFormView form;
    private final Parent users;
    private final SettingsViewModel settings;
    private final BackupsViewModel backups;
    private final Path dataFile;
    private final Consumer<String> openUri;
    private final Messages messages;

    @FXML
    private ScrollPane configFormScroll;
    @FXML
    private Label configProgress;
    @FXML
    private Label configStatus;
    @FXML
    private Button discardChangesButton;
    @FXML
    private VBox configErrors;
    @FXML
    private Button saveContactsButton;
    @FXML
    private ScrollPane configErrorsScroll;
    @FXML
    private ComboBox<Theme> themeChoice;
    @FXML
    private org.controlsfx.control.SearchableComboBox<String> phoneCountry;
    @FXML
    private TabPane configurationTabs;
    @FXML
    private Tab contactInformationTab;
    @FXML
    private Tab accountUsersTab;
    @FXML
    private Tab settingsTab;
    @FXML
    private ComboBox<String> languageChoice;
    @FXML
    private TextField authorName;
    @FXML
    private Label authorNameError;
    @FXML
    private TextField authorEmail;
    @FXML
    private Label authorEmailError;
    @FXML
    private Button saveAuthorButton;
    @FXML
    private Label authorStatus;
    @FXML
    private Label dataFileLabel;
    @FXML
    private Button openDataFolderButton;
    @FXML
    private ListView<BackupShelf.Entry> backupsList;
    @FXML
    private Button restoreBackupButton;
    @FXML
    private Label backupsStatus;

    /**
     * @param dataFile the database file, shown in Settings
     * @param openUri  opens a folder or web page in the desktop's handler
     * @param backups  the backups listed in Settings
     */
    public ConfigurationView(ContactEditorViewModel editor, ContactFormView form, Parent users,
                             SettingsViewModel settings, BackupsViewModel backups, Path dataFile,
                             Consumer<String> openUri, Messages messages) {
        super(messages);
        this.editor = editor;
        this.form = form;
        this.users = users;
        this.settings = settings;
        this.backups = backups;
        this.dataFile = dataFile;
        this.openUri = openUri;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        configFormScroll.setContent(form.root());
        accountUsersTab.setContent(users);
        configProgress.textProperty().bind(editor.form().progressProperty());
        configStatus.textProperty().bind(editor.draftStatusProperty());
        editor.form().summary().addListener((ListChangeListener<SummaryLine>) c -> showErrors());
        editor.submitErrorProperty().addListener((o, a, b) -> showErrors());
        showErrors();
        ErrorSummary.holdSpace(configErrorsScroll, configErrors, editor.form().revealedProperty());
        discardChangesButton.disableProperty().bind(editor.unsavedProperty().not());
        discardChangesButton.setOnAction(e -> editor.discardChanges(discardChangesButton.getScene().getWindow()));
        // Not disabled while saving: a disabled button drops the focus, and the page scrolls to the top.
        saveContactsButton.setOnAction(e -> {
            if (editor.submittingProperty().get()) {
                return;
            }
            if (!editor.submit(() -> { })) {
                form.focusFirstError();
            }
        });

        initializeSettings();
        languageChoice.setItems(FXCollections.observableArrayList(LANGUAGES));
        languageChoice.setConverter(DisplayText.of(tag -> messages.get("settings.language." + tag)));
        languageChoice.setValue(LANGUAGES.contains(messages.locale().getLanguage()) ? messages.locale().getLanguage() : "en");
        languageChoice.valueProperty().addListener((o, a, tag) -> {
            if (tag != null) {
                settings.chooseLanguage(tag);
            }
        });
        joinWhenFirstShown(accountUsersTab);
        joinWhenFirstShown(settingsTab);
    }

    /**
     * Keeps a tab's page out of the scene until the tab is first shown: JavaFX styles and lays
     * out every tab's page, shown or not, and the Users and Settings pages took a quarter of
     * the Configuration page's first opening (the pulse after the click, 0.6–0.9 s at load 3).
     */
    private static void joinWhenFirstShown(Tab tab) {
        Node page = tab.getContent();
        if (page == null || tab.isSelected()) {
            return;
        }
        tab.setContent(null);
        Subscription[] shown = {Subscription.EMPTY};
        shown[0] = tab.selectedProperty().subscribe(selected -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(page);
                shown[0].unsubscribe();
            }
        });
    }

    /** Opens the Settings page. */
    public void showSettings() {
        root();
        configurationTabs.getSelectionModel().select(settingsTab);
    }

    /** Opens the Contact information page at a role's section and focuses its first field. */
    public void showRole(Role role) {
        root();
        configurationTabs.getSelectionModel().select(contactInformationTab);
        Node section = form.root().lookup("#role-" + role.key());
        if (section == null) {
            return;
        }
        configFormScroll.layout();
        double contentHeight = configFormScroll.getContent().getBoundsInLocal().getHeight();
        double viewport = configFormScroll.getViewportBounds().getHeight();
        double y = configFormScroll.getContent().sceneToLocal(section.localToScene(0, 0)).getY();
        if (contentHeight > viewport) {
            configFormScroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        }
        section.lookupAll(".text-input").stream().filter(n -> n.isVisible() && !n.isDisabled()).findFirst()
                .or(() -> section.lookupAll(".check-box").stream().findFirst())
                .ifPresent(Node::requestFocus);
    }

    private void initializeSettings() {
        themeChoice.setItems(FXCollections.observableArrayList(Theme.values()));
        themeChoice.setConverter(DisplayText.of(t -> messages.get(t.labelKey())));
        themeChoice.setValue(settings.themeProperty().get());
        themeChoice.valueProperty().addListener((o, a, theme) -> {
            if (theme != null) {
                settings.chooseTheme(theme);
            }
        });
        // Lives as long as the workspace it follows: nothing to let go of.
        PhoneCountryChoice.bind(phoneCountry, messages, settings.phoneRegionProperty(), settings::choosePhoneRegion);
        authorName.textProperty().bindBidirectional(settings.authorNameProperty());
        authorEmail.textProperty().bindBidirectional(settings.authorEmailProperty());
        showError(authorNameError, settings.nameErrorProperty());
        showError(authorEmailError, settings.emailErrorProperty());
        saveAuthorButton.setOnAction(e -> settings.saveAuthor());
        authorEmail.setOnAction(e -> settings.saveAuthor());
        authorStatus.textProperty().bind(settings.statusProperty());
        dataFileLabel.setText(dataFile.toString());
        Path folder = dataFile.toAbsolutePath().getParent();
        openDataFolderButton.setDisable(folder == null);
        openDataFolderButton.setOnAction(e -> openUri.accept(folder.toUri().toString()));
        initializeBackups();
    }

    /** The backups, read again each time Settings is shown; Restore needs one chosen. */
    private void initializeBackups() {
        backupsList.setItems(backups.backups());
        backupsList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(BackupShelf.Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : backups.describe(item));
            }
        });
        restoreBackupButton.disableProperty().bind(backupsList.getSelectionModel().selectedItemProperty().isNull()
                .or(backups.busyProperty()));
        restoreBackupButton.setOnAction(e -> backups.restore(backupsList.getSelectionModel().getSelectedItem(),
                restoreBackupButton.getScene().getWindow()));
        backupsStatus.textProperty().bind(backups.statusProperty());
        settingsTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                backups.load();
            }
        });
        if (settingsTab.isSelected()) {
            backups.load();
        }
    }

    private static void showError(Label label, javafx.beans.value.ObservableStringValue error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(error));
    }

    private void showErrors() {
        ErrorSummary.show(configErrors, form.summaryTitle(), editor.submitErrorProperty().get(), editor.form().summary(), messages,
                form::focusField);
    }
}
