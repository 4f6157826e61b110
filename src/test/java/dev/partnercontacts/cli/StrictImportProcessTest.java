package dev.partnercontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.sync.BundleCodec;
import dev.partnercontacts.sync.SyncFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, section 3, through the headless command line in a child JVM: a bundle is one JSON
 * document read strictly, stored as the form would store it, never reverting newer data here
 * without saying so, and reported in the words of the Activity tab.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StrictImportProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String key = SyncFixtures.newKey();

    private <T> T with(Path db, Function<SqliteAccountStore, T> work) {
        try (Database d = Database.open(db)) {
            return work.apply(new SqliteAccountStore(d, new Users(new Validation("")), Clock.systemUTC()));
        }
    }

    /** A data file holding the fixture account, as imported from a colleague's bundle. */
    private Path dataFile() {
        Path db = dir.resolve("data.db");
        with(db, s -> s.store(SyncFixtures.account(key), "Tess", "Tess", true));
        return db;
    }

    private static String bundleOf(AccountData... accounts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleCodec(Clock.systemUTC()).write(List.of(accounts), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The fixture account's bundle, changed on its tree. */
    private String bundle(Consumer<ObjectNode> account) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundleOf(SyncFixtures.account(key)));
        account.accept((ObjectNode) root.get("accounts").get(0));
        return JSON.writeValueAsString(root);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Headless.Run importing(Path db, Path bundle, String... more) throws Exception {
        String[] args = new String[2 + more.length];
        args[0] = "--db=" + db;
        args[1] = "--import=" + bundle;
        System.arraycopy(more, 0, args, 2, more.length);
        return Headless.launch(dir, null, args);
    }

    private boolean holds(Path db, String accountKey) {
        Boolean found = with(db, s -> s.findByKey(accountKey).isPresent());
        return found;
    }

    private AccountData stored(Path db) {
        return with(db, s -> s.data(s.findByKey(key).orElseThrow().id()));
    }

    @Test
    void textAfterTheBundleIsRefusedAndNothingChanges() throws Exception {
        Path db = dataFile();
        AccountData before = stored(db);
        Path bundle = file("b.json", bundle(a -> a.put("partnerId", "777")) + " this is not json");

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains("one JSON document");
        assertThat(stored(db)).isEqualTo(before);
    }

    @Test
    void twoBundlesJoinedWithCatAreRefusedWhole() throws Exception {
        Path db = dir.resolve("empty.db");
        AccountData first = SyncFixtures.account(SyncFixtures.newKey());
        AccountData second = SyncFixtures.account(SyncFixtures.newKey());
        Path bundle = file("joined.json", bundleOf(first) + bundleOf(second));

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isEqualTo(2);
        assertThat(holds(db, first.key()) || holds(db, second.key())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551617", "9223372036854775808", "1e400", "1.0"})
    void aVersionThatIsNotASmallWholeNumberIsRefused(String version) throws Exception {
        Path db = dataFile();
        Path bundle = file("v.json", bundle(a -> { }).replaceFirst("\"version\":1", "\"version\":" + version));
        assertThat(Files.readString(bundle)).contains(version);

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains("version");
    }

    @Test
    void timesAreStoredAsTheFormStoresThem() throws Exception {
        Path db = dataFile();
        Path bundle = file("t.json", bundle(a -> {
            ObjectNode w = (ObjectNode) a.get("supportHours").get("windows").get(0);
            w.put("start", "9am");
            w.put("end", "5 p.m.");
            a.put("submittedAt", "2099-01-01T00:00:00Z");
        }));

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isZero();
        SupportWindow w = stored(db).details().supportHours().windows().get(0);
        assertThat(List.of(w.start(), w.end())).containsExactly("09:00", "17:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "", " ", "\u00A0"})
    void anAccountWithoutANameIsRefusedLikeTheForm(String name) throws Exception {
        Path db = dir.resolve("empty.db");
        Path bundle = file("n.json", bundle(a -> {
            if (name.equals("missing")) {
                a.remove("name");
            } else {
                a.put("name", name);
            }
        }));

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains("name: Enter a name.");
        assertThat(holds(db, key)).isFalse();
    }

    @Test
    void aLoneSurrogateIsRefusedNotTurnedIntoAQuestionMark() throws Exception {
        Path db = dir.resolve("empty.db");
        Path bundle = file("s.json", bundle(a -> a.put("submittedBy", "X")).replace("\"submittedBy\":\"X\"",
                "\"submittedBy\":\"Ada \\ud800 Lovelace\""));
        assertThat(Files.readString(bundle)).contains("\\ud800");

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isEqualTo(2);
        assertThat(run.stderr()).contains("submittedBy");
        assertThat(holds(db, key)).isFalse();
    }

    @Test
    void aDuplicateKeyIsRefused() throws Exception {
        Path db = dataFile();
        Path bundle = file("d.json", bundle(a -> a.put("partnerId", "111")).replace("\"partnerId\":\"111\"",
                "\"partnerId\":\"111\", \"partnerId\":\"222\""));

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isEqualTo(2);
        assertThat(stored(db).details().settings().partnerId()).isEqualTo("12345");
    }

    @Test
    void aUsersNewNameIsAChangeAndIsStored() throws Exception {
        Path db = dataFile();
        Path bundle = file("u.json", bundle(a -> {
            ((ObjectNode) a.get("users").get(1)).put("name", "Edward Editor");
            a.put("submittedAt", "2099-01-01T00:00:00Z");
        }));

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("Changed account Acme Tours (" + key + ")")
                .contains("Users: ed@example.com: renamed from Ed Editor to Edward Editor")
                .doesNotContain("Unchanged");
        assertThat(stored(db).users()).extracting(PortalUser::name).containsExactly("Ada Admin", "Edward Editor");
    }

    @Test
    void aBundleOlderThanAChangeHereIsRefusedNamingTheFieldUnlessToldToGoAhead() throws Exception {
        Path db = dataFile();
        Path old = file("old.json", bundleOf(SyncFixtures.account(key)));
        with(db, s -> {
            long id = s.findByKey(key).orElseThrow().id();
            ContactDetails d = s.loadStored(id);
            AccountSettings was = d.settings();
            return s.submit(id, d.withSettings(new AccountSettings(was.name(), "00452", was.integration(), was.environment())),
                    "Ada");
        });

        Headless.Run refused = importing(db, old);

        assertThat(refused.status()).as(refused.stderr()).isEqualTo(2);
        assertThat(refused.stderr()).contains("Partner ID").contains("00452").contains("12345")
                .contains("--overwrite-newer");
        assertThat(stored(db).details().settings().partnerId()).isEqualTo("00452");

        Headless.Run forced = importing(db, old, "--overwrite-newer");

        assertThat(forced.status()).as(forced.stderr()).isZero();
        assertThat(forced.stdout()).contains("Account: Partner ID: 00452 → 12345");
        assertThat(stored(db).details().settings().partnerId()).isEqualTo("12345");
    }

    @Test
    void changesAreInTheWordsOfTheActivityTabAndOnlyChangedAccountsCount() throws Exception {
        Path db = dataFile();
        AccountData other = SyncFixtures.account(SyncFixtures.newKey());
        with(db, s -> s.store(other, "Tess", "Tess", true));
        AccountData base = SyncFixtures.account(key);
        AccountSettings was = base.details().settings();
        ContactDetails details = base.details()
                .withSettings(new AccountSettings(was.name(), "00451", was.integration(), was.environment()))
                .withContacts(Role.TECH_NON_EMERGENCY, List.of(base.details().contacts(Role.TECH_NON_EMERGENCY).get(0),
                        new Contact("it-team@acme.example", "", "")));
        AccountData changed = new AccountData(key, details, base.users(), Instant.parse("2099-01-01T00:00:00Z"),
                base.submittedBy());
        String text = bundleOf(changed, other);
        Path bundle = file("c.json", text);

        Headless.Run run = importing(db, bundle);

        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout())
                .contains("Account: Partner ID: 12345 → 00451")
                .contains("Technical non-emergency contacts: added it-team@acme.example as backup 1")
                .contains("1 account added or changed, 1 unchanged.")
                .doesNotContain("SETTING_CHANGED").doesNotContain("CONTACT_ADDED").doesNotContain("->");
        assertThat(stored(db).details().contacts(Role.TECH_NON_EMERGENCY)).extracting(Contact::email)
                .containsExactly("techNonEmergency0@example.com", "it-team@acme.example");
    }
}
