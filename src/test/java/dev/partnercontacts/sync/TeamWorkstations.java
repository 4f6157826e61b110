package dev.partnercontacts.sync;

import dev.partnercontacts.TempFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two or more SQLite workstations syncing through one team database (layout 2) on the test's
 * PouchDB Server: the setup the sync tests share. Registered after the server:
 * <pre>{@code
 * @RegisterExtension static final PouchDbServer POUCH = new PouchDbServer();
 * @RegisterExtension final TeamWorkstations stations = new TeamWorkstations(POUCH);
 * }</pre>
 *
 * <p>Before each test it makes a team database of the test's own on the server ({@link #team()})
 * and a new empty folder for the workstations' files. After each test, passed or failed (and
 * after the test's own {@code @AfterEach} methods), it closes every workstation still open and
 * deletes the folder; the team database stays on the server, which is stopped after the class.
 */
final class TeamWorkstations implements BeforeEachCallback, AfterEachCallback {

    private final PouchDbServer pouch;
    private final List<Workstation> open = new ArrayList<>();
    private TempFolder dir;
    private String team;

    /** @param pouch the server, registered as an extension before this one so it runs already */
    TeamWorkstations(PouchDbServer pouch) {
        this.pouch = pouch;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, CouchException {
        dir = TempFolder.create("partnercontacts-sync-");
        team = pouch.newDatabase();
    }

    /** The name of this test's team database on the server, {@code team-<UUID>}. */
    String team() {
        return team;
    }

    /** This test's folder for the workstations' files ({@code <name>.db}); deleted after the test. */
    Path dir() {
        return dir.path();
    }

    /** A workstation on the file {@code <name>.db}, syncing with the team database as the admin. */
    Workstation open(String name) {
        return open(name, pouch.client());
    }

    /** A workstation on the file {@code <name>.db} that reaches the server through {@code client} (a proxy's). */
    Workstation open(String name, CouchClient client) {
        Workstation w = new Workstation(dir().resolve(name + ".db"), client, team);
        open.add(w);
        return w;
    }

    /** Closes one workstation now (to open its file again). */
    void close(Workstation w) {
        w.close();
        open.remove(w);
    }

    /**
     * Closes the workstations still open, then deletes their folder.
     *
     * @throws IOException if a file in the folder cannot be deleted
     */
    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            open.forEach(Workstation::close);
        } finally {
            open.clear();
            if (dir != null) {
                dir.close();
                dir = null;
            }
        }
    }
}
