package dev.partnercontacts.domain;

/** What a portal user may do on the account. */
public enum UserRole {
    ADMINISTRATOR,
    EDITOR,
    READ_ONLY;

    public String labelKey() {
        return "userRole." + switch (this) {
            case ADMINISTRATOR -> "administrator";
            case EDITOR -> "editor";
            case READ_ONLY -> "readOnly";
        };
    }
}
