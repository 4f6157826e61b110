package dev.partnercontacts.ui.workspace;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.PortalUser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the application is working on, read-only for everyone but {@link AccountCommands}: the
 * current account and every account of the file, that account's users, stored details, draft,
 * latest changes and the gate's verdict, who is recorded as making changes, and whether the file
 * was opened read-only. Switching the account swaps what these properties hold; pages bind to
 * them once and never keep an account of their own. Read it on the FX thread.
 */
public final class Workspace {

    /** How many changes Home shows. */
    public static final int RECENT_CHANGES = 5;

    private final Gate gate;
    private final boolean readOnly;
    private final ReadOnlyObjectWrapper<Author> author;
    private final ReadOnlyObjectWrapper<AccountSummary> account = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AccountSummary> accounts = FXCollections.observableArrayList();
    private final ObservableList<PortalUser> users = FXCollections.observableArrayList();
    private final ObservableList<HistoryEntry> recent = FXCollections.observableArrayList();
    // Made once: unmodifiable views listen weakly to their source, so one made per call would be
    // collected together with the listeners added to it.
    private final ObservableList<AccountSummary> accountsView = FXCollections.unmodifiableObservableList(accounts);
    private final ObservableList<PortalUser> usersView = FXCollections.unmodifiableObservableList(users);
    private final ObservableList<HistoryEntry> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<ContactDetails> stored = new ReadOnlyObjectWrapper<>(ContactDetails.EMPTY);
    private final ReadOnlyObjectWrapper<Instant> submittedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> confirmedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ObjectBinding<GateResult> gateResult;
    private final BooleanBinding locked;
    private final ReadOnlyStringWrapper phoneCountry;
    private final ReadOnlyObjectWrapper<ZoneId> homeZone;
    private Optional<ContactDetails> draft = Optional.empty();
    private Optional<Instant> draftSavedAt = Optional.empty();
    private boolean switching;

    /**
     * @param readOnly whether the data file was opened read-only (nothing can be saved)
     * @param first    the account to start on
     * @param homeZone the zone Home's coverage is seen from, as stored ({@link #homeZoneProperty})
     */
    public Workspace(Gate gate, Author author, boolean readOnly, Snapshot first, ZoneId homeZone) {
        this.gate = gate;
        this.readOnly = readOnly;
        this.author = new ReadOnlyObjectWrapper<>(author);
        this.phoneCountry = new ReadOnlyStringWrapper(gate.validation().defaultRegion());
        this.homeZone = new ReadOnlyObjectWrapper<>(homeZone);
        // Evaluated once per refresh, when the users and the details are of the same account.
        gateResult = Bindings.createObjectBinding(() -> gate.evaluate(stored.get(), users), revision);
        locked = Bindings.createBooleanBinding(() -> !gateResult.get().isComplete(), gateResult);
        apply(first);
    }

    public Gate gate() {
        return gate;
    }

    /** Whether the data file was opened read-only: pages may show, nothing is saved. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * The account the application works on. It also changes when the account's summary does
     * (its name after a submit): compare ids to tell a switch.
     */
    public ReadOnlyObjectProperty<AccountSummary> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public long accountId() {
        return account.get().id();
    }

    /** Every account in the file, as the switcher lists them. */
    public ObservableList<AccountSummary> accounts() {
        return accountsView;
    }

    /** The current account's portal users, in the order they were added. */
    public ObservableList<PortalUser> users() {
        return usersView;
    }

    /** The current account's latest changes, newest first (at most {@link #RECENT_CHANGES}). */
    public ObservableList<HistoryEntry> recentChanges() {
        return recentView;
    }

    public ReadOnlyObjectProperty<ContactDetails> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> submittedAtProperty() {
        return submittedAt.getReadOnlyProperty();
    }

    /** When the details were last submitted or confirmed as still correct; null before the first submit. */
    public ReadOnlyObjectProperty<Instant> confirmedAtProperty() {
        return confirmedAt.getReadOnlyProperty();
    }

