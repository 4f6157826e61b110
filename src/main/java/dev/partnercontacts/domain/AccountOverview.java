package dev.partnercontacts.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One account as the Accounts page lists it: what it is, whether its stored details pass the
 * gate and which required roles have nothing at all, when it was last submitted and confirmed,
 * and whether it holds a draft not submitted yet. Where it stands with the sync server is the
 * sync layer's ({@code SqliteSyncStore#accountStates}).
 *
 * @param id            the local row id
 * @param key           the stable identity (a UUID, lower case), the same on every workstation
 * @param name          the submitted account name, empty before the first submit
 * @param draftName     the name typed in the account's draft, empty when there is none
 * @param complete      whether the stored details pass the gate (as last evaluated)
 * @param missing       the required roles with no entry at all in the stored details; empty when
 *                      complete (an incomplete account may have none: an entry is invalid)
 * @param submittedAt   when the details were last submitted; null if never
 * @param confirmedAt   when the details were last submitted or confirmed as still correct; null if never
 * @param hasDraft      whether the account holds a draft that was not submitted
 * @param addresses     every contact's and portal user's e-mail address, separated by spaces, for search
 */
public record AccountOverview(long id, String key, String name, String draftName, String partnerId,
                              Integration integration, Environment environment, boolean complete, Set<Role> missing,
                              Instant submittedAt, Instant confirmedAt, boolean hasDraft, String addresses) {

    public AccountOverview {
        key = Text.orEmpty(key);
        name = Text.orEmpty(name);
        draftName = Text.orEmpty(draftName);
        partnerId = Text.orEmpty(partnerId);
        missing = Set.copyOf(missing);
        addresses = Text.orEmpty(addresses);
    }

    /** The name to show: the submitted one, else the one typed in the draft; empty when neither. */
    public String shownName() {
        return name.isBlank() ? draftName.strip() : name;
    }

    /**
     * The required roles (product brief, "The seven roles"; {@link AccountSettings#requires})
     * that have no entry at all: no contact, no alert contact, neither 24/7 nor a support window.
     * This is the part of the gate ({@link Gate#evaluate}) that can be answered from counts,
     * which a list of a thousand accounts can afford; whether the entries are valid is the
     * gate's, and is what {@code complete} remembers.
     *
     * @param entries how many entries each role holds (contacts, alert contacts, support windows)
     */
    public static Set<Role> missingRoles(AccountSettings settings, boolean allWeek, Map<Role, Integer> entries) {
        Set<Role> missing = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            boolean empty = entries.getOrDefault(role, 0) == 0 && !(role == Role.OPS_SUPPORT && allWeek);
            if (settings.requires(role) && empty) {
                missing.add(role);
            }
        }
        return missing;
    }
}
