package dev.partnercontacts.domain;

import java.time.Instant;

/**
 * One logged change to an account.
 *
 * @param action a stable key: {@code submit}, {@code user.add}, {@code user.remove}, {@code user.role}
 */
public record ActivityEntry(Instant at, String actor, String action, String detail) {
}
