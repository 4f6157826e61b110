package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.FieldPath.AccountField;
import dev.partnercontacts.domain.FieldPath.ContactPart;
import dev.partnercontacts.domain.FieldPath.UserField;
import dev.partnercontacts.domain.FieldPath.WindowPart;
import dev.partnercontacts.domain.Role;
import org.junit.jupiter.api.Test;

/** The node ids of the UI contract, built from typed paths. */
class FieldIdsTest {

    @Test
    void mapsEveryKindOfPathToTheIdOfTheContract() {
        assertThat(FieldIds.id(FieldPath.account(AccountField.NAME))).isEqualTo("accountName");
        assertThat(FieldIds.id(FieldPath.account(AccountField.PARTNER_ID))).isEqualTo("partnerId");
        assertThat(FieldIds.id(FieldPath.account(AccountField.INTEGRATION))).isEqualTo("integration");
        assertThat(FieldIds.id(FieldPath.account(AccountField.ENVIRONMENT))).isEqualTo("environment");
        assertThat(FieldIds.id(FieldPath.contact(Role.TECH_EMERGENCY, 0, ContactPart.EMAIL))).isEqualTo("techEmergency-email-0");
        assertThat(FieldIds.id(FieldPath.contact(Role.OPS_FOR_GOOGLE, 3, ContactPart.PHONE))).isEqualTo("opsForGoogle-phone-3");
        assertThat(FieldIds.id(FieldPath.contact(Role.MERCHANT_ISSUES, 1, ContactPart.NAME))).isEqualTo("merchantIssues-name-1");
        assertThat(FieldIds.id(FieldPath.window(1, WindowPart.START))).isEqualTo("opsSupport-start-1");
        assertThat(FieldIds.id(FieldPath.window(0, WindowPart.DAYS))).isEqualTo("opsSupport-days-0");
        assertThat(FieldIds.id(FieldPath.window(2, WindowPart.ZONE))).isEqualTo("opsSupport-zone-2");
        assertThat(FieldIds.id(FieldPath.wholeRole(Role.ALERT))).isEqualTo("alertContacts");
        assertThat(FieldIds.id(FieldPath.wholeRole(Role.OPS_SUPPORT))).isEqualTo("role-opsSupport");
        assertThat(FieldIds.id(FieldPath.user(UserField.EMAIL))).isEqualTo("userEmail");
        assertThat(FieldIds.id(FieldPath.user(UserField.LIST))).isEqualTo("usersTable");
        assertThat(FieldIds.errorId(FieldPath.contact(Role.TECH_EMERGENCY, 0, ContactPart.EMAIL)))
                .isEqualTo("techEmergency-email-0-error");
    }

    @Test
    void pathsKnowTheirRole() {
        assertThat(FieldPath.window(0, WindowPart.END).owner()).contains(Role.OPS_SUPPORT);
        assertThat(FieldPath.account(AccountField.NAME).owner()).isEmpty();
        assertThatThrownBy(() -> FieldPath.contact(Role.ALERT, 0, ContactPart.EMAIL))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
