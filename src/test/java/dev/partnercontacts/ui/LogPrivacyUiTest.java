package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.LogCapture;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real application, submitting known addresses and numbers: none of them reaches the log. */
class LogPrivacyUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    @Test
    void aSubmitThroughTheAppLogsNoAddressPhoneNumberOrName() throws Exception {
        Path file = apps.dir().resolve("data").resolve("contacts.db");
        ContactDetails typed = Fixtures.complete()
                .withSettings(new AccountSettings("Canary Tours", "12345", null, null))
                .withContacts(Role.TECH_EMERGENCY, List.of(
                        new Contact("canary.oncall@example.com", "Canary Oncall", "+39 02 1234 5678"),
                        new Contact("canary.pager@example.com", "Canary Pager", "")));
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("IT")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Canary Admin", "canary.admin@example.com", UserRole.ADMINISTRATOR, "setup");
            store.saveDraft(id, typed);
        }

        List<String> lines;
        AppDriver app = apps.driver(file);
        try (LogCapture log = new LogCapture()) {
            app.launch("--locale=en");
            assertThat(app.gate()).isPresent();
            app.click("submitButton");
            AppDriver.waitUntil(() -> app.gate().isEmpty());
            app.close();
            lines = log.lines();
        }

        ContactDetails stored = app.readStore(r -> r.loadStored(r.currentAccountId()));
        assertThat(stored.contacts(Role.TECH_EMERGENCY).get(0).phone()).isEqualTo("+390212345678");
        assertThat(lines).anyMatch(l -> l.contains("Contact details submitted"));
        String logged = String.join("\n", lines);
        assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain("canary");
        assertThat(logged).doesNotContain("12345678").doesNotContain("1234 5678")
                .doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z]{2,}");
    }
}
