package dev.partnercontacts.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Valid and deliberately broken account data shared by the domain and storage tests. */
public final class Fixtures {

    public static final long ADMIN_ID = 1L;
    public static final long EDITOR_ID = 2L;

    private Fixtures() {
    }

    /** The node id the UI shows the problem's field under: the ids of the UI contract. */
    public static String fieldId(Problem p) {
        return dev.partnercontacts.ui.common.FieldIds.id(p.field());
    }

    public static List<PortalUser> users() {
        return List.of(
                new PortalUser(ADMIN_ID, "Ada Admin", "ada@example.com", UserRole.ADMINISTRATOR),
                new PortalUser(EDITOR_ID, "Ed Editor", "ed@example.com", UserRole.EDITOR));
    }

    public static Contact contact(String email) {
        return new Contact(email, "", "");
    }

    /** {@code count} distinct valid entries for a role, e.g. {@code techEmergency0@example.com}. */
    public static List<Contact> entries(Role role, int count) {
        List<Contact> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Contact(role.key() + i + "@example.com", "Person " + i, String.format("+39 02 1234 56%02d", i)));
        }
        return list;
    }

    public static SupportWindow window(String start, String end, String zone, DayOfWeek... days) {
        return new SupportWindow(days.length == 0 ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.of(days[0], days),
                start, end, zone);
    }

    /**
     * Details in which every role that the settings make required is filled in validly; in
     * Production the administrator is the alert contact.
     */
    public static ContactDetails complete(Integration integration, Environment environment) {
        ContactDetails d = ContactDetails.EMPTY
                .withSettings(new AccountSettings("Acme Tours", "12345", integration, environment))
                .withContacts(Role.TECH_EMERGENCY, entries(Role.TECH_EMERGENCY, 2))
                .withContacts(Role.TECH_NON_EMERGENCY, entries(Role.TECH_NON_EMERGENCY, 1))
                .withContacts(Role.OPS_FOR_GOOGLE, entries(Role.OPS_FOR_GOOGLE, 1))
                .withContacts(Role.OPS_FOR_USERS, List.of(contact("support@acme.example.com")))
                .withSupportHours(new SupportHours(false, List.of(SupportWindow.officeHours("Europe/Rome"))));
        if (integration.hasMerchantIssues()) {
            d = d.withContacts(Role.MERCHANT_ISSUES, entries(Role.MERCHANT_ISSUES, 1));
        }
        if (environment == Environment.PRODUCTION) {
            d = d.withAlertUserIds(List.of(ADMIN_ID));
        }
        return d;
    }

    public static ContactDetails complete() {
        return complete(Integration.DEFAULT, Environment.SANDBOX);
    }
}
