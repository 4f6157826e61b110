package dev.partnercontacts.domain;

import java.util.Set;

/**
 * What the Activity page asks the history for: newest first, in pages.
 *
 * @param accountId    the account, or {@code null} for every account in the file
 * @param text         free text matched, case-insensitively, against what the change names
 *                     (addresses, names, values) and its author; empty for no text filter
 * @param textRoles    roles whose display name matches {@code text} in the UI language: their
 *                     changes match the text too (the store knows no display names)
 * @param role         only changes of this role, or {@code null}
 * @param area         only changes of no role in this area (the account's settings, or its
 *                     users: {@link Change.Kind#aboutUsers()}), or {@code null}
 * @param author       only changes by this author (its label), or {@code null}
 * @param beforeId     keyset paging: only entries older than this id, or {@code null} for the newest
 * @param limit        most entries returned
 */
public record HistoryQuery(Long accountId, String text, Set<Role> textRoles, Role role, Area area, String author,
                           Long beforeId, int limit) {

    /** The changes that concern no role: the account's own settings, or its portal users. */
    public enum Area { ACCOUNT, USERS }

    /** A query with no area filter. */
    public HistoryQuery(Long accountId, String text, Set<Role> textRoles, Role role, String author,
                        Long beforeId, int limit) {
        this(accountId, text, textRoles, role, null, author, beforeId, limit);
    }

    public HistoryQuery {
        text = Text.orEmpty(text).strip();
        textRoles = textRoles == null ? Set.of() : Set.copyOf(textRoles);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /** The newest {@code limit} changes of one account. */
    public static HistoryQuery latest(long accountId, int limit) {
        return new HistoryQuery(accountId, "", Set.of(), null, null, null, limit);
    }

    /** The same query for the page after the entry with this id. */
    public HistoryQuery after(long lastId) {
        return new HistoryQuery(accountId, text, textRoles, role, area, author, lastId, limit);
    }
}
