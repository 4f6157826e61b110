package dev.partnercontacts.domain;

/**
 * One account of the file as the account switcher lists it.
 *
 * @param id       the local row id (differs between workstations)
 * @param key      the stable identity, a UUID made when the account was created; the same on every
 *                 workstation, used by bundles and sync
 * @param name     the submitted account name, empty before the first submit
 * @param complete  whether the stored details pass the gate
 * @param draftName the name typed in the account's draft, empty without a draft or a name in it
 * @param hasDraft  whether the account holds a draft (changes not submitted)
 */
public record AccountSummary(long id, String key, String name, boolean complete, String draftName, boolean hasDraft) {

    public AccountSummary {
        key = Text.orEmpty(key);
        name = Text.orEmpty(name);
        draftName = Text.orEmpty(draftName).strip();
    }

    /** An account without a draft. */
    public AccountSummary(long id, String key, String name, boolean complete) {
        this(id, key, name, complete, "", false);
    }

    /**
     * The name to show the user: the submitted one, else the one typed in the draft (issue 15:
     * incomplete accounts were all "New account" though a name was typed), else empty.
     */
    public String shownName() {
        return name.isBlank() ? draftName : name;
    }
}
