package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The field-by-field merge of the data contract ("CouchDB layout (version 2)"): this
 * workstation's version and the server's, each against the last version both agreed on (the
 * base). A field changed on one side only takes that side's value; only a field changed
 * differently on both sides is a conflict, which a person decides. The fields: name, partner ID,
 * integration, environment, each role's list of contacts, the alert contacts, the support hours,
 * and per user its name and role; a user removed on one side and changed on the other is a
 * conflict; users added on two sides are simply all there. The submission ({@code submittedAt}
 * with {@code submittedBy}) is bookkeeping: the later one is kept, never a conflict. Pure.
 */
public final class ConflictMerge {

    /** What a person can choose a side for. A contact role is chosen as a whole list. */
    public enum Part {
        NAME, PARTNER_ID, INTEGRATION, ENVIRONMENT,
        TECH_EMERGENCY, TECH_NON_EMERGENCY, MERCHANT_ISSUES, OPS_FOR_GOOGLE, OPS_FOR_USERS,
        ALERT_CONTACTS, SUPPORT_HOURS,
        /** A user removed on one side and changed on the other: kept or removed. */
        USER,
        USER_NAME, USER_ROLE;

        /** The contact role this part holds, if it holds one. */
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

        /** Whether the part is one user's ({@link Field#user()} names the user). */
        public boolean ofUser() {
            return this == USER || this == USER_NAME || this == USER_ROLE;
        }
    }

    /** One field of one account: a {@link Part}, and for a user's parts the user's address key. */
    public record Field(Part part, String user) {
        public Field {
            user = part.ofUser() ? user : "";
        }

        public static Field of(Part part) {
            return new Field(part, "");
        }
    }

    /** Which version wins a field. */
    public enum Side { LOCAL, REMOTE }

    /**
     * One field in conflict: changed differently on both sides, or ({@code byRule}) changed on one
     * side in a way that, together with the other side's changes, breaks a rule of the form (an
     * account left without an Administrator). Values: text for name, partner ID and a user's name, the enums (a
     * user's role too), a list of {@code Contact} for a role, the alert contacts' address keys,
     * {@code SupportHours}, and for {@link Part#USER} the {@link PortalUser} or null (removed).
     */
    public record FieldDiff(Field field, Object local, Object remote, boolean byRule) {
        /** A field changed differently on both sides. */
        public FieldDiff(Field field, Object local, Object remote) {
            this(field, local, remote, false);
        }
    }

    /**
     * A merge's outcome.
     *
     * @param account   the merged account; where fields conflict, it holds this workstation's value
     * @param conflicts the fields a person decides, in the order of {@link Part}
     * @param invalid   whether the merged account still breaks the form's rules in a way no field
     *                  choice offered can mend (it is not applied)
     */
    public record Merged(AccountData account, List<FieldDiff> conflicts, boolean invalid) {
        public Merged {
            conflicts = List.copyOf(conflicts);
        }

        public Merged(AccountData account, List<FieldDiff> conflicts) {
            this(account, conflicts, false);
        }
    }

    private ConflictMerge() {
    }

    /**
     * Merges {@code local} and {@code remote} against {@code base}. Any may be null: no base means
     * nothing is known to be agreed, so every difference is a conflict; a side that is null has
     * no account (the other is taken as it is).
     */
    public static Merged merge(AccountData local, AccountData base, AccountData remote) {
        if (remote == null) {
            return new Merged(local, List.of());
        }
        if (local == null) {
            return new Merged(remote, List.of());
        }
        MergeParts l = MergeParts.of(local);
        MergeParts r = MergeParts.of(remote);
        MergeParts b = base == null ? null : MergeParts.of(base);
        List<FieldDiff> conflicts = new ArrayList<>();
        for (Part part : Part.values()) {
            if (part.ofUser()) {
                continue;
            }
            Object lv = l.fields.get(part);
            Object rv = r.fields.get(part);
            Object bv = b == null ? Unknown.VALUE : b.fields.get(part);
            l.fields.put(part, three(Field.of(part), lv, bv, rv, conflicts));
        }
        mergeUsers(l, b, r, conflicts);
        if (later(r.submittedAt, l.submittedAt)) {
            l.submittedAt = r.submittedAt;
            l.submittedBy = r.submittedBy;
        }
        MergeParts mine = MergeParts.of(local);
        AccountData account = l.toAccount(local);
        boolean invalid = false;
        // Each side is valid alone (this workstation's was stored through the form, the server's
        // was checked when read): only a mix of the two can break a rule that spans fields.
        if (!l.sameContent(mine) && !l.sameContent(r)) {
            invalid = RuleConflicts.offer(account, mine, r, l, conflicts);
            account = l.toAccount(local);
        }
        conflicts.sort(java.util.Comparator.comparing((FieldDiff d) -> d.field().part()).thenComparing(d -> d.field().user()));
        return new Merged(account, conflicts, invalid);
    }

