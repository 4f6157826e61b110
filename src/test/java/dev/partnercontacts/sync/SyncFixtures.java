package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.Validation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Accounts as a workstation would have them after a submit: complete, normalised, users with ids 1..n. */
public final class SyncFixtures {

    static final Instant SUBMITTED = Instant.parse("2026-11-29T05:45:00Z");

    private SyncFixtures() {
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** A complete Production account on an integration with merchant issues; the admin is the alert contact. */
    public static AccountData account(String key) {
        ContactDetails d = Fixtures.complete(Integration.RESERVATIONS, Environment.PRODUCTION);
        Validation v = new Validation("");
        for (Role role : Role.values()) {
            if (role.kind() == Role.Kind.CONTACTS && !d.contacts(role).isEmpty()) {
                d = d.withContacts(role, d.contacts(role).stream().map(v::normalize).toList());
            }
        }
        return new AccountData(key, d, Fixtures.users(), SUBMITTED, "Ada Admin <ada@example.com>");
    }

    public static AccountData renamed(AccountData a, String name) {
        AccountSettings s = a.details().settings();
        return new AccountData(a.key(), a.details().withSettings(
                new AccountSettings(name, s.partnerId(), s.integration(), s.environment())),
                a.users(), a.submittedAt(), a.submittedBy());
    }

    static AccountData withPartnerId(AccountData a, String partnerId) {
        AccountSettings s = a.details().settings();
        return new AccountData(a.key(), a.details().withSettings(
                new AccountSettings(s.name(), partnerId, s.integration(), s.environment())),
                a.users(), a.submittedAt(), a.submittedBy());
    }

    static AccountData withOpsForUsers(AccountData a, String email) {
        return new AccountData(a.key(), a.details().withContacts(Role.OPS_FOR_USERS, List.of(new Contact(email, "", ""))),
                a.users(), a.submittedAt(), a.submittedBy());
    }
}
