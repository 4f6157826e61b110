package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** One test "workstation": its own SQLite file, the real account store, the SQLite sync store and an engine on a team database. */
public final class Workstation implements AutoCloseable {

    static final String ACTOR = "Tess Tester <tess@example.com>";

    public final Path file;
    public final Database db;
    public final SqliteAccountStore accounts;
    public final SqliteSyncStore store;
    public final SyncEngine engine;

    public Workstation(Path file, CouchClient client, String database) {
        this.file = file;
        Validation validation = new Validation("");
        this.db = Database.open(file);
        this.accounts = new SqliteAccountStore(db, new Users(validation), Clock.systemUTC());
        this.store = new SqliteSyncStore(db, accounts, validation, Clock.systemUTC());
        this.engine = new SyncEngine(client, database, store, Clock.systemUTC());
    }

    public long id(String key) {
        return accounts.findByKey(key).orElseThrow().id();
    }

    public AccountData data(String key) {
        return accounts.data(id(key));
    }

    /** An account typed in here: stored as a local change (as an import would). */
    public void add(AccountData account) {
        accounts.store(account, ACTOR, ACTOR, true);
    }

    /** A submit of changed details through the form's path. */
    public void submit(String key, UnaryOperator<ContactDetails> change) {
        long id = id(key);
        accounts.submit(id, change.apply(accounts.loadStored(id)), ACTOR);
    }

    public void rename(String key, String name) {
        submit(key, d -> d.withSettings(new AccountSettings(name, d.settings().partnerId(),
                d.settings().integration(), d.settings().environment())));
    }

    public long pending(String key) {
        return store.load(key).changeSeq();
    }

    public SyncSummary sync() {
        return engine.sync();
    }

    @Override
    public void close() {
        db.close();
    }
}
