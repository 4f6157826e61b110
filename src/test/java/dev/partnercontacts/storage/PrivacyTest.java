package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.partnercontacts.LogCapture;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy: every file the application writes next to the database is readable by the user
 * alone, and nothing logged while contact details are saved, refused or restored contains an
 * e-mail address, a phone number or a name.
 */
class PrivacyTest {

    /** Every personal value below contains this, or the phone digits. */
    private static final String CANARY = "canary";
    private static final List<String> PHONE_DIGITS = List.of("12345678", "1234 5678", "+390212345678");

    @TempDir
    Path dir;

    private static ContactDetails canaryDetails() {
        return Fixtures.complete()
                .withSettings(new AccountSettings("Canary Tours", "12345", null, null))
                .withContacts(Role.TECH_EMERGENCY, List.of(
                        new Contact("canary.oncall@example.com", "Canary Oncall", "+39 02 1234 5678"),
                        new Contact("canary.pager@example.com", "Canary Pager", "")));
    }

    @Test
    void theDatabaseItsLogsBackupsAndLockAreReadableByTheUserAlone() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("data").resolve("contacts.db");
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("IT")), Clock.systemUTC(),
                    Backups.of(file));
            long id = store.currentAccountId();
            store.saveDraft(id, canaryDetails());
            store.submit(id, new Gate(new Validation("IT")).prepareForSubmit(canaryDetails(), List.of()), "test");
            store.backUpAfterSubmit();

            // While open, after writes: the write-ahead log and its index exist.
            assertThat(file.resolveSibling("contacts.db-wal")).exists();
            assertThat(file.resolveSibling("contacts.db-shm")).exists();
            try (Stream<Path> all = Files.walk(file.getParent())) {
                for (Path p : all.toList()) {
                    String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                            .isEqualTo(expected);
                }
            }
            assertThat(Backups.of(file).list()).isNotEmpty();
        }
    }

    @Test
    void nothingLoggedCarriesAddressesPhoneNumbersOrNames() throws IOException {
        Path file = dir.resolve("data").resolve("contacts.db");
        Validation validation = new Validation("IT");
        List<String> lines;
        try (LogCapture log = new LogCapture()) {
            try (Database db = Database.open(file)) {
                SqliteAccountStore store = new SqliteAccountStore(db, new Users(validation), Clock.systemUTC(), Backups.of(file));
                long id = store.currentAccountId();
                store.addUser(id, "Canary Admin", "canary.admin@example.com", UserRole.ADMINISTRATOR, "canary.actor@example.com");
                catchThrowable(() -> store.addUser(id, "Canary Again", "CANARY.ADMIN@example.com", UserRole.EDITOR, "x"));
                catchThrowable(() -> store.addUser(id, "Canary\u0000Bad", "canary bad@example", UserRole.EDITOR, "x"));
                store.saveDraft(id, canaryDetails());
                store.submit(id, new Gate(validation).prepareForSubmit(canaryDetails(), store.users(id)), "canary.actor@example.com");
                store.backUpAfterSubmit();
                // A submit the database refuses: the same address twice in a role.
                ContactDetails duplicate = canaryDetails().withContacts(Role.OPS_FOR_GOOGLE, List.of(
                        new Contact("canary.dup@example.com", "Canary Dup", ""), new Contact("CANARY.DUP@example.com", "", "")));
                catchThrowable(() -> store.submit(id, duplicate, "canary.actor@example.com"));
                // A draft that is not JSON and quotes an address: it is ignored, and logged.
                db.transaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE draft SET body = ? WHERE account_id = ?")) {
                        ps.setString(1, "{\"details\": canary.broken@example.com +39 02 1234 5678");
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                    return null;
                });
                store.saveDraft(id, canaryDetails());
                db.transaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE draft SET body = ?")) {
                        ps.setString(1, "{\"format\": 1, \"details\": {\"settings\": canary.broken@example.com}}");
                        ps.executeUpdate();
                    }
                    return null;
                });
                assertThat(store.loadDraft(id)).isEmpty();
            }
            // Damage the file, fail to open it, restore it.
            byte[] whole = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
            catchThrowable(() -> Database.open(file));
            try (Database restored = Backups.of(file).restore().database()) {
                assertThat(new AccountRepository(restored, Clock.systemUTC()).loadStored(1).settings().name())
                        .isEqualTo("Canary Tours");
            }
            lines = log.lines();
        }

        assertThat(lines).as("something was logged at all").isNotEmpty();
        assertThat(String.join("\n", lines)).as("what was logged").satisfies(PrivacyTest::carriesNoPersonalData);
    }

    static void carriesNoPersonalData(String logged) {
        assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain(CANARY);
        for (String digits : PHONE_DIGITS) {
            assertThat(logged).doesNotContain(digits);
        }
        assertThat(logged).doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z]{2,}");
    }
}
