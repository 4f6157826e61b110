package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.sync.ConflictMerge.Field;
import dev.partnercontacts.sync.ConflictMerge.FieldDiff;
import dev.partnercontacts.sync.ConflictMerge.Part;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conflicts that no single field makes: each side's changes are valid alone, and together they
 * break a rule of the form — a user removed on one workstation and the other Administrator
 * demoted on the other leave the account without an Administrator. The merged account is
 * checked with the rules a server's account is read with ({@link CouchDocuments#fromDocs}); for
 * each rule it breaks, the fields of that rule's area that differ between the two sides are
 * offered for a person to decide, with this workstation's value kept until then (which mends
 * the rule: that side was valid). Nothing that breaks the rules is stored or sent meanwhile.
 */
final class RuleConflicts {

    private RuleConflicts() {
    }

    /**
     * Checks {@code merged} (made of {@code parts}); when it breaks a rule, adds to
     * {@code conflicts} the differing fields of the rule's area that are not in it yet, and puts
     * this workstation's values back in {@code parts} for them.
     *
     * @param mine   this workstation's account, taken apart
     * @param theirs the server's account, taken apart
     * @return whether the account still breaks a rule after that (no field to offer could mend it)
     */
    static boolean offer(AccountData merged, MergeParts mine, MergeParts theirs, MergeParts parts, List<FieldDiff> conflicts) {
        List<Problem> problems = problems(merged);
        if (problems.isEmpty()) {
            return false;
        }
        Set<Part> areas = EnumSet.noneOf(Part.class);
        for (Problem p : problems) {
            Part area = area(p);
            if (area == null) {
                return true; // a rule of no field a person could choose (the key, the submission)
            }
            areas.add(area);
        }
        int before = conflicts.size();
        for (Part area : areas) {
            if (area == Part.USER) {
                offerUsers(mine, theirs, parts, conflicts);
            } else {
                Object m = mine.fields.get(area);
                Object t = theirs.fields.get(area);
                if (!Objects.equals(m, t) && conflicts.stream().noneMatch(d -> d.field().part() == area)) {
                    conflicts.add(new FieldDiff(Field.of(area), m, t, true));
                    parts.fields.put(area, m);
                }
            }
        }
        return conflicts.size() == before || !problems(parts.toAccount(merged)).isEmpty();
    }

    private static void offerUsers(MergeParts mine, MergeParts theirs, MergeParts parts, List<FieldDiff> conflicts) {
        Set<String> emails = new TreeSet<>(mine.users.keySet());
        emails.addAll(theirs.users.keySet());
        for (String e : emails) {
            PortalUser m = mine.users.get(e);
            PortalUser t = theirs.users.get(e);
            if (MergeParts.sameUser(m, t) || conflicts.stream().anyMatch(d -> d.field().user().equals(e))) {
                continue;
            }
            if (m == null || t == null) {
                conflicts.add(new FieldDiff(new Field(Part.USER, e), m, t, true));
            } else {
                if (!m.name().equals(t.name())) {
                    conflicts.add(new FieldDiff(new Field(Part.USER_NAME, e), m.name(), t.name(), true));
                }
                if (m.role() != t.role()) {
                    conflicts.add(new FieldDiff(new Field(Part.USER_ROLE, e), m.role(), t.role(), true));
                }
            }
            if (m == null) {
                parts.users.remove(e);
            } else {
                parts.users.put(e, m);
            }
        }
    }

    /** What the rules a server's account is read with say of the account; empty when it passes. */
    static List<Problem> problems(AccountData account) {
        return CouchDocuments.fromDocs(account.key(), CouchDocuments.toDocs(account)) instanceof CouchDocuments.Read.Invalid i
                ? i.problems() : List.of();
    }

    /** The part a problem's place belongs to ({@link Part#USER} for every user's), or null when none. */
    private static Part area(Problem p) {
        if (!(p.field() instanceof FieldPath.InDocument d)) {
            return null;
        }
        String path = d.path();
        if (path.startsWith("users") || path.startsWith(CouchDocuments.USER_PREFIX)) {
            return Part.USER;
        }
        for (Part part : Part.values()) {
            if (part.role().isPresent() && path.startsWith("contacts." + part.role().get().key())) {
                return part;
            }
        }
        return switch (path.split("[.\\[]", 2)[0]) {
            case "name" -> Part.NAME;
            case "partnerId" -> Part.PARTNER_ID;
            case "integration" -> Part.INTEGRATION;
            case "environment" -> Part.ENVIRONMENT;
            case "alertContacts" -> Part.ALERT_CONTACTS;
            case "supportHours" -> Part.SUPPORT_HOURS;
            default -> null;
        };
    }
}
