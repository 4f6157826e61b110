package dev.partnercontacts.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one account stands with the server, read from the data file (the app and the command
 * line share it).
 *
 * @param unsent     local changes wait to be sent
 * @param conflict   a conflict waits for a person's decision
 * @param lastSynced when a sync last completed with this account in step, if ever (empty while
 *                   changes wait or a conflict is open)
 */
public record AccountSyncState(boolean unsent, boolean conflict, Optional<Instant> lastSynced) {
}