    /** Who is recorded as making the changes made from now on. */
    public ReadOnlyObjectProperty<Author> authorProperty() {
        return author.getReadOnlyProperty();
    }

    /**
     * The country numbers typed without {@code +} are read in (ISO 3166, empty for none): the
     * gate's rules use it from the moment it changes (issue 15).
     */
    public ReadOnlyStringProperty phoneCountryProperty() {
        return phoneCountry.getReadOnlyProperty();
    }

    /**
     * The zone Home's weekly coverage is seen from, chosen on Home and kept in the data file's
     * settings ({@code ui.home.zone}); this computer's zone until one is chosen.
     */
    public ReadOnlyObjectProperty<ZoneId> homeZoneProperty() {
        return homeZone.getReadOnlyProperty();
    }

    /**
     * The zone a stored {@code ui.home.zone} setting names: an IANA zone id, else (not set, or
     * no longer known to this Java's time-zone data) {@code fallback}.
     */
    public static ZoneId homeZoneOf(Optional<String> stored, ZoneId fallback) {
        return stored.filter(dev.partnercontacts.domain.Validation::isZone).map(ZoneId::of).orElse(fallback);
    }

    /** The gate's verdict on the stored details, re-evaluated on every change. */
    public ObjectBinding<GateResult> gateResult() {
        return gateResult;
    }

    /** True while the stored details are incomplete: every tab but the gate is disabled. */
    public BooleanBinding locked() {
        return locked;
    }

    /** The unsubmitted draft, if any: what a form should show instead of the stored details. */
    public Optional<ContactDetails> draft() {
        return draft;
    }

    /** When the {@link #draft()} was last saved (as far as this workstation knows); empty without a draft. */
    public Optional<Instant> draftSavedAt() {
        return draft.isPresent() ? draftSavedAt : Optional.empty();
    }

    /**
     * True while a switch of account is being announced: a change of {@link #locked()} seen then
     * belongs to the switch, and is better handled by a listener of {@link #accountProperty()}.
     */
    public boolean isSwitching() {
        return switching;
    }

    /** Another account to move to from the current one: the given one if it exists, else a complete one first. */
    public Optional<AccountSummary> otherAccount(AccountSummary preferred) {
        long here = accountId();
        List<AccountSummary> others = accounts.stream().filter(a -> a.id() != here).toList();
        if (preferred != null) {
            Optional<AccountSummary> same = others.stream().filter(a -> a.id() == preferred.id()).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        return others.stream().min(Comparator.comparing((AccountSummary a) -> !a.complete()));
    }

    // ---- for AccountCommands ----

    void setDraft(ContactDetails typed) {
        draft = Optional.of(typed);
        draftSavedAt = Optional.of(Instant.now());
    }

    void clearDraft() {
        draft = Optional.empty();
        draftSavedAt = Optional.empty();
    }

    void setPhoneCountry(String region) {
        gate.validation().useDefaultRegion(region);
        phoneCountry.set(gate.validation().defaultRegion());
    }

    void setHomeZone(ZoneId zone) {
        homeZone.set(zone);
    }

    void setAuthor(Author who) {
        author.set(who);
    }

    /**
     * Shows what was read, in one go on the FX thread. The account is set last, so that its
     * listeners see every other property of the new account already in place.
     */
    void apply(Snapshot s) {
        accounts.setAll(s.accounts());
        boolean switched = account.get() == null || account.get().id() != s.account().id();
        if (switched) {
            // What belongs to the account comes first: listeners of the account see it complete.
            draft = s.draft();
            draftSavedAt = s.draftSavedAt();
        }
        users.setAll(s.users());
        stored.set(s.stored());
        submittedAt.set(s.submittedAt().orElse(null));
        confirmedAt.set(s.confirmedAt().orElse(null));
        recent.setAll(s.recent());
        switching = switched;
        try {
            revision.set(revision.get() + 1);
            account.set(s.account());
        } finally {
            switching = false;
        }
    }
}
