package dev.partnercontacts.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an export (a bundle, the Activity CSV) so that it can never destroy anything:
 *
 * <ul>
 *   <li>the file is written whole into a temporary {@code .part} file beside it, forced to disk,
 *       then moved over the target in one step (an atomic move where the file system has one, a
 *       plain replacing move where it has not); a failure leaves the target as it was and removes
 *       the temporary file;</li>
 *   <li>it refuses the data file and what is kept beside it — its {@code -wal}, {@code -shm},
 *       {@code -journal} and {@code .lock} — and the {@code backups} folder and anything in it,
 *       comparing real paths (through symbolic links, and ignoring case, as case-insensitive file
 *       systems do);</li>
 *   <li>it refuses a read-only file and a folder;</li>
 *   <li>a symbolic link is written <em>through</em>: the file it points to is replaced and the
 *       link stays a link, as the user named the link to mean that file. The checks above apply
 *       to the file it points to;</li>
 *   <li>a replaced file keeps its permissions;</li>
 *   <li>every failure is an {@link ExportFailure} naming the file the user gave, never the
 *       temporary one.</li>
 * </ul>
 */
public final class SafeExport {

    /** What SQLite and the app keep beside a data file named {@code X}: {@code X-wal}, {@code X.lock}… */
    private static final List<String> BESIDE = List.of("", "-wal", "-shm", "-journal", ".lock");
    private static final String BACKUPS = "backups";

    /** Writes the export's bytes; the stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Moves a file as {@link Files#move} does; tests stand in a file system without atomic moves. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to, CopyOption... options) throws IOException;
    }

    private final Path dataFile;
    private final Mover mover;

    /** @param dataFile the data file in use, which no export may write over (nor its companions, nor its backups) */
    public SafeExport(Path dataFile) {
        this(dataFile, Files::move);
    }

    SafeExport(Path dataFile, Mover mover) {
        this.dataFile = dataFile.toAbsolutePath();
        this.mover = mover;
    }

    /**
     * Writes {@code body} to {@code given}, replacing it whole or not at all.
     *
     * @throws ExportFailure naming {@code given} when it is refused or cannot be written
     */
    public void write(Path given, Body body) throws ExportFailure {
        Path target = check(given);
        Path temp;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw failed(given, e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            keepPermissions(target, temp);
            try {
                mover.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                mover.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ExportFailure e) {
            throw e;
        } catch (IOException e) {
            throw failed(given, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // The export itself is decided; a stray .part file is all that is left.
                temp.toFile().deleteOnExit();
            }
        }
    }

    /**
     * The file that would be written for {@code given} (the file a symbolic link points to),
     * after every check; nothing is written.
     *
     * @throws ExportFailure when {@code given} must not or cannot be written
     */
    public Path check(Path given) throws ExportFailure {
        Path target = given.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(target)) {
                target = Files.exists(target) ? target.toRealPath()
                        : target.resolveSibling(Files.readSymbolicLink(target)).normalize();
            }
        } catch (IOException e) {
            throw failed(given, e);
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportFailure(ExportFailure.Reason.NO_FOLDER, given, "", null);
        }
        if (Files.isDirectory(target)) {
            throw new ExportFailure(ExportFailure.Reason.FOLDER, given, "", null);
        }
        Path realFolder = real(folder);
        String name = target.getFileName().toString();
        Path dataFolder = real(dataFile.getParent());
        if (sameFolder(realFolder, dataFolder)) {
            String data = dataFile.getFileName().toString();
            for (String suffix : BESIDE) {
                if (name.equalsIgnoreCase(data + suffix)) {
                    throw new ExportFailure(ExportFailure.Reason.DATA_FILE, given, "", null);
                }
            }
            if (name.equalsIgnoreCase(BACKUPS)) {
                throw new ExportFailure(ExportFailure.Reason.BACKUPS, given, "", null);
            }
        }
        if (Files.exists(target) && sameFile(target, dataFile)) {
            throw new ExportFailure(ExportFailure.Reason.DATA_FILE, given, "", null);
        }
        for (Path f = realFolder; f != null; f = f.getParent()) {
            if (f.getFileName() != null && f.getFileName().toString().equalsIgnoreCase(BACKUPS)
                    && sameFolder(f.getParent(), dataFolder)) {
                throw new ExportFailure(ExportFailure.Reason.BACKUPS, given, "", null);
            }
        }
        if (Files.exists(target) && isReadOnly(target)) {
            throw new ExportFailure(ExportFailure.Reason.READ_ONLY, given, "", null);
        }
        return target;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        if (a == null || b == null) {
            return false;
        }
        if (sameFile(a, b)) {
            return true;
        }
        return a.toString().toLowerCase(Locale.ROOT).equals(b.toString().toLowerCase(Locale.ROOT));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Read-only as the user set it: without write permission for its owner (POSIX; checked on the
     * mode bits, since {@link Files#isWritable} says yes to an administrator) or with the DOS
     * read-only attribute.
     */
    private static boolean isReadOnly(Path file) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            if (dos != null && dos.readAttributes().isReadOnly()) {
                return true;
            }
        } catch (IOException e) {
            return !Files.isWritable(file);
        }
        return !Files.isWritable(file);
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView was = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (was != null && now != null) {
            Set<PosixFilePermission> permissions = was.readAttributes().permissions();
            now.setPermissions(permissions);
        }
    }

    private static ExportFailure failed(Path given, IOException e) {
        // The system's words, without the temporary file's name: the user never chose it.
        String detail = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ExportFailure(ExportFailure.Reason.FAILED, given, detail.replaceAll("\\S*\\.part\\b", "").strip(), e);
    }
}
