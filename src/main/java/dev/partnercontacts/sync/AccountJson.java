package dev.partnercontacts.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportWindow;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one account in the JSON shape of the data contract. The bundle uses it whole; the
 * server's {@code account} document is the same object without {@code users}.
 */
final class AccountJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AccountJson() {
    }

    static ObjectNode write(AccountData account, boolean withUsers) {
        ContactDetails d = account.details();
        ObjectNode node = NODES.objectNode();
        node.put("key", account.key());
        node.put("name", d.settings().name());
        node.put("partnerId", d.settings().partnerId());
        node.put("integration", JsonNames.of(d.settings().integration()));
        node.put("environment", JsonNames.of(d.settings().environment()));
        ObjectNode contacts = node.putObject("contacts");
        for (Role role : Role.values()) {
            if (role.kind() == Role.Kind.CONTACTS && !d.contacts(role).isEmpty()) {
                ArrayNode list = contacts.putArray(role.key());
                d.contacts(role).forEach(c -> list.add(contact(c)));
            }
        }
        ArrayNode alerts = node.putArray("alertContacts");
        alertEmails(d, account.users()).forEach(alerts::add);
        ObjectNode hours = node.putObject("supportHours");
        hours.put("allWeek", d.supportHours().allWeek());
        ArrayNode windows = hours.putArray("windows");
        d.supportHours().windows().forEach(w -> windows.add(window(w)));
        if (withUsers) {
            // In the order of their addresses, as the server lists their documents: the same on every workstation.
            ArrayNode users = node.putArray("users");
            account.users().stream().sorted(java.util.Comparator.comparing(PortalUser::emailKey))
                    .forEach(u -> users.add(user(u)));
        }
        if (account.submittedAt() != null) {
            node.put("submittedAt", DateTimeFormatter.ISO_INSTANT.format(account.submittedAt()));
        }
        if (account.submittedBy() != null) {
            node.put("submittedBy", account.submittedBy());
        }
        return node;
    }

    /** The e-mail addresses of the alert contacts, in order; ids that match no user are left out. */
    static List<String> alertEmails(ContactDetails details, List<PortalUser> users) {
        Map<Long, String> byId = users.stream().collect(Collectors.toMap(PortalUser::id, PortalUser::email, (a, b) -> a));
        return details.alertUserIds().stream().filter(byId::containsKey).map(byId::get).toList();
    }

    static ObjectNode user(PortalUser u) {
        ObjectNode node = NODES.objectNode();
        node.put("name", u.name());
        node.put("email", u.email());
        node.put("role", JsonNames.of(u.role()));
        return node;
    }

    private static ObjectNode contact(Contact c) {
        ObjectNode node = NODES.objectNode();
        node.put("email", c.email());
        // Absent rather than empty: the contract says name and phone may be absent.
        if (!c.name().isEmpty()) {
            node.put("name", c.name());
        }
        if (!c.phone().isEmpty()) {
            node.put("phone", c.phone());
        }
        return node;
    }

    private static ObjectNode window(SupportWindow w) {
        ObjectNode node = NODES.objectNode();
        ArrayNode days = node.putArray("days");
        for (DayOfWeek day : DayOfWeek.values()) {
            if (w.days().contains(day)) {
                days.add(JsonNames.of(day));
            }
        }
        node.put("start", w.start());
        node.put("end", w.end());
        node.put("zone", w.zone());
        return node;
    }
}
