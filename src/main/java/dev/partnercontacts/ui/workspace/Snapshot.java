package dev.partnercontacts.ui.workspace;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.PortalUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link Workspace} shows of one account, read from the store in one go: before the
 * first window opens, after every change and on every switch.
 *
 * @param account      the account worked on
 * @param accounts     every account of the file, as the switcher lists them
 * @param stored       its submitted details ({@link ContactDetails#EMPTY} before the first submit)
 * @param draft        what was typed and not submitted, if anything
 * @param draftSavedAt when that draft was last saved
 * @param users        its portal users, in the order they were added
 * @param submittedAt  when the details were last submitted
 * @param confirmedAt  when they were last submitted or confirmed as still correct
 * @param recent       its latest changes, newest first, at most {@link Workspace#RECENT_CHANGES}
 */
public record Snapshot(AccountSummary account, List<AccountSummary> accounts, ContactDetails stored,
                       Optional<ContactDetails> draft, Optional<Instant> draftSavedAt, List<PortalUser> users, Optional<Instant> submittedAt,
                       Optional<Instant> confirmedAt, List<HistoryEntry> recent) {

    /** Reads the account used last; blocking I/O. */
    public static Snapshot read(AccountStore store) {
        return read(store, store.currentAccountId());
    }

    /**
     * Reads the given account; blocking I/O.
     *
     * @throws IllegalArgumentException when the file holds no account with that id
     */
    public static Snapshot read(AccountStore store, long id) {
        List<AccountSummary> accounts = store.accounts();
        AccountSummary account = accounts.stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account " + id));
        return new Snapshot(account, accounts, store.loadStored(id), store.loadDraft(id),
                store.draftSavedAt(id), store.users(id),
                store.submittedAt(id), store.confirmedAt(id), store.history(HistoryQuery.latest(id, Workspace.RECENT_CHANGES)));
    }
}
