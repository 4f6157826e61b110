package dev.partnercontacts.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A team database of its own on the test server, and the workstations a test opens on it (closed together). */
final class TeamWorkstations implements AutoCloseable {

    final String team;
    private final Path dir;
    private final PouchDbServer pouch;
    private final List<Workstation> open = new ArrayList<>();

    TeamWorkstations(Path dir, PouchDbServer pouch) throws CouchException {
        this.dir = dir;
        this.pouch = pouch;
        this.team = pouch.newDatabase();
    }

    /** A workstation on the file {@code <name>.db}, syncing with the team database as the admin. */
    Workstation open(String name) {
        return open(name, pouch.client());
    }

    /** A workstation on the file {@code <name>.db} that reaches the server through {@code client} (a proxy's). */
    Workstation open(String name, CouchClient client) {
        Workstation w = new Workstation(dir.resolve(name + ".db"), client, team);
        open.add(w);
        return w;
    }

    /** Closes one workstation now (to open its file again). */
    void close(Workstation w) {
        w.close();
        open.remove(w);
    }

    @Override
    public void close() {
        open.forEach(Workstation::close);
        open.clear();
    }
}
