package dev.partnercontacts.storage;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Changes;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.PortalUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Users of an account that came from elsewhere (a bundle, the sync server) against the stored
 * ones. Users are the same person when their e-mail addresses match regardless of case; each
 * side numbers its users its own way, so alert contacts are carried over by address.
 */
final class UserDiff {

    private UserDiff() {
    }

    static Optional<PortalUser> byEmail(List<PortalUser> users, String emailKey) {
        return users.stream().filter(u -> u.emailKey().equals(emailKey)).findFirst();
    }

    /** The history records of turning {@code current} into {@code wanted}: users added, removed, given another role or renamed. */
    static List<Change> changes(List<PortalUser> current, List<PortalUser> wanted) {
        List<Change> changes = new ArrayList<>();
        for (PortalUser u : current) {
            Optional<PortalUser> w = byEmail(wanted, u.emailKey());
            if (w.isEmpty()) {
                changes.add(Change.of(Change.Kind.USER_REMOVED, null, u.email(), u.name(), u.role().name(), ""));
            } else {
                changes.addAll(Changes.userRole(u, w.get().role()));
                if (!w.get().name().equals(u.name())) {
                    changes.add(Change.of(Change.Kind.USER_RENAMED, null, u.email(), w.get().name(), u.name(), w.get().name()));
                }
            }
        }
        for (PortalUser w : wanted) {
            if (byEmail(current, w.emailKey()).isEmpty()) {
                changes.add(Change.of(Change.Kind.USER_ADDED, null, w.email(), w.name(), "", w.role().name()));
            }
        }
        return changes;
    }

    /** The data's details with its alert contacts renumbered as the matching {@code target} users. */
    static ContactDetails alertsAs(AccountData data, List<PortalUser> target) {
        List<Long> ids = new ArrayList<>();
        for (Long id : data.details().alertUserIds()) {
            data.users().stream().filter(u -> u.id() == id).findFirst()
                    .flatMap(u -> byEmail(target, u.emailKey()))
                    .ifPresent(u -> ids.add(u.id()));
        }
        return data.details().withAlertUserIds(ids);
    }

    /** The users as they would be stored: matching ones keep their ids, new ones get negative stand-ins. */
    static List<PortalUser> projected(List<PortalUser> current, List<PortalUser> wanted) {
        List<PortalUser> result = new ArrayList<>();
        long next = -1;
        for (PortalUser w : wanted) {
            Optional<PortalUser> c = byEmail(current, w.emailKey());
            result.add(new PortalUser(c.isPresent() ? c.get().id() : next--, w.name(), w.email(), w.role()));
        }
        return result;
    }

    /** Both lists, for naming alert contacts that were removed along with their user. */
    static List<PortalUser> union(List<PortalUser> a, List<PortalUser> b) {
        List<PortalUser> all = new ArrayList<>(a);
        b.stream().filter(u -> a.stream().noneMatch(x -> x.id() == u.id())).forEach(all::add);
        return all;
    }
}
