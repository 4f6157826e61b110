package dev.partnercontacts.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * One change to an account, stored as data and put into words only when shown, so that the
 * history reads in whatever language the UI is in.
 *
 * @param kind    what happened
 * @param role    the role it concerns, or {@code null} (account settings, users)
 * @param subject what it happened to: a contact's or user's e-mail address, a setting's
 *                {@link Setting#key()}, a window in {@link Changes#windowText} form; may be empty
 * @param label   a display name that goes with the subject (a user's or contact's name); may be empty
 * @param before  the value before (setting value, position, role name, phone…); empty when none
 * @param after   the value after; empty when none
 */
public record Change(Kind kind, Role role, String subject, String label, String before, String after) {

    /** What a change did. The names are stored: never rename one. */
    public enum Kind {
        ACCOUNT_CREATED,
        SETTING_CHANGED,
        CONTACT_ADDED,
        CONTACT_REMOVED,
        CONTACT_MOVED,
        CONTACT_NAME_CHANGED,
        CONTACT_PHONE_CHANGED,
        ALERT_ADDED,
        ALERT_REMOVED,
        SUPPORT_ALL_WEEK,
        WINDOW_ADDED,
        WINDOW_REMOVED,
        USER_ADDED,
        USER_REMOVED,
        USER_ROLE_CHANGED,
        /** A submit recorded by version 1.0, which kept no detail of what changed. */
        LEGACY_SUBMIT,
        /** Someone confirmed that the details are still correct, changing nothing. */
        RECONFIRMED,
        /** A portal user's name changed (subject: the address; before and after: the names). */
        USER_RENAMED,
        /**
         * An account was removed from the file (subject: its key; label: its name; before: its
         * partner ID). Its own history goes with it, so this is kept under every account left.
         */
        ACCOUNT_REMOVED,
        /**
         * A sync conflict on one field was resolved (subject: the field's {@code ConflictMerge.Part}
         * name; label: the user's address for a user's field; before: the value kept when a text;
         * after: the side kept, {@code LOCAL} for this workstation's or {@code REMOTE} for the server's).
         */
        CONFLICT_RESOLVED;

        /** True for the changes to the account's portal users (the Activity's "Users" area). */
        public boolean aboutUsers() {
            return this == USER_ADDED || this == USER_REMOVED || this == USER_ROLE_CHANGED || this == USER_RENAMED;
        }
    }

    /** The account settings a {@link Kind#SETTING_CHANGED} names. */
    public enum Setting {
        NAME("name"), PARTNER_ID("partnerId"), INTEGRATION("integration"), ENVIRONMENT("environment");

        private final String key;

        Setting(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Setting> byKey(String key) {
            return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
        }
    }

    public Change {
        if (kind == null) {
            throw new IllegalArgumentException("a change has a kind");
        }
        subject = Text.orEmpty(subject);
        label = Text.orEmpty(label);
        before = Text.orEmpty(before);
        after = Text.orEmpty(after);
    }

    public static Change of(Kind kind, Role role, String subject, String label, String before, String after) {
        return new Change(kind, role, subject, label, before, after);
    }

    public static Change setting(Setting setting, String before, String after) {
        return new Change(Kind.SETTING_CHANGED, null, setting.key(), "", before, after);
    }
}
