package dev.partnercontacts.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the contact-details form holds for one account: settings, the entries of the
 * contact roles in order (index 0 is the primary), the portal users chosen as alert contacts,
 * and the support hours. Immutable; the "with" methods return changed copies.
 */
public record ContactDetails(
        AccountSettings settings,
        Map<Role, List<Contact>> contacts,
        List<Long> alertUserIds,
        SupportHours supportHours) {

    public static final ContactDetails EMPTY =
            new ContactDetails(AccountSettings.NEW, Map.of(), List.of(), SupportHours.NONE);

    public ContactDetails {
        settings = settings == null ? AccountSettings.NEW : settings;
        EnumMap<Role, List<Contact>> copy = new EnumMap<>(Role.class);
        if (contacts != null) {
            contacts.forEach((role, list) -> {
                if (role.kind() == Role.Kind.CONTACTS && list != null && !list.isEmpty()) {
                    copy.put(role, List.copyOf(list));
                }
            });
        }
        contacts = Map.copyOf(copy);
        // Each user once, in the order first chosen: the stored list is keyed by user.
        alertUserIds = alertUserIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(alertUserIds));
        supportHours = supportHours == null ? SupportHours.NONE : supportHours;
    }

    /** The entries of a contact role, possibly empty; never null. */
    public List<Contact> contacts(Role role) {
        return contacts.getOrDefault(role, List.of());
    }

    public ContactDetails withSettings(AccountSettings newSettings) {
        return new ContactDetails(newSettings, contacts, alertUserIds, supportHours);
    }

    public ContactDetails withContacts(Role role, List<Contact> entries) {
        Map<Role, List<Contact>> changed = new EnumMap<>(Role.class);
        changed.putAll(contacts);
        changed.put(role, entries);
        return new ContactDetails(settings, changed, alertUserIds, supportHours);
    }

    public ContactDetails withAlertUserIds(List<Long> ids) {
        return new ContactDetails(settings, contacts, ids, supportHours);
    }

    public ContactDetails withSupportHours(SupportHours hours) {
        return new ContactDetails(settings, contacts, alertUserIds, hours);
    }

    /** A copy without alert-contact ids that are not among the given users' ids. */
    public ContactDetails keepingAlertUsers(List<PortalUser> users) {
        List<Long> kept = new ArrayList<>(alertUserIds);
        kept.removeIf(id -> users.stream().noneMatch(u -> u.id() == id));
        return kept.size() == alertUserIds.size() ? this : withAlertUserIds(kept);
    }
}
