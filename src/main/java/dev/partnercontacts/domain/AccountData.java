package dev.partnercontacts.domain;

import java.time.Instant;
import java.util.List;

/**
 * One account as a bundle and the sync server carry it: the submitted details (never a draft),
 * the portal users, and when and by whom the details were last submitted.
 *
 * @param key         the account's stable identity, the same on every workstation (a UUID)
 * @param details     the submitted details; {@code details.alertUserIds()} are ids of {@code users}
 * @param users       the portal users, in order
 * @param submittedAt when the details were last submitted, or {@code null} if never
 * @param submittedBy who submitted them, or {@code null} if never
 */
public record AccountData(String key, ContactDetails details, List<PortalUser> users,
                          Instant submittedAt, String submittedBy) {

    public AccountData {
        key = Text.orEmpty(key);
        details = details == null ? ContactDetails.EMPTY : details;
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** Whether the details were ever submitted. */
    public boolean submitted() {
        return submittedAt != null;
    }
}
