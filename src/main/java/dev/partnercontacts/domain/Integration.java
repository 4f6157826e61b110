package dev.partnercontacts.domain;

/**
 * The integrations an account can be prepared for. This enum is the one table that says which
 * integration has an operational contact for merchant issues; nothing else in the code decides it.
 */
public enum Integration {
    THINGS_TO_DO("thingsToDo", false),
    RESERVATIONS("reservations", true),
    FOOD_ORDERING("foodOrdering", true),
    APPOINTMENTS("appointments", false),
    WAITLIST("waitlist", true);

    /** The integration new accounts start with. */
    public static final Integration DEFAULT = THINGS_TO_DO;

    private final String key;
    private final boolean merchantIssues;

    Integration(String key, boolean merchantIssues) {
        this.key = key;
        this.merchantIssues = merchantIssues;
    }

    public String key() {
        return key;
    }

    /** Whether accounts on this integration must name an operational contact for merchant issues. */
    public boolean hasMerchantIssues() {
        return merchantIssues;
    }

    /** Resource-bundle key of the display name. */
    public String labelKey() {
        return "integration." + key;
    }
}
