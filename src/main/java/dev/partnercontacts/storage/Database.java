package dev.partnercontacts.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
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
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the file, creating it and its folders when missing (readable only by the user on
     * POSIX systems), and migrates the schema to the latest version.
     *
     * @throws StorageException when the file cannot be opened, is not a database of this
     *                          application, or comes from a newer version
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            createPrivately(absolute);
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(5_000);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
            try {
                // Switching to WAL writes the file header, so it waits until the file is known to be
                // ours to change: a refused file must be left exactly as it was.
                refuseNewerVersion(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                }
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            Database db = new Database(absolute, connection);
            try {
                db.migrate();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (SQLException | IOException e) {
            throw new StorageException("Cannot open the database " + absolute + ": " + e.getMessage(), absolute, e);
        }
    }

    private static void createPrivately(Path file) throws IOException {
        Path folder = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (folder != null && !Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (posix && !Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    private static void refuseNewerVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            int version = rs.next() ? rs.getInt(1) : 0;
            if (version > Migrations.latest()) {
                throw new SQLException("the file was written by a newer version of Partner Contacts (schema "
                        + version + ", this version knows " + Migrations.latest() + ")");
            }
        }
    }

    private void migrate() {
        transaction(c -> {
            int version;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > Migrations.latest()) {
                throw new SQLException("the file was written by a newer version of Partner Contacts (schema "
                        + version + ", this version knows " + Migrations.latest() + ")");
            }
            for (int v = version; v < Migrations.latest(); v++) {
                List<String> steps = Migrations.ALL.get(v);
                try (Statement s = c.createStatement()) {
                    for (String sql : steps) {
                        s.execute(sql);
                    }
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
     * @throws StorageException wrapping any {@link SQLException}; nothing of the work is kept
     */
    public synchronized <T> T transaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        }
    }
}
