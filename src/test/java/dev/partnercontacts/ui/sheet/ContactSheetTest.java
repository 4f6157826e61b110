package dev.partnercontacts.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.ui.common.Messages;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contact sheet's words: what a partner is sent to confirm. */
class ContactSheetTest {

    private static final String KEY = "5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11";
    private static final Instant SUBMITTED = Instant.parse("2026-11-29T05:45:00Z");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final List<PortalUser> USERS = List.of(
            new PortalUser(7, "Ada Lovelace", "ada@acme.example", UserRole.ADMINISTRATOR),
            new PortalUser(8, "Gil", "gil@acme.example", UserRole.EDITOR));

    private TimeZone saved;

    @BeforeEach
    void utc() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(saved);
    }

    private static ContactDetails production() {
        return ContactDetails.EMPTY
                .withSettings(new AccountSettings("Acme Tours", "4242", Integration.RESERVATIONS, Environment.PRODUCTION))
                .withContacts(Role.TECH_EMERGENCY, List.of(new Contact("oncall@acme.example", "On-call pager", "+16502530000"),
                        new Contact("cto@acme.example", "", "")))
                .withContacts(Role.TECH_NON_EMERGENCY, List.of(new Contact("dev@acme.example", "", "")))
                .withContacts(Role.OPS_FOR_GOOGLE, List.of(new Contact("ops@acme.example", "", "")))
                .withContacts(Role.OPS_FOR_USERS, List.of(new Contact("support@acme.example", "", "")))
                .withAlertUserIds(List.of(8L))
                .withSupportHours(new SupportHours(false, List.of(Fixtures.window("09:00", "17:00", "Europe/Rome",
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))));
    }

    @Test
    void theSheetListsEveryRoleThatAppliesInTheFormsOrder() {
        ContactSheet sheet = new ContactSheet(new Messages(Locale.ENGLISH));

        String text = ContactSheet.text(sheet.lines(KEY, production(), USERS, SUBMITTED, NOW));

        assertThat(text).isEqualTo("""
                Acme Tours — contact details
                Partner ID 4242 · Reservations · Production
                Account key: 5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11
                Last submitted Nov 29, 2026, 5:45\u202fAM

                Alert contacts
                  Gil <gil@acme.example>

                Technical emergency contacts
                  Primary: On-call pager <oncall@acme.example>, +1 650-253-0000
                  Backup 1: cto@acme.example

                Technical non-emergency contacts
                  Primary: dev@acme.example

                Operational contact for merchant issues
                  None given

                Operational contact (for Google)
                  Primary: ops@acme.example

                Operational contact (shared with users)
                  Primary: support@acme.example

                Operational support hours
                  Mon–Fri 09:00–17:00 Europe/Rome

                Made on Nov 30, 2026, 10:00\u202fAM with Partner Contacts. Please check every line and tell us what has changed.
                """);
    }

    @Test
    void inItalianWithTheRolesASandboxAccountHas() {
        ContactSheet sheet = new ContactSheet(new Messages(Locale.ITALIAN));
        ContactDetails sandbox = production().withSettings(new AccountSettings("Acme Tours", "", Integration.THINGS_TO_DO,
                Environment.SANDBOX)).withSupportHours(new SupportHours(true, List.of()));

        String text = ContactSheet.text(sheet.lines(KEY, sandbox, USERS, null, NOW));

        assertThat(text).startsWith("""
                Acme Tours — dati di contatto
                Cose da fare · Sandbox
                Chiave dell'account: 5f0c2b7e-8a0e-4a57-9f3e-2f1b8f3d9c11
                Non ancora inviati

                Contatti tecnici di emergenza
                  Principale: On-call pager <oncall@acme.example>, +1 650-253-0000
                  Riserva 1: cto@acme.example
                """);
        assertThat(text).doesNotContain("Contatti per l'avviso").doesNotContain("commerciante")
                .contains("Orari dell'assistenza operativa\n  A tutte le ore (24/7)\n");
    }
}
