package dev.partnercontacts.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database file lives: {@code --db=PATH}, else {@code PARTNER_CONTACTS_DB}, else the
 * operating system's per-user application-data folder.
 */
public final class DataLocation {

    public static final String ENV_VARIABLE = "PARTNER_CONTACTS_DB";
    static final String APP_FOLDER = "PartnerContacts";
    static final String FILE_NAME = "partner-contacts.db";

    private DataLocation() {
    }

    /**
     * @param dbArgument the value of {@code --db=}, or null
     * @param env        the process environment
     * @param osName     {@code os.name}
     * @param home       {@code user.home}
     */
    public static Path resolve(String dbArgument, Map<String, String> env, String osName, String home) {
        if (dbArgument != null && !dbArgument.isBlank()) {
            return Path.of(dbArgument).toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return appDataFolder(env, osName, home).resolve(FILE_NAME);
    }

    /** The per-user application-data folder of this application. */
    public static Path appDataFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("partner-contacts");
    }
}
