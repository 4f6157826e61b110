package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
 * {@link #openCheckingLater} lets the integrity check, which reads the whole file, follow the
 * opening when that leaves the file as it is; writes wait for the check.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Runs the checks that follow an opening: a thread each; tests hold them (HeldChecks). */
    static volatile Executor checker = IntegrityCheck.ownThread();

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final DatabaseLock lock;
    /** SQLite's integrity check of the file: passed when it was opened, or running after it. */
    private IntegrityCheck check;
    /** How many {@link #transaction} calls are running on the connection (guarded by this). */
    private int depth;
    /** Guarded by this. */
    private boolean closed;

    private Database(Path file, Connection connection, boolean readOnly, DatabaseLock lock) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.lock = lock;
        this.check = IntegrityCheck.passed(file);
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
        DataFile.requireWritable(absolute);
        boolean created = false;
        DatabaseLock lock = null;
        Connection connection = null;
        try {
            created = DataFile.createPrivately(absolute);
            lock = DatabaseLock.acquire(absolute);
            connection = connect(absolute, false);
            // Switching to WAL writes the file header, so it waits until the file is known to be
            // ours to change: a refused file must be left exactly as it was. The check is repeated
            // here, under the lock, in case another version wrote the file in the meantime.
            FileCheck.refuseNewerVersion(connection, absolute);
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
                    DataFile.deleteCreated(absolute);
                }
                lock.release();
            }
            throw FileCheck.openingFailure(e, absolute);
        }
    }

    /**
     * As {@link #open}, except that SQLite's integrity check ({@code PRAGMA quick_check}, which
     * reads the whole file: 0.4 s with a million history entries) runs later, on a thread of its
     * own ({@link #startIntegrityCheck}), when opening leaves the file as it is
     * ({@link FileCheck#integrityCheckCanFollow}); so the start-up's first window need not wait for it. Until the check has passed nothing is
     * written: the connection refuses writes ({@code PRAGMA query_only}), {@link #transaction} and
     * backups wait, and only {@link #beforeCheck} reads at once. When it fails, every waiting and
     * later call fails with its {@link StorageException} ({@link Kind#DAMAGED}), as does
     * {@link #checked()}, and the file is left as it was.
     *
     * @throws DatabaseInUseException when another process has the file open
     * @throws StorageException       when the file cannot be used, as {@link #open}
     */
    public static Database openCheckingLater(Path file) {
        return openCheckingLater(file, checker);
    }

    /** As {@link #openCheckingLater(Path)}, with the check run by {@code checker}. */
    static Database openCheckingLater(Path file, Executor checker) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute) || !FileCheck.integrityCheckCanFollow(absolute)) {
            return open(file);
        }
        FileCheck.checkExisting(absolute, false);
        DataFile.requireWritable(absolute);
        DatabaseLock lock = null;
        Connection connection = null;
        try {
            lock = DatabaseLock.acquire(absolute);
            connection = connect(absolute, false);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
            if (FileCheck.refuseNewerVersion(connection, absolute) < Migrations.latest()) {
                // Another version wrote the file in the meantime: migrating writes, so check first.
                closeQuietly(connection);
                lock.release();
                return open(file);
            }
            Database db = new Database(absolute, connection, false, lock);
            db.check = IntegrityCheck.later(absolute, db::allowWrites, checker);
            return db;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            if (lock != null) {
                lock.release();
            }
            throw FileCheck.openingFailure(e, absolute);
        }
    }

    /** Lets writes through once the check has passed: on the checking thread, before anyone waiting goes on. */
    private synchronized void allowWrites() {
        if (closed) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA query_only = 0");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Starts the check that follows {@link #openCheckingLater} (after the first frame); waiting starts it too. */
    public void startIntegrityCheck() {
        check.start();
    }

    /**
     * Completes when the file has passed its integrity check (at once unless it was opened with
     * {@link #openCheckingLater}); fails with the {@link StorageException} that says why not.
     */
    public CompletionStage<Void> checked() {
        return check.stage();
    }

    /**
     * Runs {@code reads} on this thread at once, also before the integrity check has passed: what
     * the first window needs. A transaction in it that writes is rolled back, and runs again once
     * the check has passed.
     */
    public <T> T beforeCheck(Supplier<T> reads) {
        return IntegrityCheck.before(reads);
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
            int version = FileCheck.refuseNewerVersion(connection, absolute);
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

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing a connection failed: {}", e.toString());
            }
        }
    }

    private void migrate() {
        transaction(c -> {
            Migrations.apply(c, file);
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
     * <p>After {@link #openCheckingLater}, it first waits for the integrity check, unless called
     * inside {@link #beforeCheck}.
     *
     * @throws StorageException wrapping any {@link SQLException}; nothing of the work is kept
     */
    public <T> T transaction(SqlWork<T> work) {
        check.awaitUnlessReadingFirst();
        try {
            return inTransaction(work);
        } catch (StorageException e) {
            // A write before the check (PRAGMA query_only refused it): the outermost transaction,
            // rolled back, runs again once the check has passed.
            if (e.kind() == Kind.READ_ONLY && !readOnly && !Thread.holdsLock(this) && !check.hasPassed()) {
                check.await();
                return inTransaction(work);
            }
            throw e;
        }
    }

    private synchronized <T> T inTransaction(SqlWork<T> work) {
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
    void copyInto(Path target) {
        check.await();
        copyNow(target);
    }

    private synchronized void copyNow(Path target) {
        try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new StorageException(FileCheck.kindOf(e, Kind.FAILED), "Backup to " + target + " failed: " + e.getMessage(),
                    file, e);
        }
    }

    /** Closes the connection and releases the lock; again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
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
