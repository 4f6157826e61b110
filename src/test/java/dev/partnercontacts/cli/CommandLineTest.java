package dev.partnercontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.sync.PouchDbServer;
import dev.partnercontacts.sync.SyncFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The headless command line run in-process through {@link CommandLine#run}, with captured streams. */
class CommandLineTest {

    @RegisterExtension
    static final PouchDbServer POUCH = new PouchDbServer();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(args, env, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Works on the file as the app would, then closes it (the command line takes the lock). */
    private void with(Path file, Consumer<SqliteAccountStore> work) {
        try (Database db = Database.open(file)) {
            work.accept(new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC()));
        }
    }

    private Path fileWith(String name, AccountData... accounts) {
        Path file = dir.resolve(name);
        with(file, store -> {
            for (AccountData a : accounts) {
                store.store(a, "Tess", "Tess", true);
            }
        });
        return file;
    }

    @Test
    void exportWritesEveryAccountOrOneAndSaysSo() throws Exception {
        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
        Path db = fileWith("a.db", account, SyncFixtures.account(SyncFixtures.newKey()));
        Path all = dir.resolve("all.json");
        Path one = dir.resolve("one.json");

        assertThat(run("--db=" + db, "--export=" + all)).isZero();
        assertThat(out()).contains("Wrote 2 account(s)");
        assertThat(run("--db=" + db, "--export=" + one, "--account=" + account.key())).isZero();
        assertThat(Files.readString(one)).contains(account.key()).contains("partner-contacts-bundle");
        assertThat(Files.readString(all)).contains(account.key());
    }

    @Test
    void exportOfAnUnknownAccountFailsWithStatusOne() {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));
        String key = SyncFixtures.newKey();

        assertThat(run("--db=" + db, "--export=" + dir.resolve("x.json"), "--account=" + key)).isEqualTo(1);

        assertThat(err()).contains("no account with the key " + key);
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void exportIntoAFolderThatDoesNotExistFailsWithStatusOne() {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));

        assertThat(run("--db=" + db, "--export=" + dir.resolve("missing").resolve("x.json"))).isEqualTo(1);
        assertThat(err()).contains("The folder of " + dir.resolve("missing").resolve("x.json") + " does not exist");
    }

    @Test
    void importAppliesTheBundleAndPrintsWhatChanged() throws Exception {
        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
        Path source = fileWith("a.db", account);
        Path bundle = dir.resolve("b.json");
        assertThat(run("--db=" + source, "--export=" + bundle)).isZero();
        Path target = fileWith("b.db");

        assertThat(run("--db=" + target, "--import=" + bundle)).isZero();
        assertThat(out()).contains("Added account Acme Tours (" + account.key() + ")").contains("1 account added or changed, none unchanged.");

        rename(source, account.key(), "Acme Renamed");
        assertThat(run("--db=" + source, "--export=" + bundle)).isZero();
        assertThat(run("--db=" + target, "--import=" + bundle)).isZero();
        assertThat(out()).contains("Changed account Acme Renamed").contains("  Account: Account name: Acme Tours → Acme Renamed");
        with(target, s -> assertThat(s.loadStored(s.findByKey(account.key()).orElseThrow().id()).settings().name())
                .isEqualTo("Acme Renamed"));
    }

    @Test
    void aUserChangedHereAfterTheBundleWasExportedIsNamedAndNotSetBack() throws Exception {
        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
        Path db = fileWith("a.db", account);
        Path bundle = dir.resolve("before.json");
        assertThat(run("--db=" + db, "--export=" + bundle)).isZero();
        with(db, s -> {
            long id = s.findByKey(account.key()).orElseThrow().id();
            long ed = s.users(id).stream().filter(u -> u.email().equals("ed@example.com")).findFirst().orElseThrow().id();
            s.changeUserRole(id, ed, dev.partnercontacts.domain.UserRole.ADMINISTRATOR, "Tess");
        });

        assertThat(run("--db=" + db, "--import=" + bundle)).isEqualTo(2);

        assertThat(err()).contains("Users: Ed Editor: Administrator → Editor").contains("--overwrite-newer");
        with(db, s -> assertThat(s.users(s.findByKey(account.key()).orElseThrow().id()))
                .extracting(dev.partnercontacts.domain.PortalUser::role)
                .containsOnly(dev.partnercontacts.domain.UserRole.ADMINISTRATOR));
    }

    @Test
    void aUserRenamedInAnImportedBundleIsAChangeAndIsToBeSent() throws Exception {
        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
        Path source = fileWith("a.db", account);
        Path target = fileWith("b.db", account);
        with(source, s -> {
            long id = s.findByKey(account.key()).orElseThrow().id();
            var renamed = s.data(id).users().stream().map(u -> u.email().equals("ed@example.com")
                    ? new dev.partnercontacts.domain.PortalUser(u.id(), "Edward Editor", u.email(), u.role()) : u).toList();
            s.store(new AccountData(account.key(), s.data(id).details(), renamed, account.submittedAt(), account.submittedBy()),
                    "Tess", "Tess", true);
        });
        Path bundle = dir.resolve("renamed.json");
        assertThat(run("--db=" + source, "--export=" + bundle)).isZero();

        assertThat(run("--db=" + target, "--import=" + bundle)).isZero();

        assertThat(out()).contains("Changed account")
                .contains("Users: ed@example.com: renamed from Ed Editor to Edward Editor");
        with(target, s -> assertThat(s.data(s.findByKey(account.key()).orElseThrow().id()).users())
                .extracting(dev.partnercontacts.domain.PortalUser::name).contains("Edward Editor"));
    }

    static Stream<String> hostileBundles() {
        String good = "{\"format\":\"partner-contacts-bundle\",\"version\":1,\"accounts\":[%s]}";
        String key = "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11";
        return Stream.of(
                "",
                "not json at all",
                "[1, 2, 3]",
                "{\"format\":\"something-else\",\"version\":1,\"accounts\":[]}",
                "{\"format\":\"partner-contacts-bundle\",\"version\":99,\"accounts\":[]}",
                good.formatted("{\"key\":\"not-a-uuid\",\"name\":\"X\"}"),
                good.formatted("{\"key\":\"" + key + "\",\"name\":\"X\",\"contacts\":{\"techEmergency\":[{\"email\":\"not an address\"}]}}"),
                good.formatted("{\"key\":\"" + key + "\",\"alertContacts\":[\"nobody@example.com\"],\"users\":[]}"),
                good.formatted("{\"key\":\"" + key + "\"},{\"key\":\"" + key.toUpperCase() + "\"}"),
                good.formatted("{\"key\":\"" + key + "\",\"name\":\"'; DROP TABLE account; --\",\"users\":"
                        + "[{\"name\":\"A\",\"email\":\"a@example.com\",\"role\":\"editor\"}]}"),
                "{\"format\":\"partner-contacts-bundle\",\"version\":1,\"accounts\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
    }

    @ParameterizedTest
    @MethodSource("hostileBundles")
    void aHostileBundleIsRefusedWithStatusTwoAndTheFileLeftByteForByte(String bundle) throws Exception {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, bundle);
        byte[] before = Files.readAllBytes(db);

        int status = run("--db=" + db, "--import=" + file);

        assertThat(status).isEqualTo(2);
        assertThat(err().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line).isNotBlank()
                .as("a message, not a missing key").doesNotContainPattern("\\b(bundle|error)\\.[a-zA-Z]"));
        assertThat(out()).isEmpty();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void importOfAMissingFileFailsWithStatusOne() {
        Path db = fileWith("a.db");

        assertThat(run("--db=" + db, "--import=" + dir.resolve("absent.json"))).isEqualTo(1);
        assertThat(err()).contains("absent.json");
    }

    @Test
    void aDamagedDataFileIsNamedAndStatusOne() throws Exception {
        Path db = dir.resolve("damaged.db");
        Files.writeString(db, "this is not a database");

        assertThat(run("--db=" + db, "--export=" + dir.resolve("x.json"))).isEqualTo(1);
        assertThat(err()).contains("is not a Partner Contacts data file");
        assertThat(Files.readString(db)).isEqualTo("this is not a database");
    }

    @Test
    void syncWithoutAServerFailsWithStatusOne() {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));

        assertThat(run("--db=" + db, "--sync")).isEqualTo(1);
        assertThat(err()).contains("No sync server is set");
    }

    @Test
    void syncWithAnUnreachableServerFailsWithStatusOne() throws Exception {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        env.put(CommandLine.PASSWORD_VARIABLE, "x");

        assertThat(run("--db=" + db, "--sync", "--server=http://127.0.0.1:" + port, "--user=ada")).isEqualTo(1);
        assertThat(err()).contains("cannot be reached");
        assertThat(out()).doesNotContain("Sync done");
    }

    @Test
    void syncWithAWrongPasswordNamesThePasswordVariable() throws Exception {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));
        env.put(CommandLine.PASSWORD_VARIABLE, "wrong");

        assertThat(run("--db=" + db, "--sync", "--server=" + POUCH.uri(), "--user=" + PouchDbServer.ADMIN,
                "--database=" + POUCH.newDatabase())).isEqualTo(1);
        assertThat(err()).contains("refused the user name or password").contains(CommandLine.PASSWORD_VARIABLE);
        assertThat(out()).doesNotContain("Sync done");
    }

    @Test
    void syncWithoutThePasswordVariableNamesItAndSendsNothing() throws Exception {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));

        assertThat(run("--db=" + db, "--sync", "--server=" + POUCH.uri(), "--user=" + PouchDbServer.ADMIN)).isEqualTo(1);

        assertThat(err()).contains(CommandLine.PASSWORD_VARIABLE);
        assertThat(out()).doesNotContain("Sync done");
    }

    @Test
    void anAddressCarryingAPasswordIsRefusedNeverRepeatedAndNeverSaved() throws Exception {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));
        env.put(CommandLine.PASSWORD_VARIABLE, PouchDbServer.PASSWORD);

        assertThat(run("--db=" + db, "--sync", "--server=http://admin:s3cret@127.0.0.1:5984", "--user=admin")).isEqualTo(1);

        assertThat(err()).contains("must not contain a user name or password").doesNotContain("s3cret");
        assertThat(out()).doesNotContain("s3cret");
        with(db, s -> assertThat(s.setting(SettingKeys.SYNC_SERVER)).isEmpty());
    }

    @Test
    void plainHttpToThisComputerIsNotWarnedAbout() throws Exception {
        Path db = fileWith("a.db", SyncFixtures.account(SyncFixtures.newKey()));
        env.put(CommandLine.PASSWORD_VARIABLE, "x");

        assertThat(run("--db=" + db, "--sync", "--server=http://localhost:1", "--user=ada")).isEqualTo(1);

        assertThat(err()).doesNotContain("Warning");
    }

    @Test
    void syncTakesTheServerFromTheSettingsAndThePasswordFromTheEnvironment() throws Exception {
        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
        Path db = fileWith("a.db", account);
        String team = POUCH.newDatabase();
        with(db, s -> s.putSettings(Map.of(SettingKeys.SYNC_SERVER, POUCH.uri().toString(), SettingKeys.SYNC_USER,
                PouchDbServer.ADMIN, SettingKeys.SYNC_DATABASE, team)));
        env.put(CommandLine.PASSWORD_VARIABLE, PouchDbServer.PASSWORD);

        assertThat(run("--db=" + db, "--sync")).isZero();
        assertThat(out()).contains("Sync done").contains("0 with changes still to send");
        assertThat(err()).as("no log line among the messages").doesNotContain("WARN").doesNotContain("INFO");
        Path other = fileWith("b.db");
        assertThat(run("--db=" + other, "--sync", "--server=" + POUCH.uri(), "--user=" + PouchDbServer.ADMIN,
                "--database=" + team)).isZero();
        with(other, s -> {
            assertThat(s.findByKey(account.key())).as("found on the server").isPresent();
            assertThat(s.setting(SettingKeys.SYNC_SERVER)).as("the app finds the server the command line used")
                    .contains(POUCH.uri().toString());
            assertThat(s.setting(SettingKeys.SYNC_DATABASE)).contains(team);
            assertThat(s.setting(SettingKeys.SYNC_LAST_SYNCED)).isPresent();
        });
    }

    @Test
    void syncWithAConflictFailsWithStatusThreeAndListsIt() throws Exception {
        AccountData account = SyncFixtures.account(SyncFixtures.newKey());
        Path a = fileWith("a.db", account);
        Path b = fileWith("b.db", account);
        env.put(CommandLine.PASSWORD_VARIABLE, PouchDbServer.PASSWORD);
        String[] server = {"--server=" + POUCH.uri(), "--user=" + PouchDbServer.ADMIN, "--database=" + POUCH.newDatabase()};
        assertThat(run(concat("--db=" + a, "--sync", server))).isZero();
        assertThat(run(concat("--db=" + b, "--sync", server))).isZero();
        rename(a, account.key(), "Name from A");
        rename(b, account.key(), "Name from B");
        assertThat(run(concat("--db=" + a, "--sync", server))).isZero();

        assertThat(run(concat("--db=" + b, "--sync", server))).isEqualTo(3);
        assertThat(err()).contains("Conflict waits for a decision in the app: account Name from B (" + account.key() + ")");
    }

    private void rename(Path file, String key, String name) {
        with(file, s -> {
            long id = s.findByKey(key).orElseThrow().id();
            AccountSettings was = s.loadStored(id).settings();
            s.submit(id, s.loadStored(id).withSettings(
                    new AccountSettings(name, was.partnerId(), was.integration(), was.environment())), "Tess");
        });
    }

    private static String[] concat(String db, String command, String[] more) {
        return Stream.concat(Stream.of(db, command), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void twoCommandsOrNoneAreAUsageError() {
        assertThat(run("--export=a.json", "--sync")).isEqualTo(1);
        assertThat(err()).contains("Usage");
        assertThat(CommandLine.isHeadless(new String[] {"--db=x.db", "--locale=it"})).isFalse();
        assertThat(CommandLine.isHeadless(new String[] {"--sync"})).isTrue();
        assertThat(List.of(run("--import="))).containsExactly(1);
    }
}
