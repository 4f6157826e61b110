package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.EmailAddress;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An account taken apart into the fields the merge compares (data contract, "CouchDB layout
 * (version 2)"): each account field by {@link ConflictMerge.Part}, users by their address
 * ({@link PortalUser#emailKey()}), alert contacts as addresses. Mutable; put back together with
 * {@link #toAccount}, which numbers users as {@code like} does and new ones after them.
 */
final class MergeParts {

    final String key;
    final Map<ConflictMerge.Part, Object> fields = new EnumMap<>(ConflictMerge.Part.class);
    /** Users by address key, in address order. */
    final Map<String, PortalUser> users = new TreeMap<>();
    Instant submittedAt;
    String submittedBy;

    private MergeParts(String key) {
        this.key = key;
    }

    static MergeParts of(AccountData a) {
        MergeParts p = new MergeParts(a.key());
        AccountSettings s = a.details().settings();
        p.fields.put(ConflictMerge.Part.NAME, s.name());
        p.fields.put(ConflictMerge.Part.PARTNER_ID, s.partnerId());
        p.fields.put(ConflictMerge.Part.INTEGRATION, s.integration());
        p.fields.put(ConflictMerge.Part.ENVIRONMENT, s.environment());
        for (ConflictMerge.Part part : ConflictMerge.Part.values()) {
            part.role().ifPresent(role -> p.fields.put(part, a.details().contacts(role)));
        }
        p.fields.put(ConflictMerge.Part.ALERT_CONTACTS, AccountJson.alertEmails(a.details(), a.users()).stream()
                .map(EmailAddress::key).toList());
        p.fields.put(ConflictMerge.Part.SUPPORT_HOURS, a.details().supportHours());
        a.users().forEach(u -> p.users.put(u.emailKey(), u));
        p.submittedAt = a.submittedAt();
        p.submittedBy = a.submittedBy();
        return p;
    }

    /** Whether both hold the same fields and users (as the server sees them; the submission aside). */
    boolean sameContent(MergeParts other) {
        if (!fields.equals(other.fields) || !users.keySet().equals(other.users.keySet())) {
            return false;
        }
        return users.entrySet().stream().allMatch(e -> sameUser(e.getValue(), other.users.get(e.getKey())));
    }

    /** Whether two users are the same as the server sees them (ids are each workstation's own). */
    static boolean sameUser(PortalUser a, PortalUser b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.name().equals(b.name()) && a.email().equals(b.email()) && a.role() == b.role();
    }

    /**
     * The account: users keep the ids of {@code like}'s users with the same address, new ones get
     * ids after the largest; alert contacts that are no longer users are dropped.
     */
    AccountData toAccount(AccountData like) {
        List<PortalUser> known = like == null ? List.of() : like.users();
        long next = known.stream().mapToLong(PortalUser::id).max().orElse(0) + 1;
        List<PortalUser> numbered = new ArrayList<>();
        for (PortalUser u : users.values()) {
            Optional<PortalUser> same = known.stream().filter(k -> k.emailKey().equals(u.emailKey())).findFirst();
            numbered.add(new PortalUser(same.isPresent() ? same.get().id() : next++, u.name(), u.email(), u.role()));
        }
        AccountSettings settings = new AccountSettings((String) fields.get(ConflictMerge.Part.NAME),
                (String) fields.get(ConflictMerge.Part.PARTNER_ID),
                (dev.partnercontacts.domain.Integration) fields.get(ConflictMerge.Part.INTEGRATION),
                (dev.partnercontacts.domain.Environment) fields.get(ConflictMerge.Part.ENVIRONMENT));
        ContactDetails details = ContactDetails.EMPTY.withSettings(settings)
                .withSupportHours((dev.partnercontacts.domain.SupportHours) fields.get(ConflictMerge.Part.SUPPORT_HOURS));
        for (ConflictMerge.Part part : ConflictMerge.Part.values()) {
            Optional<Role> role = part.role();
            if (role.isPresent()) {
                @SuppressWarnings("unchecked")
                List<dev.partnercontacts.domain.Contact> list = (List<dev.partnercontacts.domain.Contact>) fields.get(part);
                details = details.withContacts(role.get(), list);
            }
        }
        List<Long> alertIds = new ArrayList<>();
        for (Object email : (List<?>) fields.get(ConflictMerge.Part.ALERT_CONTACTS)) {
            numbered.stream().filter(u -> u.emailKey().equals(email)).findFirst().ifPresent(u -> alertIds.add(u.id()));
        }
        return new AccountData(like == null ? key : like.key(), details.withAlertUserIds(alertIds), numbered,
                submittedAt, submittedBy);
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
