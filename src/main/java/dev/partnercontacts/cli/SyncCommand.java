package dev.partnercontacts.cli;

import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.sync.CouchClient;
import dev.partnercontacts.sync.CouchDocuments;
import dev.partnercontacts.sync.FailureKind;
import dev.partnercontacts.sync.ServerAddress;
import dev.partnercontacts.sync.SqliteSyncStore;
import dev.partnercontacts.sync.SyncEngine;
import dev.partnercontacts.sync.SyncSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --sync} of the data contract: every account of the data file with the team database,
 * once, then the exit status (0 in sync, 3 conflicts wait, 1 anything else). The server, user and
 * database come from the arguments or the settings the Sync tab saved, and a sync that reached
 * the server saves what it was given there, so that the app and the command line share them.
 * The password comes only from {@value CommandLine#PASSWORD_VARIABLE}. An address that carries a
 * user name or password is refused without being repeated.
 */
final class SyncCommand {

    /** Formats a message of the bundle. */
    interface Text {
        String get(String key, Object... args);
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final Console console;
    private final Map<String, String> env;
    private final Clock clock;
    private final Text text;

    SyncCommand(Console console, Map<String, String> env, Clock clock, Text text) {
        this.console = console;
        this.env = env;
        this.clock = clock;
        this.text = text;
    }

    int run(Database db, SqliteAccountStore store, Validation validation, CliArguments args) {
        Optional<String> server = args.server().or(() -> store.setting(SettingKeys.SYNC_SERVER)).filter(s -> !s.isBlank());
        if (server.isEmpty()) {
            console.err(text.get("cli.sync.noServer"));
            return CommandLine.FAILED;
        }
        ServerAddress.Check check = ServerAddress.check(server.get());
        if (check instanceof ServerAddress.CarriesCredentials) {
            console.err(text.get("cli.sync.credentialsInAddress", CommandLine.PASSWORD_VARIABLE));
            return CommandLine.FAILED;
        }
        if (!(check instanceof ServerAddress.Valid address)) {
            console.err(text.get("cli.sync.badServer", server.get()));
            return CommandLine.FAILED;
        }
        String database = args.database().or(() -> store.setting(SettingKeys.SYNC_DATABASE)).filter(s -> !s.isBlank())
                .orElse(CouchDocuments.DEFAULT_DATABASE);
        if (!CouchDocuments.isDatabaseName(database)) {
            console.err(text.get("cli.sync.badDatabase", database));
            return CommandLine.FAILED;
        }
        Optional<String> user = args.user().or(() -> store.setting(SettingKeys.SYNC_USER)).filter(s -> !s.isBlank());
        if (user.isEmpty()) {
            console.err(text.get("cli.sync.noUser"));
            return CommandLine.FAILED;
        }
        String password = env.getOrDefault(CommandLine.PASSWORD_VARIABLE, "");
        if (password.isEmpty()) {
            console.err(text.get("cli.sync.noPassword", CommandLine.PASSWORD_VARIABLE, user.get()));
            return CommandLine.FAILED;
        }
        if (address.unencrypted()) {
            console.err(text.get("cli.sync.unencrypted", address.uri().getHost()));
        }
        CouchClient client = new CouchClient(address.uri(), user.get(), password.toCharArray(), CONNECT_TIMEOUT, REQUEST_TIMEOUT);
        SqliteSyncStore syncStore = new SqliteSyncStore(db, store, validation, clock);
        SyncSummary summary = new SyncEngine(client, database, syncStore, clock).sync();
        if (summary.failure() != null) {
            console.err(failure(summary.failure(), summary.subject()));
            return CommandLine.FAILED;
        }
        // The server accepted this login: the app finds the same server, user and database.
        Map<String, String> settings = new HashMap<>();
        settings.put(SettingKeys.SYNC_SERVER, address.uri().toString());
        settings.put(SettingKeys.SYNC_USER, user.get());
        settings.put(SettingKeys.SYNC_DATABASE, database);
        store.putSettings(settings);
        summary.failures().forEach((key, kind) -> console.err(text.get("cli.sync.accountFailed", name(store, key),
                key, failure(kind, ""))));
        for (String key : summary.conflicts()) {
            console.err(text.get("cli.sync.conflict", name(store, key), key));
        }
        String done = summary.exitStatus() == CommandLine.OK ? "cli.sync.done" : "cli.sync.partly";
        console.out(text.get(done, summary.pushedAccounts(), summary.pulledAccounts(), syncStore.pendingChanges()));
        return summary.exitStatus();
    }

    private String failure(FailureKind kind, String subject) {
        if (kind == FailureKind.UNAUTHORIZED) {
            return text.get("cli.sync.unauthorized", CommandLine.PASSWORD_VARIABLE);
        }
        return kind.namesSubject() ? text.get(kind.messageKey(), subject) : text.get(kind.messageKey());
    }

    private static String name(SqliteAccountStore store, String key) {
        return store.findByKey(key).map(a -> a.name()).orElse("");
    }
}
