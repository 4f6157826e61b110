package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** A session on a real SQLite file whose background work runs at once on the calling thread. */
public final class SessionFixture implements AutoCloseable {

    public final Database db;
    public final SqliteAccountStore store;
    public final Validation validation = new Validation("US");
    public final Messages messages = new Messages(Locale.ENGLISH);
    public final AccountSession session;

    public SessionFixture(Path file) {
        db = Database.open(file);
        store = new SqliteAccountStore(db, new Users(validation), Clock.systemUTC());
        session = new AccountSession(store, TaskRunner.direct(), new Gate(validation), new Author("Tess Tester", "tess@example.com"),
                AccountSession.Snapshot.read(store));
    }

    @Override
    public void close() {
        db.close();
    }
}