    /** The base is unknown: no value equals it. */
    private enum Unknown { VALUE }

    private static Object three(Field field, Object l, Object b, Object r, List<FieldDiff> conflicts) {
        if (MergeParts.same(l, r) || MergeParts.same(r, b)) {
            return l;
        }
        if (MergeParts.same(l, b)) {
            return r;
        }
        conflicts.add(new FieldDiff(field, l, r));
        return l;
    }

    private static void mergeUsers(MergeParts l, MergeParts b, MergeParts r, List<FieldDiff> conflicts) {
        TreeSet<String> emails = new TreeSet<>(l.users.keySet());
        emails.addAll(r.users.keySet());
        if (b != null) {
            emails.addAll(b.users.keySet());
        }
        for (String e : emails) {
            PortalUser lu = l.users.get(e);
            PortalUser ru = r.users.get(e);
            PortalUser bu = b == null ? null : b.users.get(e);
            if (MergeParts.sameUser(lu, ru)) {
                continue;
            }
            if (lu == null || ru == null) {
                PortalUser present = lu == null ? ru : lu;
                boolean inBase = bu != null;
                if (!inBase) {
                    // Added on one side since they last agreed (or no base is known): keep it.
                    l.users.put(e, present);
                } else if (MergeParts.sameUser(present, bu)) {
                    l.users.remove(e); // removed on one side, unchanged on the other
                } else if (lu == null) {
                    conflicts.add(new FieldDiff(new Field(Part.USER, e), null, ru));
                } else {
                    conflicts.add(new FieldDiff(new Field(Part.USER, e), lu, null));
                }
                continue;
            }
            Object bName = bu == null ? Unknown.VALUE : bu.name();
            Object bRole = bu == null ? Unknown.VALUE : bu.role();
            String name = (String) three(new Field(Part.USER_NAME, e), lu.name(), bName, ru.name(), conflicts);
            UserRole role = (UserRole) three(new Field(Part.USER_ROLE, e), lu.role(), bRole, ru.role(), conflicts);
            l.users.put(e, new PortalUser(lu.id(), name, lu.email(), role));
        }
    }

    private static boolean later(Instant a, Instant b) {
        return a != null && (b == null || a.isAfter(b));
    }

    /**
     * The account after a person's decision: {@code merged} with each conflicting field taken
     * from the side chosen ({@link Side#LOCAL}, the value {@code merged} already holds, where
     * none is chosen).
     */
    public static AccountData resolve(AccountData merged, List<FieldDiff> conflicts, Map<Field, Side> choice) {
        MergeParts p = MergeParts.of(merged);
        for (FieldDiff d : conflicts) {
            if (choice.getOrDefault(d.field(), Side.LOCAL) != Side.REMOTE) {
                continue;
            }
            String e = d.field().user();
            switch (d.field().part()) {
                case USER -> {
                    if (d.remote() == null) {
                        p.users.remove(e);
                    } else {
                        p.users.put(e, (PortalUser) d.remote());
                    }
                }
                case USER_NAME -> p.users.computeIfPresent(e, (k, u) -> new PortalUser(u.id(), (String) d.remote(), u.email(), u.role()));
                case USER_ROLE -> p.users.computeIfPresent(e, (k, u) -> new PortalUser(u.id(), u.name(), u.email(), (UserRole) d.remote()));
                default -> p.fields.put(d.field().part(), d.remote());
            }
        }
        return p.toAccount(merged);
    }
}
