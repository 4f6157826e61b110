package dev.partnercontacts.storage;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Makes a file or folder read-only for real. File permissions do not stop root, so as root
 * the immutable attribute is used ({@code chattr +i}); where that is not available either,
 * the test is skipped rather than passed.
 */
final class ReadOnly implements AutoCloseable {
    private final Path path;
    private final boolean immutable;
    private final String permissions;

    private ReadOnly(Path path, boolean immutable, String permissions) {
        this.path = path;
        this.immutable = immutable;
        this.permissions = permissions;
    }

    static ReadOnly make(Path path) throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        boolean root = ((Integer) Files.getAttribute(path, "unix:uid")) == 0
                && "root".equals(System.getProperty("user.name"));
        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        if (!root) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "r-x------" : "r--------"));
            return new ReadOnly(path, false, permissions);
        }
        boolean set = chattr("+i", path);
        assumeThat(set).as("running as root, and chattr +i is not available to make %s read-only", path).isTrue();
        assumeThat(Files.isWritable(path)).as("the immutable attribute does not show as read-only").isFalse();
        return new ReadOnly(path, true, permissions);
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            chattr("-i", path);
        } else {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
