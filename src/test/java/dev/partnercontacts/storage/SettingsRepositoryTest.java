package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void missingSettingIsEmpty() {
        try (Database db = Database.open(dir.resolve("settings.db"))) {
            assertThat(new SettingsRepository(db).get(SettingsRepository.LOCALE)).isEmpty();
        }
    }

    @Test
    void putThenGetAndOverwrite() {
        try (Database db = Database.open(dir.resolve("settings.db"))) {
            SettingsRepository settings = new SettingsRepository(db);

            settings.put(SettingsRepository.LOCALE, "it");
            assertThat(settings.get(SettingsRepository.LOCALE)).contains("it");

            settings.put(SettingsRepository.LOCALE, "en");
            assertThat(settings.get(SettingsRepository.LOCALE)).contains("en");
            assertThat(settings.get("other")).isEmpty();
        }
    }

    @Test
    void valuesAreKeptExactlyAndSurviveReopening() {
        Path file = dir.resolve("settings.db");
        String value = "  Zoë 🙂 日本語 \n ";
        try (Database db = Database.open(file)) {
            new SettingsRepository(db).put("support.url", value);
            new SettingsRepository(db).put("empty", "");
        }

        try (Database db = Database.open(file)) {
            assertThat(new SettingsRepository(db).get("support.url")).contains(value);
            assertThat(new SettingsRepository(db).get("empty")).contains("");
        }
    }
}
