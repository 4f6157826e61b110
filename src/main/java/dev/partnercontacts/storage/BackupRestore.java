package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure.Kind;
import dev.partnercontacts.storage.Backups.Backup;
import dev.partnercontacts.storage.Backups.Restored;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in the place of the data file ({@link Backups#restore()} and
 * {@link Backups#restore(Backup)}): the backup checked, the file locked, the current file and its
 * SQLite log files moved aside as {@code <name>.replaced-<UTC time>} (never deleted), the copy
 * written under a temporary name, forced to disk and renamed into place; a failed copy moves the
 * file back where it was.
 */
final class BackupRestore {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestore.class);

    private final Path databaseFile;
    private final Clock clock;

    /** @param databaseFile the data file, absolute */
    BackupRestore(Path databaseFile, Clock clock) {
        this.databaseFile = databaseFile;
        this.clock = clock;
    }

    /** As {@link Backups#check}: a sound database, and a writable folder with room for it. */
    void check(Backup backup) {
        try {
            if (Files.size(backup.file()) == 0) {
                throw new StorageException(Kind.NOT_A_DATABASE, backup.file() + " is empty", backup.file(), null);
            }
        } catch (IOException e) {
            throw FileCheck.fromIo("Cannot read the backup " + backup.file(), backup.file(), e);
        }
        FileCheck.checkExisting(backup.file());
        checkRoomFor(backup);
    }

    /**
     * The data file's folder takes the restored copy: it can be written, and has room for the
     * backup's size (the current file stays beside it).
     *
     * @throws StorageException {@link Kind#READ_ONLY} or {@link Kind#DISK_FULL}
     */
    private void checkRoomFor(Backup backup) {
        Path parent = databaseFile.getParent();
        if (!Files.isWritable(parent)) {
            throw new StorageException(Kind.READ_ONLY, "The folder " + parent + " cannot be written", databaseFile, null);
        }
        try {
            if (Files.getFileStore(parent).getUsableSpace() < Files.size(backup.file())) {
                throw new StorageException(Kind.DISK_FULL, "No room in " + parent + " for " + backup.file(), databaseFile, null);
            }
        } catch (IOException e) {
            throw FileCheck.fromIo("Cannot check the room in " + parent, databaseFile, e);
        }
    }

    /** The one restore: the file locked, the backup chosen, the file moved aside, the copy put in its place. */
    Restored restore(Supplier<Backup> choose) {
        // The lock is shared within a process: a file open here would be replaced under its connection.
        if (DatabaseLock.heldHere(databaseFile)) {
            throw new DatabaseInUseException(databaseFile);
        }
        DatabaseLock lock;
        try {
            lock = DatabaseLock.acquire(databaseFile);
        } catch (IOException e) {
            throw FileCheck.fromIo("Cannot lock " + databaseFile, databaseFile, e);
        }
        try {
            Backup from = choose.get();
            Path keptAt = Files.exists(databaseFile) ? moveAside() : null;
            try {
                copyInPlace(from.file());
            } catch (IOException e) {
                if (keptAt != null) {
                    moveBack(keptAt);
                }
                throw e;
            }
            LOG.info("Restored {} from the backup {}; the replaced file is kept as {}", databaseFile, from.file(), keptAt);
            return new Restored(Database.open(databaseFile), from, keptAt);
        } catch (IOException e) {
            throw FileCheck.fromIo("Cannot restore " + databaseFile, databaseFile, e);
        } finally {
            lock.release();
        }
    }

    private void copyInPlace(Path backup) throws IOException {
        Path temporary = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring" + Backups.TEMPORARY);
        Files.deleteIfExists(temporary);
        Backups.createPrivateFile(temporary);
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream stream = Channels.newOutputStream(out)) {
                Files.copy(backup, stream);
                out.force(true);
            }
            Files.move(temporary, databaseFile, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Undoes {@link #moveAside} after a failed copy, so the user finds the file where it was. */
    private void moveBack(Path aside) {
        try {
            Files.move(aside, databaseFile);
            for (String suffix : Backups.SIDECARS) {
                Path sidecar = FileCheck.sidecar(aside, suffix);
                if (Files.exists(sidecar)) {
                    Files.move(sidecar, FileCheck.sidecar(databaseFile, suffix));
                }
            }
        } catch (IOException e) {
            LOG.error("The file {} could not be moved back to {}: {}", aside, databaseFile, e.toString());
        }
    }

    private Path moveAside() throws IOException {
        String stamp = Backups.STAMP.format(clock.instant());
        Path aside = databaseFile.resolveSibling(databaseFile.getFileName() + ".replaced-" + stamp);
        for (int n = 1; Files.exists(aside); n++) {
            aside = databaseFile.resolveSibling(databaseFile.getFileName() + ".replaced-" + stamp + "-" + n);
        }
        // The log files go with the file they belong to: next to the restored copy they would be
        // replayed into it.
        for (String suffix : Backups.SIDECARS) {
            Path sidecar = FileCheck.sidecar(databaseFile, suffix);
            if (Files.exists(sidecar)) {
                Files.move(sidecar, FileCheck.sidecar(aside, suffix));
            }
        }
        Files.move(databaseFile, aside);
        return aside;
    }
}
