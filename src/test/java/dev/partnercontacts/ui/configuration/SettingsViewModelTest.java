package dev.partnercontacts.ui.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.ui.common.SessionFixture;
import dev.partnercontacts.ui.common.Theme;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private SettingsViewModel vm;
    private final java.util.List<String> languages = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("settings.db"));
        vm = new SettingsViewModel(fx.store, fx.tasks.writer(), fx.commands, fx.validation, fx.messages, Theme.SYSTEM,
                (tag, onFailure) -> languages.add(tag));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theAuthorIsCheckedStoredAndRecordedWithEveryChangeFromThenOn() {
        vm.authorNameProperty().set("Ada Lovelace");
        vm.authorEmailProperty().set("not an address");
        assertThat(vm.saveAuthor()).isFalse();
        assertThat(vm.emailErrorProperty().get()).isEqualTo("This is not a valid e-mail address.");
        assertThat(fx.store.setting(SettingKeys.AUTHOR_NAME)).isEmpty();

        vm.authorEmailProperty().set(" ada@acme.example ");
        assertThat(vm.saveAuthor()).isTrue();

        assertThat(fx.store.setting(SettingKeys.AUTHOR_NAME)).contains("Ada Lovelace");
        assertThat(fx.store.setting(SettingKeys.AUTHOR_EMAIL)).contains("ada@acme.example");
        assertThat(vm.statusProperty().get()).contains("Ada Lovelace <ada@acme.example>");
        fx.commands.addUser("Bob", "bob@acme.example", UserRole.ADMINISTRATOR, u -> { }, e -> { throw new AssertionError(e); });
        assertThat(fx.store.history(HistoryQuery.latest(fx.workspace.accountId(), 1)).get(0).author())
                .isEqualTo("Ada Lovelace <ada@acme.example>");
    }

    @Test
    void aNameIsRequiredAndTheAddressIsOptional() {
        vm.authorNameProperty().set("  ");
        vm.authorEmailProperty().set("");
        assertThat(vm.saveAuthor()).isFalse();
        assertThat(vm.nameErrorProperty().get()).isNotEmpty();

        vm.authorNameProperty().set("Ada");
        assertThat(vm.saveAuthor()).isTrue();
        assertThat(fx.workspace.authorProperty().get().label()).isEqualTo("Ada");
    }

    @Test
    void anotherLanguageIsAppliedAndTheSameOneIsNot() {
        vm.chooseLanguage("en");
        vm.chooseLanguage("it");

        assertThat(languages).containsExactly("it");
    }

    @Test
    void aLanguageThatCannotBeChangedSaysWhyInSettings() {
        SettingsViewModel failing = new SettingsViewModel(fx.store, fx.tasks.writer(), fx.commands, fx.validation,
                fx.messages, Theme.SYSTEM, (tag, onFailure) -> onFailure.accept(
                        new dev.partnercontacts.storage.StorageException(dev.partnercontacts.domain.StoreFailure.Kind.DISK_FULL,
                                "disk full", dir.resolve("settings.db"), null)));

        failing.chooseLanguage("it");

        assertThat(failing.statusProperty().get()).startsWith("The change could not be saved: The disk that holds");
    }

    @Test
    void aPhoneCountryThatCannotBeSavedSaysSo() {
        fx.db.close();

        vm.choosePhoneRegion("GB");

        assertThat(vm.statusProperty().get()).startsWith("The change could not be saved");
    }

    @Test
    void theDefaultPhoneCountryIsKeptAndOfferedByName() {
        assertThat(vm.regions()).first().isEqualTo("");
        assertThat(vm.regions()).contains("IT", "GB");
        assertThat(vm.regionName("IT")).isEqualTo("Italy (+39)");

        vm.choosePhoneRegion("GB");

        assertThat(fx.store.setting(SettingKeys.PHONE_REGION)).contains("GB");
    }
}
