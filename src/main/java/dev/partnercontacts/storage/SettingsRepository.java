package dev.partnercontacts.storage;

import dev.partnercontacts.domain.SettingKeys;
import java.util.Optional;

/** Application settings kept in the database, such as the chosen language. */
public final class SettingsRepository {

    public static final String LOCALE = SettingKeys.LOCALE;
    public static final String LAST_ACCOUNT = SettingKeys.LAST_ACCOUNT;

    private final Sql sql;

    public SettingsRepository(Database db) {
        this.sql = new Sql(db);
    }

    public Optional<String> get(String key) {
        return sql.one("SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        sql.update("INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key, value);
    }
}
