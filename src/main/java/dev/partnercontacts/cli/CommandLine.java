package dev.partnercontacts.cli;

import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.StoreFailure;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.files.ExportFailure;
import dev.partnercontacts.storage.Backups;
import dev.partnercontacts.storage.DataLocation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.sync.AccountImport;
import dev.partnercontacts.sync.BundleTransfer;
import dev.partnercontacts.sync.ImportPlan;
import dev.partnercontacts.sync.Refusal;
import dev.partnercontacts.text.ChangeWords;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless command line of the data contract: export, import and sync, with their exit
 * statuses. No window opens and no JavaFX class is loaded. Messages are in English, from the
 * application's message bundle.
 */
public final class CommandLine {

    /** Written. Applied. In sync. */
    public static final int OK = 0;
    /** Any failure: no such account, a file or database problem, the server unreachable or refusing. */
    public static final int FAILED = 1;
    /** The bundle is refused; nothing changed. */
    public static final int REFUSED = 2;
    /** Conflicts wait for a decision in the app. */
    public static final int CONFLICTS = 3;
    /** The only place the password comes from. */
    public static final String PASSWORD_VARIABLE = "PARTNER_CONTACTS_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(CommandLine.class);
    private static final String AUTHOR_FALLBACK = "Command line";

    private final Console console;
    private final Map<String, String> env;
    private final Clock clock;
    private final Messages messages = Messages.plain(Locale.ROOT);
    private final Validation validation = new Validation("");

    CommandLine(Console console, Map<String, String> env, Clock clock) {
        this.console = console;
        this.env = env;
        this.clock = clock;
    }

    /** Whether the arguments ask for a headless command ({@code --export}, {@code --import}, {@code --sync}). */
    public static boolean isHeadless(String[] args) {
        return CliArguments.isHeadless(Arrays.asList(args));
    }

    /** Runs one command and returns its exit status; for {@code Launcher.main} and tests. */
    public static int run(String[] args, Map<String, String> env, Console console) {
        return new CommandLine(console, env, Clock.systemUTC()).run(Arrays.asList(args));
    }

    int run(List<String> args) {
        CliArguments parsed;
        try {
            parsed = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            console.err(text("cli.usage"));
            return FAILED;
        }
        Path file = DataLocation.resolve(parsed.db(), env, System.getProperty("os.name"), System.getProperty("user.home"));
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(validation), clock);
            return switch (parsed.command()) {
                case EXPORT -> export(db, store, parsed);
                case IMPORT -> importBundle(db, store, parsed);
                case SYNC -> sync(db, store, parsed);
            };
        } catch (StoreFailure e) {
            LOG.info("The command failed on {}: {}", file, e.kind()); // the message below says it
            console.err(FailureText.of(messages, e, file));
            return FAILED;
        }
    }

    private int export(Database db, SqliteAccountStore store, CliArguments args) {
        BundleTransfer transfer = new BundleTransfer(db, store, validation, clock);
        Path target = Path.of(args.file()).toAbsolutePath();
        try {
            int written = transfer.export(args.account().map(List::of).orElse(List.of()), target);
            console.out(text("cli.export.done", written, target));
            return OK;
        } catch (IllegalArgumentException e) {
            console.err(text("cli.export.noAccount", args.account().orElse("")));
        } catch (ExportFailure e) {
            // Names the file the user gave, never the temporary one written beside it.
            console.err(text(e.messageKey(), Path.of(args.file()), e.detail()));
        } catch (IOException e) {
            console.err(text("cli.error.file", target, detail(e)));
        }
        return FAILED;
    }

    private int importBundle(Database db, SqliteAccountStore store, CliArguments args) {
        BundleTransfer transfer = new BundleTransfer(db, store, validation, clock);
        Path source = Path.of(args.file()).toAbsolutePath();
        ImportPlan plan;
        try {
            plan = transfer.plan(source);
        } catch (IOException e) {
            console.err(text("cli.error.file", source, detail(e)));
            return FAILED;
        }
        if (plan instanceof ImportPlan.Refused refused) {
            refused.reasons().forEach(r -> console.err(refusal(r)));
            return REFUSED;
        }
        ImportPlan.Ready ready = (ImportPlan.Ready) plan;
        ChangeWords words = new ChangeWords(messages, validation, false);
        if (ready.setsBackNewerData() && !args.overwriteNewer()) {
            // An older bundle never silently reverts what was changed here since it was made.
            for (AccountImport a : ready.accounts()) {
                a.newerHere().forEach(c -> console.err(text("cli.import.newer", a.name(), a.key(), words.sentence(c))));
            }
            console.err(text("cli.import.newerHint"));
            return REFUSED;
        }
        if (ready.changedAccounts() > 0) {
            // An import can change many accounts at once: the file as it was is kept first.
            Backups.of(db.file()).make(db);
            transfer.apply(ready, author(store));
        }
        for (AccountImport a : ready.accounts()) {
            String key = a.added() ? "cli.import.added" : a.changes().isEmpty() ? "cli.import.unchanged" : "cli.import.changed";
            console.out(text(key, a.name(), a.key()));
            if (!a.added()) {
                a.changes().forEach(c -> console.out(text("cli.import.change", words.sentence(c))));
            }
        }
        long changed = ready.changedAccounts();
        console.out(text("cli.import.done", changed, ready.accounts().size() - changed));
        return OK;
    }

    private int sync(Database db, SqliteAccountStore store, CliArguments args) {
        return new SyncCommand(console, env, clock, this::text).run(db, store, validation, args);
    }

    private String author(SqliteAccountStore store) {
        String label = new Author(store.setting(SettingKeys.AUTHOR_NAME).orElse(""),
                store.setting(SettingKeys.AUTHOR_EMAIL).orElse("")).label();
        return label.isEmpty() ? AUTHOR_FALLBACK : label;
    }

    private String refusal(Refusal r) {
        String reason = text(r.messageKey(), r.args().toArray());
        return r.accountIndex() < 0
                ? text("cli.import.refusedBundle", r.field(), reason)
                : text("cli.import.refused", r.accountIndex() + 1, r.accountKey(), r.field(), reason);
    }


    private static String detail(Throwable t) {
        return FailureText.detail(t);
    }

    /** A message of the application's bundle, numbers and paths written plainly (see {@link Messages#plain}). */
    String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
