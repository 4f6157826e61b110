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
    /** The team database on the sync server; {@code partner-contacts} when not set. */
    public static final String SYNC_DATABASE = "syncServer.database";
    /** When a sync run last completed (ISO-8601 instant), whether the app or the command line ran it. */
    public static final String SYNC_LAST_SYNCED = "syncServer.lastSynced";
    /** Where the main window and the gate were last, as {@code x,y,width,height,maximized}. */
    public static final String MAIN_WINDOW = "ui.window.main";
    public static final String GATE_WINDOW = "ui.window.gate";
    /** The look: {@code system}, {@code light} or {@code dark}. */
    public static final String THEME = "ui.theme";
    /** The country whose phone numbers may be typed without the international prefix (ISO code). */
    public static final String PHONE_REGION = "phone.region";
    /** The IANA zone Home's weekly coverage is seen from ({@code Asia/Tokyo}); this computer's zone when not set. */
    public static final String HOME_ZONE = "ui.home.zone";

    /**
     * The settings that are this workstation's user's choices rather than data: a restore from a
     * backup keeps them as they are (the language, the look, Home's zone, the phone country, who
     * makes changes, where the windows are). The sync settings stay with the data they track.
     */
    public static final java.util.List<String> WORKSTATION = java.util.List.of(LOCALE, THEME, HOME_ZONE, PHONE_REGION,
            AUTHOR_NAME, AUTHOR_EMAIL, MAIN_WINDOW, GATE_WINDOW);

    private SettingKeys() {
    }
}
