package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure.Kind;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotating backups of a database file, in a {@code backups} folder next to it:
 * {@code <name>-<UTC time>.db}, readable by the user alone, the newest {@code keep} kept. Each
 * is a consistent copy made by SQLite while the application runs ({@code VACUUM INTO}), written
 * under a temporary name and renamed when complete, so a crash never leaves half a backup
 * under a backup's name.
 */
public final class Backups {

    public static final int DEFAULT_KEEP = 10;
    /** A backup at start-up is made when the newest one is older than this. */
    public static final Duration DAILY = Duration.ofHours(24);
    static final String FOLDER = "backups";

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final int STAMP_LENGTH = "20250101T120000000Z".length();
    private static final String SUFFIX = ".db";
    static final String TEMPORARY = ".tmp";
    static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal");
    /**
     * One backup at a time in this process: each begins by deleting unfinished files, which
     * would otherwise be another thread's backup in the making (the daily one at start-up and
     * the one before removing an account ran together, and one of them failed). Another process
     * cannot use the same data file ({@link DatabaseLock}).
     */
    private static final Object MAKING = new Object();

    /** A backup file and when it was made. */
    public record Backup(Path file, Instant madeAt) {
    }

    /**
     * The outcome of a restore: the database, open, the backup it came from, and where the file
     * it replaced was moved (null when there was none).
     */
    public record Restored(Database database, Backup from, Path replacedFileKeptAt) {
    }

    /**
     * A backup as Settings lists it: its size in bytes and how many accounts it holds (-1 when
     * it cannot be read as a database).
     */
    public record Listed(Backup backup, long size, int accounts) {
    }

    private final Path databaseFile;
    private final Path folder;
    private final String prefix;
    private final Clock clock;
    private final int keep;
    private final BackupRestore restorer;

    public Backups(Path databaseFile, Clock clock, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.databaseFile = databaseFile.toAbsolutePath();
        this.folder = this.databaseFile.resolveSibling(FOLDER);
        String name = this.databaseFile.getFileName().toString();
        this.prefix = (name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name) + "-";
        this.clock = clock;
        this.keep = keep;
        this.restorer = new BackupRestore(this.databaseFile, clock);
    }

    /** Backups of {@code databaseFile} with the defaults: the last ten, on the system clock. */
    public static Backups of(Path databaseFile) {
        return new Backups(databaseFile, Clock.systemUTC(), DEFAULT_KEEP);
    }

    /** The folder the backups are in. */
    public Path folder() {
        return folder;
    }

    /** The backups there are, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> parse(f).ifPresent(backups::add));
        } catch (IOException e) {
            LOG.warn("The backups in {} cannot be listed: {}", folder, e.toString());
        }
        backups.sort(Comparator.comparing(Backup::madeAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return backups;
    }

    /** The backups, newest first, with their sizes and accounts. Reads only; blocking I/O (milliseconds a backup). */
    public List<Listed> describe() {
        List<Listed> listed = new ArrayList<>();
        for (Backup b : list()) {
            long size;
            try {
                size = Files.size(b.file());
            } catch (IOException e) {
                continue;
            }
            listed.add(new Listed(b, size, size == 0 ? -1 : FileCheck.countRows(b.file(), "account")));
        }
        return listed;
    }

    private Optional<Backup> parse(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(prefix) || !name.endsWith(SUFFIX) || name.length() < prefix.length() + STAMP_LENGTH) {
            return Optional.empty();
        }
        String stamp = name.substring(prefix.length(), prefix.length() + STAMP_LENGTH);
        try {
            return Optional.of(new Backup(file, STAMP.parse(stamp, Instant::from)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes a backup of the open database now and drops the oldest beyond the number kept.
     *
     * @throws StorageException when it cannot be written; the database is not affected
     */
    public Backup make(Database db) {
        synchronized (MAKING) {
            return makeNow(db);
        }
    }

    private Backup makeNow(Database db) {
        Instant now = clock.instant();
        try {
            createFolder();
            removeUnfinished();
            String stamp = STAMP.format(now);
            Path target = folder.resolve(prefix + stamp + SUFFIX);
            for (int n = 1; Files.exists(target); n++) {
                target = folder.resolve(prefix + stamp + "-" + n + SUFFIX);
            }
            Path temporary = target.resolveSibling(target.getFileName() + TEMPORARY);
            createPrivateFile(temporary);
            try {
                db.copyInto(temporary);
                force(temporary);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            prune();
            LOG.info("Backup made: {}", target);
            return new Backup(target, now);
        } catch (IOException e) {
            throw FileCheck.fromIo("Cannot write a backup in " + folder, databaseFile, e);
        }
    }

    /** Makes a backup when the newest one is older than {@link #DAILY}, or there is none. */
    public Optional<Backup> makeDailyIfDue(Database db) {
        List<Backup> existing = list();
        if (!existing.isEmpty() && existing.get(0).madeAt().isAfter(clock.instant().minus(DAILY))) {
            return Optional.empty();
        }
        return Optional.of(make(db));
    }

    /** The newest backup that is a sound database of this version, if any. Reads only. */
    public Optional<Backup> newestUsable() {
        for (Backup b : list()) {
            try {
                if (Files.size(b.file()) > 0) {
                    FileCheck.checkExisting(b.file());
                    return Optional.of(b);
                }
            } catch (IOException | StorageException e) {
                LOG.warn("Backup {} cannot be used: {}", b.file(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Checks that a backup can be put in place: a sound database (SQLite's integrity check) of
     * this version or older, and a folder that can be written with room for it. Reads only.
     *
     * @throws StorageException saying why it cannot ({@link Kind#DAMAGED}, {@link Kind#NOT_A_DATABASE},
     *                          {@link Kind#NEWER_VERSION}, {@link Kind#READ_ONLY}, {@link Kind#DISK_FULL})
     */
    public void check(Backup backup) {
        restorer.check(backup);
    }

    /**
     * Replaces the database file by its newest usable backup and opens it. The file it
     * replaces, with its write-ahead log if any, is moved aside as
     * {@code <name>.replaced-<time>}, never deleted.
     *
     * @throws DatabaseInUseException when another process has the file open
     * @throws StorageException       when there is no usable backup or the copy fails; the
     *                                original file is then where it was, or moved aside intact
     */
    public Restored restore() {
        return restorer.restore(() -> newestUsable().orElseThrow(() -> new StorageException(Kind.FAILED,
                "There is no usable backup of " + databaseFile + " in " + folder, databaseFile, null)));
    }

    /**
     * As {@link #restore()}, with the backup the user chose (Settings → Restore), checked first
     * ({@link #check}): a backup that fails the check changes nothing. The file must be closed.
     *
     * @throws DatabaseInUseException when the file is open, in this process or another
     * @throws StorageException       as {@link #restore()}, or when the backup fails its check
     */
    public Restored restore(Backup chosen) {
        return restorer.restore(() -> {
            check(chosen);
            return chosen;
        });
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Leftovers of backups interrupted by a crash. */
    private void removeUnfinished() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(SUFFIX + TEMPORARY)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private void prune() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warn("The old backup {} could not be removed: {}", old.file(), e.toString());
            }
        }
    }

    static void createPrivateFile(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
