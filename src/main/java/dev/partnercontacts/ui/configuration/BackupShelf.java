package dev.partnercontacts.ui.configuration;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The backups of the data file as Settings sees them; the composition root implements it on the
 * storage layer (the UI never depends on storage).
 */
public interface BackupShelf {

    /**
     * One backup: its file, when it was made, its size in bytes and how many accounts it holds
     * (-1 when it cannot be read as a database).
     */
    record Entry(Path file, Instant madeAt, long size, int accounts) {
    }

    /** The backups, newest first. Blocking I/O: call on a worker thread. */
    List<Entry> list();

    /**
     * Checks that the backup can be put in place (a sound database; a folder with room for it).
     * Blocking I/O: call on a worker thread.
     *
     * @throws dev.partnercontacts.domain.StoreFailure saying why it cannot
     */
    void check(Entry entry);

    /**
     * Puts the backup in place of the data file, the current file kept beside it, and opens the
     * application again on it. Call on the FX thread. The windows are built again either way:
     * when it fails, the new Settings page says why (the current file is then as it was).
     */
    void restore(Entry entry);
}
