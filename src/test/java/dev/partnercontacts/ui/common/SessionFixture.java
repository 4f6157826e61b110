package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.task.ManualScheduler;
import dev.partnercontacts.task.Tasks;
import dev.partnercontacts.ui.workspace.AccountCommands;
import dev.partnercontacts.ui.workspace.Snapshot;
import dev.partnercontacts.ui.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * A workspace on a real SQLite file whose background work runs at once on the calling thread,
 * and whose timers wait until the test moves {@link #scheduler} on.
 */
public final class SessionFixture implements AutoCloseable {

    public final Database db;
    public final SqliteAccountStore store;
    public final Validation validation;
    public final Messages messages = new Messages(Locale.ENGLISH);
    public final ManualScheduler scheduler = new ManualScheduler();
    public final Tasks tasks = Tasks.sameThread(scheduler);
    public final Workspace workspace;
    public final AccountCommands commands;

    /** Phone numbers read as in the United States. */
    public SessionFixture(Path file) {
        this(file, "US");
    }

    /** @param phoneCountry the form's home region for phone numbers (ISO 3166 alpha-2, e.g. {@code IT}) */
    public SessionFixture(Path file, String phoneCountry) {
        validation = new Validation(phoneCountry);
        db = Database.open(file);
        store = new SqliteAccountStore(db, new Users(validation), Clock.systemUTC());
        workspace = new Workspace(new Gate(validation), new Author("Tess Tester", "tess@example.com"), false,
                Snapshot.read(store), java.time.ZoneId.of("Europe/Rome"));
        commands = new AccountCommands(store, workspace, tasks.writer(), tasks.background());
    }

    @Override
    public void close() {
        db.close();
    }
}
