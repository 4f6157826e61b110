package dev.partnercontacts.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per database file: an operating-system lock on {@code <file>.lock}, next to the
 * database, held while the database is open. The operating system drops it when the process
 * ends, however it ends, so a crash never leaves the file locked. Within one process the lock
 * is shared (and counted): the application and, say, a test reading the same file are one
 * writer as far as other processes are concerned.
 *
 * <p>The lock file itself is left in place when released: deleting it would let two processes
 * lock two different files of the same name.
 */
final class DatabaseLock {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLock.class);
    private static final Map<Path, Held> HELD = new HashMap<>();

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int users;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private final Path lockFile;
    private boolean released;

    private DatabaseLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    /** The lock file of a database file. */
    static Path lockFileOf(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code databaseFile}, creating the lock file (private to the user) when
     * missing.
     *
     * @throws DatabaseInUseException when another process holds it
     * @throws IOException            when the lock file cannot be created or opened
     */
    static DatabaseLock acquire(Path databaseFile) throws IOException {
        Path lockFile = lockFileOf(databaseFile.toAbsolutePath().normalize());
        synchronized (HELD) {
            Held held = HELD.get(lockFile);
            if (held == null) {
                FileChannel channel = open(lockFile);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                    if (lock == null) {
                        channel.close();
                        throw new DatabaseInUseException(databaseFile.toAbsolutePath());
                    }
                } catch (IOException e) {
                    // Some network file systems have no locks. SQLite's own locking still guards
                    // each transaction there; refusing to start would help nobody.
                    LOG.warn("The lock file {} cannot be locked ({}); opening without a lock", lockFile, e.toString());
                    lock = null;
                } catch (RuntimeException e) {
                    channel.close();
                    throw e;
                }
                held = new Held(channel, lock);
                HELD.put(lockFile, held);
            }
            held.users++;
            return new DatabaseLock(lockFile);
        }
    }

    /** True when this process holds the lock of {@code databaseFile} (the file is open here). */
    static boolean heldHere(Path databaseFile) {
        synchronized (HELD) {
            return HELD.containsKey(lockFileOf(databaseFile.toAbsolutePath().normalize()));
        }
    }

    private static FileChannel open(Path lockFile) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<?> privateFile = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return FileChannel.open(lockFile, options, privateFile);
        }
        return FileChannel.open(lockFile, options);
    }

    /** Gives the lock back; the last holder in the process releases it for other processes. */
    void release() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(lockFile);
            if (held == null || --held.users > 0) {
                return;
            }
            HELD.remove(lockFile);
            try {
                if (held.lock != null) {
                    held.lock.release();
                }
                held.channel.close();
            } catch (IOException e) {
                LOG.warn("Releasing the lock file {} failed: {}", lockFile, e.toString());
            }
        }
    }
}
