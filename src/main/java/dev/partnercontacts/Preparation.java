package dev.partnercontacts;

import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.PhoneRegions;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.DataLocation;
import dev.partnercontacts.ui.common.SupportContact;
import dev.partnercontacts.ui.common.Theme;
import dev.partnercontacts.task.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the application works out before its first window — the command line, the data file
 * opened and read, the settings, the support contact — all blocking I/O, done on the launcher
 * thread or, when {@link Launcher} starts the app, ahead of it on a thread of its own.
 */
final class Preparation {

    private static final Logger LOG = LoggerFactory.getLogger(Preparation.class);

    private Preparation() {
    }

    /** What {@link App#init} works out before the first window: the command line, the data file, the settings. */
    record Prepared(AppArguments arguments, Locale systemLocale, Validation validation, SupportContact support,
                            StartupLoader loader, StartupLoader.Loaded loaded, StartupLoader.Failed failed, Theme theme) {
    }

    /** Started by {@link Launcher} while the toolkit starts; taken by {@link App#init} when its arguments match. */
    private static volatile CompletableFuture<Prepared> preparing;
    private static volatile List<String> preparingFor;

    /**
     * Starts the work of {@link App#init} on a thread of its own, so that on two cores it overlaps the
     * toolkit's own start instead of following it. Tests start the app without it.
     */
    static void prepareAhead(List<String> args) {
        preparingFor = List.copyOf(args);
        preparing = Threads.supplyOnOwnThread("startup-read", () -> prepare(args));
    }

    /** Blocking I/O: the data file opened and read, the settings and the support contact. */
    private static Prepared prepare(List<String> raw) {
        AppArguments arguments = AppArguments.parse(raw);
        Locale systemLocale = Locale.getDefault();
        Path file = DataLocation.resolve(arguments.db(), System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
        Validation validation = Validation.forLocale(systemLocale);
        SupportContact support = readSupportContact();
        StartupLoader loader = new StartupLoader(file, validation,
                SystemUser.fullName(System.getProperty("user.name"), Path.of("/etc/passwd")));
        try {
            StartupLoader.Loaded loaded = loader.open();
            // Read at once, also while the file's integrity check is still running.
            Theme theme = loaded.database().beforeCheck(
                    () -> Theme.fromSetting(loaded.store().setting(SettingKeys.THEME).orElse(null)));
            Validation forPhones = loaded.database().beforeCheck(() -> phones(arguments, systemLocale, loaded));
            return new Prepared(arguments, systemLocale, forPhones, support, loader, loaded, null, theme);
        } catch (RuntimeException e) {
            return new Prepared(arguments, systemLocale, validation, support, loader, null, loader.failed(e), Theme.SYSTEM);
        }
    }

    /**
     * The interface language: the command line's, else the one saved in the file, else the
     * system's.
     */
    static Locale language(AppArguments arguments, Locale systemLocale, StartupLoader.Loaded loaded) {
        return arguments.locale()
                .or(() -> Optional.ofNullable(loaded).flatMap(StartupLoader.Loaded::savedLocale).map(Locale::forLanguageTag))
                .orElse(systemLocale);
    }

    /**
     * The phone rules with the file's phone country, else the one {@link PhoneRegions#defaultFor}
     * derives from the system locale and the interface language. Blocking I/O.
     */
    static Validation phones(AppArguments arguments, Locale systemLocale, StartupLoader.Loaded loaded) {
        return new Validation(PhoneRegions.defaultFor(loaded.store().setting(SettingKeys.PHONE_REGION),
                systemLocale, language(arguments, systemLocale, loaded)));
    }

    /** What {@link #prepareAhead} made for these arguments, else made now. */
    static Prepared take(List<String> raw) {
        CompletableFuture<Prepared> ahead = preparing;
        preparing = null;
        try {
            return ahead != null && raw.equals(preparingFor) ? ahead.join() : prepare(raw);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** The support page and address: defaults from the application, overridable per user. Blocking I/O. */
    private static SupportContact readSupportContact() {
        Properties p = new Properties();
        try (InputStream in = Preparation.class.getResourceAsStream("support.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.warn("Default support settings could not be read", e);
        }
        Path userFile = DataLocation.appDataFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")).resolve("support.properties");
        if (Files.isRegularFile(userFile)) {
            try (Reader in = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                LOG.warn("Support settings in {} could not be read", userFile, e);
            }
        }
        return SupportContact.from(p);
    }
}
