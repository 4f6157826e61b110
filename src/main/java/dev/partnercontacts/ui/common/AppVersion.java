package dev.partnercontacts.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, as Maven's {@code project.version} (for example "1.0.0"), from the
 * filtered resource {@code dev/partnercontacts/version.properties}. Read once, when the class is
 * first used: the application touches it on the launcher thread ({@code App.init}), so that Help
 * → About never reads from the class path on the FX thread.
 */
public final class AppVersion {

    private static final String VERSION = read();

    private AppVersion() {
    }

    /** The build's version; "dev" when the resource was not filtered (run from an IDE's sources). */
    public static String text() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/dev/partnercontacts/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
