package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at an existing file before the application writes anything to it: the SQLite header,
 * then the file through a read-only connection ({@code PRAGMA quick_check}, the schema version
 * and whether the schema is ours). Nothing here changes the file. Also translates SQLite's and
 * the file system's errors into what the user can do about them ({@link Kind}).
 */
final class FileCheck {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private FileCheck() {
    }

    /** The files SQLite keeps next to a database while it is open or after a crash. */
    static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * Checks an existing file without changing it. A missing or empty file passes: it becomes a
     * new database.
     *
     * @throws StorageException saying why the file cannot be used
     */
    static void checkExisting(Path file) {
        checkExisting(file, true);
    }

    /**
     * As {@link #checkExisting(Path)}, with SQLite's integrity check ({@code PRAGMA quick_check},
     * which reads the whole file) only when {@code integrity} is true; {@link #checkIntegrity} runs
     * it on its own.
     */
    static void checkExisting(Path file, boolean integrity) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StorageException(Kind.NOT_A_DATABASE, file + " is a folder, not a database file", file, null);
        }
        long size;
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            header = in.readNBytes(HEADER);
        } catch (IOException e) {
            throw fromIo("Cannot read " + file, file, e);
        }
        if (size == 0) {
            return;
        }
        boolean sqlitePrefix = startsWithMagic(header);
        if (header.length < HEADER) {
            throw new StorageException(sqlitePrefix ? Kind.DAMAGED : Kind.NOT_A_DATABASE,
                    file + " is too short to be a database (" + size + " bytes)", file, null);
        }
        if (!sqlitePrefix) {
            throw new StorageException(Kind.NOT_A_DATABASE, file + " has no SQLite header", file, null);
        }
        long pageSize = pageSize(header);
        if (pageSize < 0) {
            throw new StorageException(Kind.DAMAGED, file + " has an invalid page size in its header", file, null);
        }
        // The page count in the header is trustworthy when it was written together with the
        // change counter. Pages beyond the end of the file mean the file was cut short, unless a
        // write-ahead log still holds them.
        long pages = u32(header, 28);
        boolean pagesValid = pages > 0 && u32(header, 24) == u32(header, 92);
        if (pagesValid && pages * pageSize > size && !hasContent(sidecar(file, "-wal"))) {
            throw new StorageException(Kind.DAMAGED, file + " is cut short: " + size + " bytes, its header says "
                    + pages * pageSize, file, null);
        }
        checkWithSqlite(file, integrity);
    }

    /**
     * Whether opening the file for writing leaves it as it is, so that {@link #checkIntegrity}
     * may follow the opening: an existing database of the latest schema version, already in
     * write-ahead-log mode (switching writes the header), with no log or journal to replay
     * (recovering one writes the file). Reads the header only. False for anything else, which is
     * then checked whole before it is opened.
     */
    static boolean integrityCheckCanFollow(Path file) {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER);
        } catch (IOException e) {
            return false;
        }
        return header.length == HEADER && startsWithMagic(header) && pageSize(header) > 0
                // File format write and read versions 2: write-ahead log.
                && header[18] == 2 && header[19] == 2
                // The schema version (PRAGMA user_version) is stored at offset 60.
                && u32(header, 60) == Migrations.latest()
                && !hasContent(sidecar(file, "-wal")) && !hasContent(sidecar(file, "-journal"));
    }

    /**
     * SQLite's integrity check of an existing file ({@code PRAGMA quick_check}) through a
     * connection of its own that only reads; blocking I/O, 0.4 s for a file with a million history
     * entries.
     *
     * @throws StorageException {@link Kind#DAMAGED} when the check finds a fault
     */
    static void checkIntegrity(Path file) {
        try (Connection c = readOnly(file); Statement s = c.createStatement()) {
            quickCheck(s, file);
        } catch (SQLException e) {
            throw new StorageException(kindOf(e, Kind.DAMAGED), file + " cannot be read as a database: " + e.getMessage(),
                    file, e);
        }
    }

    /**
     * How many rows {@code table} of an existing database holds, read through a connection that
     * only reads (nothing is written next to the file); -1 when the file cannot be read so.
     */
    static int countRows(Path file, String table) {
        try (Connection c = readOnly(file); Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.next() ? rows.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        // Without a write-ahead log or journal to replay, "immutable" reads the file as it is and
        // creates no lock or shared-memory files next to it. With one, a normal read-only
        // connection sees the committed data that is still in the log.
        boolean logs = hasContent(sidecar(file, "-wal")) || hasContent(sidecar(file, "-journal"));
        String url = "jdbc:sqlite:" + file.toUri() + (logs ? "" : "?immutable=1");
        return DriverManager.getConnection(url, config.toProperties());
    }

    private static void checkWithSqlite(Path file, boolean integrity) {
        try (Connection c = readOnly(file); Statement s = c.createStatement()) {
            int version = intPragma(s, "user_version");
            int schemaObjects;
            boolean accountTable;
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*), coalesce(sum(type = 'table' AND name = 'account'), 0) FROM sqlite_master")) {
                schemaObjects = rs.getInt(1);
                accountTable = rs.getInt(2) > 0;
            }
            if (version > Migrations.latest()) {
                throw new StorageException(Kind.NEWER_VERSION, file + " was written by a newer version of Partner Contacts"
                        + " (schema " + version + ", this version knows " + Migrations.latest() + ")", file, null);
            }
            if ((version == 0 && schemaObjects > 0) || (version > 0 && !accountTable)) {
                throw new StorageException(Kind.NOT_A_DATABASE, file + " is an SQLite database of another program",
                        file, null);
            }
            if (integrity) {
                quickCheck(s, file);
            }
        } catch (SQLException e) {
            throw new StorageException(kindOf(e, Kind.DAMAGED), file + " cannot be read as a database: " + e.getMessage(),
                    file, e);
        }
    }

    private static void quickCheck(Statement s, Path file) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(verdict)) {
                throw new StorageException(Kind.DAMAGED, file + " failed the integrity check: " + verdict, file, null);
            }
        }
    }

    /**
     * Refuses a file that a newer version of the application wrote, through an open connection.
     *
     * @return the file's schema version
     */
    static int refuseNewerVersion(Connection connection, Path file) throws SQLException {
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

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static boolean startsWithMagic(byte[] header) {
        int n = Math.min(header.length, MAGIC.length);
        return n > 0 && Arrays.equals(header, 0, n, MAGIC, 0, n);
    }

    /** The page size of a header, or -1 when it is not one SQLite writes. */
    private static long pageSize(byte[] header) {
        int raw = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        long size = raw == 1 ? 65_536 : raw;
        return size >= 512 && size <= 65_536 && Long.bitCount(size) == 1 ? size : -1;
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static boolean hasContent(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What an SQLite error means for the user. {@code fallback} is used for errors that say
     * nothing specific.
     */
    static Kind kindOf(SQLException e, Kind fallback) {
        int primary = e.getErrorCode() & 0xff;
        return switch (primary) {
            case 13 -> Kind.DISK_FULL;           // SQLITE_FULL
            case 8 -> Kind.READ_ONLY;            // SQLITE_READONLY
            case 11 -> Kind.DAMAGED;             // SQLITE_CORRUPT
            case 26 -> Kind.NOT_A_DATABASE;      // SQLITE_NOTADB
            case 5, 6 -> Kind.IN_USE;            // SQLITE_BUSY, SQLITE_LOCKED: someone else holds it
            default -> diskFullMessage(e) ? Kind.DISK_FULL : fallback;
        };
    }

    private static boolean diskFullMessage(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("disk is full") || m.contains("no space left") || m.contains("file too large");
    }

    /** What an exception while opening means for the user. */
    static RuntimeException openingFailure(Exception e, Path absolute) {
        if (e instanceof SQLException sql) {
            return new StorageException(FileCheck.kindOf(sql, Kind.FAILED),
                    "Cannot open the database " + absolute + ": " + sql.getMessage(), absolute, sql);
        }
        if (e instanceof IOException io) {
            return FileCheck.fromIo("Cannot open the database " + absolute, absolute, io);
        }
        return (RuntimeException) e;
    }

    /** What a file-system error means for the user. */
    static StorageException fromIo(String what, Path file, IOException e) {
        String detail = String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        Kind kind;
        if (e instanceof AccessDeniedException || lower.contains("read-only file system")) {
            kind = Kind.READ_ONLY;
        } else if (lower.contains("no space left") || lower.contains("file too large")) {
            kind = Kind.DISK_FULL;
        } else {
            kind = Kind.FAILED;
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.toString();
        return new StorageException(kind, what + ": " + reason, file, e);
    }
}
