package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure.Kind;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The application's SQLite file: one connection, foreign keys on, write-ahead log with full
 * synchronisation (an acknowledged write survives a crash), and versioned migrations. Every
 * read and write goes through {@link #transaction}, which commits all or nothing. Thread-safe:
 * calls are serialised.
 *
 * <p>Opening never changes a file it cannot use: an existing file is checked read-only first
 * (header, integrity, schema version), and only then opened for writing. One process at a time
 * writes a file: {@link #open} holds an operating-system lock next to it until {@link #close}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final DatabaseLock lock;
    /** How many {@link #transaction} calls are running on the connection (guarded by this). */
    private int depth;

    private Database(Path file, Connection connection, boolean readOnly, DatabaseLock lock) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.lock = lock;
    }

    /**
     * Opens the file for reading and writing, creating it and its folders when missing (readable
     * only by the user on POSIX systems), and migrates the schema to the latest version.
     *
     * @throws DatabaseInUseException when another process has the file open
     * @throws StorageException       when the file cannot be used; its {@link StorageException#kind()}
     *                                says why. An existing file is left exactly as it was.
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        FileCheck.checkExisting(absolute);
        requireWritable(absolute);
        boolean created = false;
        DatabaseLock lock = null;
        Connection connection = null;
        try {
            created = createPrivately(absolute);
            lock = DatabaseLock.acquire(absolute);
            connection = connect(absolute, false);
            // Switching to WAL writes the file header, so it waits until the file is known to be
            // ours to change: a refused file must be left exactly as it was. The check is repeated
            // here, under the lock, in case another version wrote the file in the meantime.
            refuseNewerVersion(connection, absolute);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            Database db = new Database(absolute, connection, false, lock);
            db.migrate();
            return db;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            if (lock != null) {
                // Only under the lock: without it, the file may already be another process's.
                if (created) {
                    deleteCreated(absolute);
                }
                lock.release();
            }
            if (e instanceof StorageException se) {
                throw se;
            }
            if (e instanceof SQLException sql) {
                throw new StorageException(FileCheck.kindOf(sql, Kind.FAILED),
                        "Cannot open the database " + absolute + ": " + sql.getMessage(), absolute, sql);
            }
            if (e instanceof IOException io) {
                throw FileCheck.fromIo("Cannot open the database " + absolute, absolute, io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Opens an existing file for reading only, without a lock: for looking at a file that
     * another instance is using. Every write through it fails with
     * {@link Kind#OPENED_READ_ONLY}.
     *
     * @throws StorageException when the file cannot be read, is not a database of this
     *                          application, or is not at this version's schema
     */
    public static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        FileCheck.checkExisting(absolute);
        if (!Files.isRegularFile(absolute)) {
            throw new StorageException(Kind.FAILED, absolute + " does not exist", absolute, null);
        }
        Connection connection = null;
        try {
            connection = connect(absolute, true);
            int version = refuseNewerVersion(connection, absolute);
            if (version < Migrations.latest()) {
                throw new StorageException(Kind.FAILED, absolute + " needs to be upgraded (schema " + version
                        + "), which cannot be done read-only", absolute, null);
            }
            return new Database(absolute, connection, true, null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StorageException se) {
                throw se;
            }
            if (e instanceof SQLException sql) {
                throw new StorageException(FileCheck.kindOf(sql, Kind.FAILED),
                        "Cannot open the database " + absolute + " read-only: " + sql.getMessage(), absolute, sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        config.setReadOnly(readOnly);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /**
     * Refuses a read-only file or folder before SQLite is asked to write (it would fail half-way
     * or, for a folder, only when it creates the write-ahead log).
     */
    private static void requireWritable(Path file) {
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StorageException(Kind.READ_ONLY, "The file " + file + " is read-only", file, null);
        }
        Path folder = file.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new StorageException(Kind.READ_ONLY, "The folder " + folder + " of " + file + " is read-only", file, null);
        }
    }

    /** Creates the folders and the file when missing; true when the file was created. */
    private static boolean createPrivately(Path file) throws IOException {
        Path folder = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (folder != null && !Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (Files.exists(file)) {
            return false;
        }
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return true;
        }
        return false;
    }

    /** Removes a file this class created and could not initialise: it holds nothing of the user's. */
    private static void deleteCreated(Path file) {
        for (String suffix : List.of("-wal", "-shm", "-journal", "")) {
            try {
                Files.deleteIfExists(FileCheck.sidecar(file, suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished file {}{}: {}", file, suffix, e.toString());
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing a connection failed: {}", e.toString());
            }
        }
    }

    private static int refuseNewerVersion(Connection connection, Path file) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            int version = rs.next() ? rs.getInt(1) : 0;
            if (version > Migrations.latest()) {
                throw new StorageException(Kind.NEWER_VERSION, "The database " + file
                        + " was written by a newer version of Partner Contacts (schema " + version
                        + ", this version knows " + Migrations.latest() + ")", file, null);
            }
            return version;
        }
    }

    private void migrate() {
        transaction(c -> {
            int version;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > Migrations.latest()) {
                throw new StorageException(Kind.NEWER_VERSION, "The database " + file
                        + " was written by a newer version of Partner Contacts", file, null);
            }
            for (int v = version; v < Migrations.latest(); v++) {
                for (Migrations.Step step : Migrations.ALL.get(v)) {
                    step.apply(c);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = " + (v + 1));
                }
                LOG.info("Database schema migrated to version {}", v + 1);
            }
            return null;
        });
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        return transaction(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                return rs.getInt(1);
            }
        });
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws.
     *
     * <p>This is the unit of work of the storage layer: a call made from inside another
     * transaction on the same thread joins it instead of opening its own, so that repositories
     * used together (details, users, history, and what sync adds) commit together or not at all.
     * A failure in a joined call fails the whole unit: code that catches it must rethrow.
     *
     * @throws StorageException wrapping any {@link SQLException}; nothing of the work is kept
     */
    public synchronized <T> T transaction(SqlWork<T> work) {
        if (depth > 0) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        depth++;
        try {
            return outermost(work);
        } finally {
            depth--;
        }
    }

    private <T> T outermost(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(e);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw failure(e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            endTransaction();
        }
    }

    /**
     * Rolls back after a failure. SQLite has already rolled back by itself after some errors (a
     * full disk, an I/O error), and then says there is nothing to roll back: that must not hide
     * the error that matters.
     */
    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void endTransaction() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // Only after SQLite rolled back by itself: the driver is back in auto-commit mode
            // anyway (it switches before it sends the COMMIT that fails).
            LOG.debug("Ending a transaction: {}", e.getMessage());
        }
    }

    private StorageException failure(SQLException e) {
        Kind kind = FileCheck.kindOf(e, Kind.FAILED);
        if (readOnly && kind == Kind.READ_ONLY) {
            kind = Kind.OPENED_READ_ONLY;
        }
        return new StorageException(kind, e.getMessage(), file, e);
    }

    /** Whether the file was opened with {@link #openReadOnly}. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} with SQLite's
     * {@code VACUUM INTO}, which reads one snapshot while other work waits. {@code target} must
     * not exist or be empty; create it first to choose its permissions.
     */
    synchronized void copyInto(Path target) {
        try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new StorageException(FileCheck.kindOf(e, Kind.FAILED), "Backup to " + target + " failed: " + e.getMessage(),
                    file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        } finally {
            if (lock != null) {
                lock.release();
            }
        }
    }
}
