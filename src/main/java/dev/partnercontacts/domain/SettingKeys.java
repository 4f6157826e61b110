package dev.partnercontacts.domain;

/** The names of the settings kept in the data file (see {@link AccountStore#setting}). */
public final class SettingKeys {

    /** The UI language chosen in Settings ({@code en}, {@code it}). */
    public static final String LOCALE = "ui.locale";
    /** The key of the account used last, opened at the next start. */
    public static final String LAST_ACCOUNT = "ui.lastAccount";
    /** Who is recorded as making changes on this workstation. */
    public static final String AUTHOR_NAME = "author.name";
    public static final String AUTHOR_EMAIL = "author.email";
    /** The sync server's address (e.g. {@code https://couch.example.com:6984}) and the user name; never the password. */
    public static final String SYNC_SERVER = "syncServer.url";
    public static final String SYNC_USER = "syncServer.user";

    private SettingKeys() {
    }
}
