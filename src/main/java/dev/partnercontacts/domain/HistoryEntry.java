package dev.partnercontacts.domain;

import java.time.Instant;

/**
 * One recorded change, as the history returns it.
 *
 * @param accountName the account's name when read (for lists across accounts)
 * @param author      who made it, as {@link Author#label()}
 */
public record HistoryEntry(long id, long accountId, String accountName, Instant at, String author, Change change) {
}
