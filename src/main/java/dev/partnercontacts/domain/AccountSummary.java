package dev.partnercontacts.domain;

/**
 * One account of the file as the account switcher lists it.
 *
 * @param id       the local row id (differs between workstations)
 * @param key      the stable identity, a UUID made when the account was created; the same on every
 *                 workstation, used by bundles and sync
 * @param name     the submitted account name, empty before the first submit
 * @param complete whether the stored details pass the gate
 */
public record AccountSummary(long id, String key, String name, boolean complete) {

    public AccountSummary {
        key = Text.orEmpty(key);
        name = Text.orEmpty(name);
    }
}
