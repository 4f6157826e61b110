package dev.partnercontacts.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When contact details are due to be confirmed again: 180 days or more after they were last
 * submitted or confirmed as still correct (product brief, Home's reminder).
 */
public final class Reconfirmation {

    /** How old confirmed details may get. */
    public static final Duration AFTER = Duration.ofDays(180);

    private Reconfirmation() {
    }

    /** True when details confirmed at {@code confirmedAt} (null: never) are due at {@code now}. */
    public static boolean isDue(Instant confirmedAt, Instant now) {
        return confirmedAt != null && Duration.between(confirmedAt, now).compareTo(AFTER) >= 0;
    }
}
