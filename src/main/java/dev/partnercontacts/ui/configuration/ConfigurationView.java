package dev.partnercontacts.ui.configuration;

import dev.partnercontacts.ui.common.SummaryLine;
import dev.partnercontacts.ui.common.DisplayText;
import dev.partnercontacts.ui.common.ErrorSummary;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.form.ContactEditorViewModel;
import dev.partnercontacts.ui.form.ContactFormView;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;

/**
 * Configuration: the Contact information page (the gate's form, for updates at any time),
 * Account and users, and Settings.
 */
public final class ConfigurationView extends FxmlView {

    private static final List<String> LANGUAGES = List.of("en", "it");

    private final ContactEditorViewModel editor;
    private final ContactFormView form;
    private final Parent users;
    private final Consumer<String> saveLanguage;
    private final Messages messages;

    @FXML
    private ScrollPane configFormScroll;
    @FXML
    private Label configProgress;
    @FXML
    private Label configStatus;
    @FXML
    private VBox configErrors;
    @FXML
    private Button saveContactsButton;
    @FXML
    private Tab accountUsersTab;
    @FXML
    private ComboBox<String> languageChoice;
    @FXML
    private Label languageStatus;

    /**
     * @param saveLanguage stores the chosen language tag ({@code en}, {@code it}) off the FX thread
     */
    public ConfigurationView(ContactEditorViewModel editor, ContactFormView form, Parent users,
                             Consumer<String> saveLanguage, Messages messages) {
        super(messages);
        this.editor = editor;
        this.form = form;
        this.users = users;
        this.saveLanguage = saveLanguage;
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
        saveContactsButton.disableProperty().bind(editor.submittingProperty());
        saveContactsButton.setOnAction(e -> {
            if (!editor.submit(() -> { })) {
                form.focusFirstError();
            }
        });

        languageChoice.setItems(FXCollections.observableArrayList(LANGUAGES));
        languageChoice.setConverter(DisplayText.of(tag -> messages.get("settings.language." + tag)));
        languageChoice.setValue(LANGUAGES.contains(messages.locale().getLanguage()) ? messages.locale().getLanguage() : "en");
        languageChoice.valueProperty().addListener((o, a, tag) -> {
            if (tag != null) {
                saveLanguage.accept(tag);
                languageStatus.setText(new Messages(Locale.forLanguageTag(tag)).get("settings.language.restart"));
            }
        });
    }

    private void showErrors() {
        ErrorSummary.show(configErrors, editor.submitErrorProperty().get(), editor.form().summary(), messages,
                form::focusField);
    }
}
