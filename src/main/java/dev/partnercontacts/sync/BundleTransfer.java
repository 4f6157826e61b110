package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.files.SafeExport;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Export to and import from the JSON bundle of the data contract. */
public final class BundleTransfer {

    private final Database db;
    private final SqliteAccountStore accounts;
    private final Validation validation;
    private final BundleCodec codec;

    public BundleTransfer(Database db, SqliteAccountStore accounts, Validation validation, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.validation = validation;
        this.codec = new BundleCodec(clock);
    }

    /**
     * Writes the accounts with these keys (every named account when empty: one never submitted has
     * nothing to hand over) to the file, replacing it whole or not at all; returns how many
     * accounts were written.
     *
     * @throws IllegalArgumentException for an unknown key
     * @throws dev.partnercontacts.files.ExportFailure naming {@code file} when it is refused (the data
     *                                                 file and its companions, a read-only file, a folder…)
     *                                                 or cannot be written; see {@link SafeExport}
     */
    public int export(List<String> keys, Path file) throws IOException {
        List<AccountData> data = db.transaction(c -> {
            List<AccountData> list = new ArrayList<>();
            if (keys.isEmpty()) {
                // An account never submitted has nothing to hand over (its draft stays here), and
                // a bundle refuses an account without a name: it is left out.
                accounts.accounts().stream().map(a -> accounts.data(a.id()))
                        .filter(d -> !d.details().settings().name().isEmpty()).forEach(list::add);
            }
            for (String key : keys) {
                AccountSummary a = accounts.findByKey(key)
                        .orElseThrow(() -> new IllegalArgumentException("no account with key " + key));
                list.add(accounts.data(a.id()));
            }
            return list;
        });
        new SafeExport(db.file()).write(file, out -> codec.write(data, out));
        return data.size();
    }

    /**
     * Reads and checks a bundle with the form's rules; changes nothing. Each account's plan names
     * the changes that would set back data newer here ({@link AccountImport#newerHere}): the
     * bundle's copy of an account's details is as of its {@code submittedAt} (the bundle's
     * {@code exportedAt} for an account never submitted), its users as of {@code exportedAt}.
     */
    public ImportPlan plan(Path file) throws IOException {
        BundleOutcome outcome;
        try (InputStream in = Files.newInputStream(file)) {
            outcome = codec.read(in);
        }
        if (outcome instanceof BundleOutcome.Refused r) {
            return new ImportPlan.Refused(r.reasons());
        }
        BundleOutcome.Accepted accepted = (BundleOutcome.Accepted) outcome;
        return db.transaction(c -> {
            List<AccountImport> plan = new ArrayList<>();
            for (AccountData a : accepted.accounts()) {
                Optional<AccountSummary> stored = accounts.findByKey(a.key());
                List<Change> changes = accounts.preview(a);
                // The details are as of their submission; users change without one, so they are as
                // of the export.
                Instant details = a.submittedAt() != null ? a.submittedAt() : accepted.exportedAt();
                Instant users = accepted.exportedAt() != null ? accepted.exportedAt() : a.submittedAt();
                plan.add(new AccountImport(a.key(), a.details().settings().name(), stored.isEmpty(), changes, a,
                        accounts.newerHere(a, details, users, changes)));
            }
            return new ImportPlan.Ready(plan);
        });
    }

    /**
     * Applies a ready plan in ONE transaction (all accounts or none), re-checking against the
     * current data: what changed since the plan was made is compared again, not overwritten
     * blindly. Records the changes as made by {@code actor} and raises the sync outbox of every
     * account changed.
     *
     * @throws IllegalArgumentException when an account no longer passes the form's address rules
     */
    public void apply(ImportPlan.Ready plan, String actor) {
        for (AccountImport a : plan.accounts()) {
            recheck(a.data());
        }
        db.transaction(c -> {
            for (AccountImport a : plan.accounts()) {
                accounts.store(a.data(), actor, actor, true);
            }
            return null;
        });
    }

    /** A plan is a plain record anyone can build: the addresses are checked again before anything is written. */
    private void recheck(AccountData data) {
        for (PortalUser u : data.users()) {
            if (validation.email(u.email()).isPresent()) {
                throw new IllegalArgumentException("an imported user's address is not valid");
            }
        }
        for (List<Contact> list : data.details().contacts().values()) {
            for (Contact c : list) {
                if (validation.email(c.email()).isPresent()) {
                    throw new IllegalArgumentException("an imported contact's address is not valid");
                }
            }
        }
    }
}
