package dev.partnercontacts.domain;

/** Where the partner's integration runs. Alert contacts exist only in {@link #PRODUCTION}. */
public enum Environment {
    SANDBOX,
    PRODUCTION;

    /** Resource-bundle key of the display name. */
    public String labelKey() {
        return "environment." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
