package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Change.Kind;
import dev.partnercontacts.domain.Role;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** History reads as sentences in the UI language, rendered from the stored data each time. */
class ChangeTextTest {

    private static final ChangeText EN = new ChangeText(new Messages(Locale.ENGLISH));
    private static final ChangeText IT = new ChangeText(new Messages(Locale.ITALIAN));

    @Test
    void contactChanges() {
        assertThat(EN.sentence(Change.of(Kind.CONTACT_ADDED, Role.TECH_EMERGENCY, "oncall@acme.example", "", "", "1")))
                .isEqualTo("Technical emergency contacts: added oncall@acme.example as backup 1");
        assertThat(EN.detail(Change.of(Kind.CONTACT_ADDED, Role.TECH_EMERGENCY, "oncall@acme.example", "", "", "0")))
                .isEqualTo("added oncall@acme.example as primary");
        assertThat(EN.detail(Change.of(Kind.CONTACT_MOVED, Role.OPS_FOR_GOOGLE, "ops@acme.example", "", "1", "0")))
                .isEqualTo("moved ops@acme.example to primary");
        assertThat(EN.detail(Change.of(Kind.CONTACT_PHONE_CHANGED, Role.OPS_FOR_GOOGLE, "ops@acme.example", "", "", "+390212345678")))
                .isEqualTo("ops@acme.example: phone (none) → +39 02 1234 5678");
        assertThat(IT.sentence(Change.of(Kind.CONTACT_ADDED, Role.TECH_EMERGENCY, "oncall@acme.example", "", "", "1")))
                .isEqualTo("Contatti tecnici di emergenza: aggiunto oncall@acme.example come riserva 1");
    }

    @Test
    void settingChangesUseDisplayNames() {
        Change env = Change.setting(Change.Setting.ENVIRONMENT, "SANDBOX", "PRODUCTION");
        assertThat(EN.sentence(env)).isEqualTo("Account: Environment: Sandbox → Production");
        assertThat(EN.detail(Change.setting(Change.Setting.NAME, "", "Acme Tours")))
                .isEqualTo("Account name set to \u2068Acme Tours\u2069");
        assertThat(EN.detail(Change.setting(Change.Setting.PARTNER_ID, "42", ""))).isEqualTo("Partner ID cleared (was 42)");
        assertThat(EN.detail(Change.setting(Change.Setting.INTEGRATION, "THINGS_TO_DO", "RESERVATIONS")))
                .isEqualTo("Integration: Things to do → Reservations");
        assertThat(IT.detail(env)).isEqualTo("Ambiente: Sandbox → Produzione");
    }

    @Test
    void userChanges() {
        Change role = Change.of(Kind.USER_ROLE_CHANGED, null, "ada@acme.example", "Ada Lovelace", "EDITOR", "ADMINISTRATOR");
        assertThat(EN.sentence(role)).isEqualTo("Users: \u2068Ada Lovelace\u2069: Editor → Administrator");
        assertThat(EN.detail(Change.of(Kind.USER_ADDED, null, "ada@acme.example", "Ada Lovelace", "", "ADMINISTRATOR")))
                .isEqualTo("added \u2068Ada Lovelace\u2069 (ada@acme.example) as Administrator");
        assertThat(EN.detail(Change.of(Kind.USER_ROLE_CHANGED, null, "", "Ed Editor", "", "READ_ONLY")))
                .as("version 1.0 did not keep the previous role").isEqualTo("\u2068Ed Editor\u2069: now Read only");
        assertThat(EN.sentence(Change.of(Kind.ALERT_ADDED, Role.ALERT, "ada@acme.example", "Ada Lovelace", "", "")))
                .isEqualTo("Alert contacts: added \u2068Ada Lovelace\u2069 (ada@acme.example)");
    }

    @Test
    void supportHoursReadAsDaysTimesAndZone() {
        Change added = Change.of(Kind.WINDOW_ADDED, Role.OPS_SUPPORT,
                "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY 09:00-17:00 Europe/Rome", "", "", "");
        assertThat(EN.detail(added)).isEqualTo("Mon–Fri 09:00–17:00 Europe/Rome added");
        assertThat(IT.detail(added)).isEqualTo("lun–ven 09:00–17:00 Europe/Rome aggiunto");
        assertThat(EN.detail(Change.of(Kind.WINDOW_REMOVED, Role.OPS_SUPPORT, "MONDAY,WEDNESDAY,SATURDAY,SUNDAY 18:00-24:00 UTC",
                "", "", ""))).isEqualTo("Mon, Wed, Sat, Sun 18:00–24:00 UTC removed");
        assertThat(EN.detail(Change.of(Kind.SUPPORT_ALL_WEEK, Role.OPS_SUPPORT, "", "", "false", "true")))
                .isEqualTo("24/7 switched on");
    }

    @Test
    void everyKindReadsWithoutPlaceholdersInBothLanguages() {
        for (Kind kind : Kind.values()) {
            Change c = Change.of(kind, Role.TECH_EMERGENCY, "x@acme.example", "X", "1", "2");
            for (ChangeText text : new ChangeText[] {EN, IT}) {
                assertThat(text.sentence(c)).doesNotContain("{").doesNotContain("history.").isNotBlank();
            }
        }
    }

    @Test
    void aRemovedAccountIsNamedWithItsPartnerId() {
        Change removed = Change.of(Kind.ACCOUNT_REMOVED, null, "key-1", "Globex", "4242", "");
        assertThat(EN.detail(removed)).isEqualTo("account \u2068Globex\u2069 (Partner ID 4242) removed");
        assertThat(IT.detail(removed)).isEqualTo("account \u2068Globex\u2069 (ID partner 4242) rimosso");
        Change noId = Change.of(Kind.ACCOUNT_REMOVED, null, "key-1", "Globex", "", "");
        assertThat(EN.detail(noId)).isEqualTo("account \u2068Globex\u2069 removed");
        assertThat(IT.detail(noId)).isEqualTo("account \u2068Globex\u2069 rimosso");
    }

    @Test
    void aResolvedConflictSaysWhichSideWasKept() {
        Change local = Change.of(Kind.CONFLICT_RESOLVED, null, "PARTNER_ID", "", "222", "LOCAL");
        Change remote = Change.of(Kind.CONFLICT_RESOLVED, null, "NAME", "", "Name from A", "REMOTE");
        assertThat(EN.sentence(local)).isEqualTo("Account: sync conflict on Partner ID resolved: this workstation's version kept");
        assertThat(EN.detail(remote)).isEqualTo("sync conflict on Account name resolved: the server's version kept");
        assertThat(IT.detail(local))
                .isEqualTo("conflitto di sincronizzazione su ID partner risolto: tenuta la versione di questa postazione");
        assertThat(IT.detail(remote))
                .isEqualTo("conflitto di sincronizzazione su Nome dell'account risolto: tenuta la versione del server");
    }
}
