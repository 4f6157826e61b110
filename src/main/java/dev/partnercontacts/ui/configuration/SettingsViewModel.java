package dev.partnercontacts.ui.configuration;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.PhoneCountryChoice;
import dev.partnercontacts.ui.common.Theme;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.TaskExecutor;
import dev.partnercontacts.ui.workspace.AccountCommands;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings of this workstation: who is recorded as making changes (name and e-mail), the
 * language, the look and the default phone country. Checked before anything is stored; stored off the FX thread in one transaction.
 */
public final class SettingsViewModel {

    /** Stores a language and builds the windows again in it; {@code onFailure} hears why it could not. */
    @FunctionalInterface
    public interface LanguageChange {
        void apply(String tag, Consumer<? super Exception> onFailure);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final AccountStore store;
    private final TaskExecutor writer;
    private final AccountCommands commands;
    private final Validation validation;
    private final Messages messages;
    private final StringProperty authorName = new SimpleStringProperty("");
    private final StringProperty authorEmail = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final LanguageChange applyLanguage;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);

    /**
     * @param writer        the data file's writer, for the settings
     * @param theme         the look in use
     * @param applyLanguage stores a language tag and rebuilds the windows in it
     */
    public SettingsViewModel(AccountStore store, TaskExecutor writer, AccountCommands commands, Validation validation,
                             Messages messages, Theme theme, LanguageChange applyLanguage) {
        this.store = store;
        this.writer = writer;
        this.commands = commands;
        this.validation = validation;
        this.messages = messages;
        this.applyLanguage = applyLanguage;
        this.theme.set(theme);
        Author author = commands.workspace().authorProperty().get();
        authorName.set(author.name());
        authorEmail.set(author.email());
    }

    public StringProperty authorNameProperty() {
        return authorName;
    }

    public StringProperty authorEmailProperty() {
        return authorEmail;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailErrorProperty() {
        return emailError.getReadOnlyProperty();
    }

    /** "Saved", or why a setting (who makes changes, the look, the phone country, the language) could not be saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Checks the name and address; stores them when both are acceptable. Returns whether it was sent. */
    public boolean saveAuthor() {
        String name = authorName.get() == null ? "" : authorName.get().strip();
        String email = authorEmail.get() == null ? "" : authorEmail.get().strip();
        nameError.set(validation.requiredName(name).map(messages::get).orElse(""));
        emailError.set(email.isEmpty() ? "" : validation.email(email).map(messages::get).orElse(""));
        status.set("");
        if (!nameError.get().isEmpty() || !emailError.get().isEmpty()) {
            return false;
        }
        Author author = new Author(name, email);
        commands.changeAuthor(author, () -> status.set(messages.get("settings.author.saved", author.label())), failure -> {
            LOG.error("The author could not be saved", failure);
            status.set(messages.get("error.storage", FailureText.of(messages, failure)));
        });
        return true;
    }

    /** The look in use. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Applies a look at once, and keeps it for the next start. */
    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
        chosen.apply();
        save(SettingKeys.THEME, chosen.settingValue());
    }

    /**
     * The country whose numbers may be typed without the international prefix (ISO 3166, empty
     * for none): the workspace's, which the gate's form shows and changes as well.
     */
    public ReadOnlyStringProperty phoneRegionProperty() {
        return commands.workspace().phoneCountryProperty();
    }

    /** None first (numbers then start with +), then every country with phone numbers, sorted by name. */
    public List<String> regions() {
        return PhoneCountryChoice.regions(messages);
    }

    /** "Italy (+39)". */
    public String regionName(String region) {
        return PhoneCountryChoice.name(messages, region);
    }

    /** Applies the default phone country at once (numbers typed are read again) and keeps it for the next start. */
    public void choosePhoneRegion(String region) {
        commands.choosePhoneCountry(region, failure -> {
            LOG.error("The phone country could not be saved", failure);
            status.set(messages.get("error.storage", FailureText.of(messages, failure)));
        });
    }

    private void save(String key, String value) {
        writer.execute(BackgroundTask.ofAction(() -> store.putSetting(key, value))
                .onFailure(failure -> {
                    LOG.error("The setting {} could not be saved", key, failure);
                    status.set(messages.get("error.storage", FailureText.of(messages, failure)));
                }));
    }

    /**
     * Switches the application to another language at once: what was typed is kept as drafts,
     * the language is stored for the next start, and the windows are built again in it.
     */
    public void chooseLanguage(String tag) {
        // The English bundle is the default one: its locale has no language.
        String current = messages.locale().getLanguage().isEmpty() ? "en" : messages.locale().getLanguage();
        if (!tag.equals(current)) {
            status.set("");
            applyLanguage.apply(tag, failure -> {
                LOG.error("The language could not be changed", failure);
                status.set(messages.get("error.storage", FailureText.of(messages, failure)));
            });
        }
    }
}
