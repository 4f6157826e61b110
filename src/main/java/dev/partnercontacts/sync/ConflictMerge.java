package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.EmailAddress;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pure rules for a conflict the user resolves: what differs between the local and the remote
 * version, field by field, and the account that results from choosing a side per field.
 */
public final class ConflictMerge {

    /** The parts of an account a user can choose a side for; a contact role is chosen as a whole list. */
    public enum Field {
        NAME, PARTNER_ID, INTEGRATION, ENVIRONMENT,
        TECH_EMERGENCY, TECH_NON_EMERGENCY, MERCHANT_ISSUES, OPS_FOR_GOOGLE, OPS_FOR_USERS,
        ALERT_CONTACTS, SUPPORT_HOURS, USERS, SUBMITTED;

        /** The contact role this field holds, if it holds one. */
        public Optional<Role> role() {
            return switch (this) {
                case TECH_EMERGENCY -> Optional.of(Role.TECH_EMERGENCY);
                case TECH_NON_EMERGENCY -> Optional.of(Role.TECH_NON_EMERGENCY);
                case MERCHANT_ISSUES -> Optional.of(Role.MERCHANT_ISSUES);
                case OPS_FOR_GOOGLE -> Optional.of(Role.OPS_FOR_GOOGLE);
                case OPS_FOR_USERS -> Optional.of(Role.OPS_FOR_USERS);
                default -> Optional.empty();
            };
        }
    }

    /** Which version wins a field. */
    public enum Side { LOCAL, REMOTE }

    /** When and by whom the details were submitted, as one choosable value. */
    public record Submission(Instant at, String by) {
    }

    /**
     * One field that differs. Values: text for name and partner id, the enums, a list of
     * {@code Contact} for a role, the alert contacts' e-mail addresses, {@code SupportHours},
     * the users ordered by e-mail address, and a {@link Submission}.
     */
    public record FieldDiff(Field field, Object local, Object remote) {
    }

    private ConflictMerge() {
    }

    /** The fields whose values differ, in the order of {@link Field}. */
    public static List<FieldDiff> diff(AccountData local, AccountData remote) {
        List<FieldDiff> diffs = new ArrayList<>();
        for (Field f : Field.values()) {
            Object l = value(local, f);
            Object r = value(remote, f);
            if (!comparable(f, l).equals(comparable(f, r))) {
                diffs.add(new FieldDiff(f, l, r));
            }
        }
        return diffs;
    }

    /** Local everywhere. */
    public static AccountData keepLocal(AccountData local, AccountData remote) {
        return merge(local, remote, Map.of());
    }

    /** Remote everywhere. */
    public static AccountData keepRemote(AccountData local, AccountData remote) {
        Map<Field, Side> all = new java.util.EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            all.put(f, Side.REMOTE);
        }
        return merge(local, remote, all);
    }

    /**
     * The account with each field taken from the chosen side (local where nothing is chosen).
     * Users keep their local ids where the e-mail address matches; alert contacts that are not
     * among the resulting users are dropped.
     */
    public static AccountData merge(AccountData local, AccountData remote, Map<Field, Side> choice) {
        java.util.function.Function<Field, AccountData> from =
                f -> choice.getOrDefault(f, Side.LOCAL) == Side.LOCAL ? local : remote;
        AccountSettings settings = new AccountSettings(
                from.apply(Field.NAME).details().settings().name(),
                from.apply(Field.PARTNER_ID).details().settings().partnerId(),
                from.apply(Field.INTEGRATION).details().settings().integration(),
                from.apply(Field.ENVIRONMENT).details().settings().environment());
        List<PortalUser> users = mergedUsers(local.users(), from.apply(Field.USERS).users());
        ContactDetails details = ContactDetails.EMPTY.withSettings(settings)
                .withSupportHours(from.apply(Field.SUPPORT_HOURS).details().supportHours());
        for (Field f : Field.values()) {
            if (f.role().isPresent()) {
                details = details.withContacts(f.role().get(), from.apply(f).details().contacts(f.role().get()));
            }
        }
        AccountData alertSide = from.apply(Field.ALERT_CONTACTS);
        List<Long> alertIds = new ArrayList<>();
        for (String email : AccountJson.alertEmails(alertSide.details(), alertSide.users())) {
            users.stream().filter(u -> u.emailKey().equals(EmailAddress.key(email)))
                    .findFirst().ifPresent(u -> alertIds.add(u.id()));
        }
        AccountData submitted = from.apply(Field.SUBMITTED);
        return new AccountData(local.key(), details.withAlertUserIds(alertIds), users,
                submitted.submittedAt(), submitted.submittedBy());
    }

    private static List<PortalUser> mergedUsers(List<PortalUser> local, List<PortalUser> chosen) {
        long next = local.stream().mapToLong(PortalUser::id).max().orElse(0) + 1;
        List<PortalUser> result = new ArrayList<>();
        for (PortalUser u : chosen) {
            Optional<PortalUser> same = local.stream().filter(l -> l.emailKey().equals(u.emailKey())).findFirst();
            long id = same.isPresent() ? same.get().id() : next++;
            result.add(new PortalUser(id, u.name(), u.email(), u.role()));
        }
        return result;
    }

    private static Object value(AccountData a, Field f) {
        AccountSettings s = a.details().settings();
        return switch (f) {
            case NAME -> s.name();
            case PARTNER_ID -> s.partnerId();
            case INTEGRATION -> s.integration();
            case ENVIRONMENT -> s.environment();
            case TECH_EMERGENCY, TECH_NON_EMERGENCY, MERCHANT_ISSUES, OPS_FOR_GOOGLE, OPS_FOR_USERS ->
                    a.details().contacts(f.role().orElseThrow());
            case ALERT_CONTACTS -> AccountJson.alertEmails(a.details(), a.users());
            case SUPPORT_HOURS -> a.details().supportHours();
            case USERS -> a.users().stream().sorted(Comparator.comparing(PortalUser::emailKey)).toList();
            case SUBMITTED -> new Submission(a.submittedAt(), a.submittedBy());
        };
    }

    /** Users and alert contacts compare without ids and case of addresses: each side numbers its own. */
    private static Object comparable(Field f, Object value) {
        if (f == Field.USERS) {
            return ((List<?>) value).stream().map(o -> (PortalUser) o)
                    .map(u -> List.of(u.name(), u.emailKey(), u.role())).toList();
        }
        if (f == Field.ALERT_CONTACTS) {
            return ((List<?>) value).stream().map(o -> EmailAddress.key((String) o)).toList();
        }
        return Objects.requireNonNullElse(value, "");
    }
}
