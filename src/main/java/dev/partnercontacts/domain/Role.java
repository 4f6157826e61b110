package dev.partnercontacts.domain;

import java.util.Arrays;
import java.util.Optional;

/** The seven contact roles of an account, in the order the form shows them. */
public enum Role {
    ALERT("alert", Kind.PORTAL_USERS, 10),
    TECH_EMERGENCY("techEmergency", Kind.CONTACTS, 10),
    TECH_NON_EMERGENCY("techNonEmergency", Kind.CONTACTS, 10),
    MERCHANT_ISSUES("merchantIssues", Kind.CONTACTS, 10),
    OPS_FOR_GOOGLE("opsForGoogle", Kind.CONTACTS, 10),
    OPS_FOR_USERS("opsForUsers", Kind.CONTACTS, 1),
    OPS_SUPPORT("opsSupport", Kind.SUPPORT_HOURS, 20);

    /** What a role holds. */
    public enum Kind { PORTAL_USERS, CONTACTS, SUPPORT_HOURS }

    private final String key;
    private final Kind kind;
    private final int maxEntries;

    Role(String key, Kind kind, int maxEntries) {
        this.key = key;
        this.kind = kind;
        this.maxEntries = maxEntries;
    }

    /** The stable key used in node ids, storage and bundles, e.g. {@code techEmergency}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** Most entries (contacts, users or windows) the role accepts. */
    public int maxEntries() {
        return maxEntries;
    }

    /**
     * Whether the role exists for an account with these settings: alert contacts only in
     * Production, merchant-issue contacts only for integrations that have them. A role that
     * applies is required.
     */
    public boolean appliesTo(Integration integration, Environment environment) {
        return switch (this) {
            case ALERT -> environment == Environment.PRODUCTION;
            case MERCHANT_ISSUES -> integration.hasMerchantIssues();
            default -> true;
        };
    }

    public static Optional<Role> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
