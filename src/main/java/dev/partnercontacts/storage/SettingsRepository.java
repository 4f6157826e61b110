package dev.partnercontacts.storage;

import dev.partnercontacts.domain.SettingKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Application settings kept in the database, such as the chosen language. */
public final class SettingsRepository {

    public static final String LOCALE = SettingKeys.LOCALE;
    public static final String LAST_ACCOUNT = SettingKeys.LAST_ACCOUNT;

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
