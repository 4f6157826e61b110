package dev.partnercontacts.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two versions of an account's contact details, field by field: the change
 * records the history keeps. Pure; a save that changes nothing yields nothing.
 */
public final class Changes {

    private Changes() {
    }

    /**
     * The changes that turn {@code before} into {@code after}. Alert contacts are user ids; they
     * are named through {@code users}.
     */
    public static List<Change> between(ContactDetails before, ContactDetails after, List<PortalUser> users) {
        List<Change> changes = new ArrayList<>();
        settings(before.settings(), after.settings(), changes);
        alerts(before.alertUserIds(), after.alertUserIds(), users, changes);
        for (Role role : Role.values()) {
            if (role.kind() == Role.Kind.CONTACTS) {
                contacts(role, before.contacts(role), after.contacts(role), changes);
            }
        }
        support(before.supportHours(), after.supportHours(), changes);
        return List.copyOf(changes);
    }

    private static void settings(AccountSettings b, AccountSettings a, List<Change> out) {
        if (!b.name().equals(a.name())) {
            out.add(Change.setting(Change.Setting.NAME, b.name(), a.name()));
        }
        if (!b.partnerId().equals(a.partnerId())) {
            out.add(Change.setting(Change.Setting.PARTNER_ID, b.partnerId(), a.partnerId()));
        }
        if (b.integration() != a.integration()) {
            out.add(Change.setting(Change.Setting.INTEGRATION, b.integration().name(), a.integration().name()));
        }
        if (b.environment() != a.environment()) {
            out.add(Change.setting(Change.Setting.ENVIRONMENT, b.environment().name(), a.environment().name()));
        }
    }

    private static void alerts(List<Long> before, List<Long> after, List<PortalUser> users, List<Change> out) {
        Map<Long, PortalUser> byId = users.stream().collect(Collectors.toMap(PortalUser::id, u -> u, (x, y) -> x));
        for (Long id : before) {
            if (!after.contains(id)) {
                PortalUser u = byId.get(id);
                out.add(Change.of(Change.Kind.ALERT_REMOVED, Role.ALERT, u == null ? "#" + id : u.email(),
                        u == null ? "" : u.name(), "", ""));
            }
        }
        for (Long id : after) {
            if (!before.contains(id)) {
                PortalUser u = byId.get(id);
                out.add(Change.of(Change.Kind.ALERT_ADDED, Role.ALERT, u == null ? "#" + id : u.email(),
                        u == null ? "" : u.name(), "", ""));
            }
        }
    }

    private static void contacts(Role role, List<Contact> before, List<Contact> after, List<Change> out) {
        Map<String, Integer> was = positions(before);
        Map<String, Integer> is = positions(after);
        for (Contact c : before) {
            if (!is.containsKey(key(c))) {
                out.add(Change.of(Change.Kind.CONTACT_REMOVED, role, c.email(), c.name(), "", ""));
            }
        }
        // Moves are judged among the entries on both sides, so that removing the primary does
        // not report every backup as moved.
        List<String> keptBefore = before.stream().map(Changes::key).filter(is::containsKey).toList();
        List<String> keptAfter = after.stream().map(Changes::key).filter(was::containsKey).toList();
        for (int i = 0; i < after.size(); i++) {
            Contact c = after.get(i);
            Integer old = was.get(key(c));
            if (old == null) {
                out.add(Change.of(Change.Kind.CONTACT_ADDED, role, c.email(), c.name(), "", String.valueOf(i)));
                continue;
            }
            Contact previous = before.get(old);
            if (keptBefore.indexOf(key(c)) != keptAfter.indexOf(key(c))) {
                out.add(Change.of(Change.Kind.CONTACT_MOVED, role, c.email(), c.name(), String.valueOf(old), String.valueOf(i)));
            }
            if (!previous.name().equals(c.name())) {
                out.add(Change.of(Change.Kind.CONTACT_NAME_CHANGED, role, c.email(), "", previous.name(), c.name()));
            }
            if (!previous.phone().equals(c.phone())) {
                out.add(Change.of(Change.Kind.CONTACT_PHONE_CHANGED, role, c.email(), c.name(), previous.phone(), c.phone()));
            }
        }
    }

    private static Map<String, Integer> positions(List<Contact> list) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            map.putIfAbsent(key(list.get(i)), i);
        }
        return map;
    }

    private static String key(Contact c) {
        return EmailAddress.key(c.email());
    }

    private static void support(SupportHours before, SupportHours after, List<Change> out) {
        if (before.allWeek() != after.allWeek()) {
            out.add(Change.of(Change.Kind.SUPPORT_ALL_WEEK, Role.OPS_SUPPORT, "", "",
                    String.valueOf(before.allWeek()), String.valueOf(after.allWeek())));
        }
        Set<String> was = before.windows().stream().map(Changes::windowText).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> is = after.windows().stream().map(Changes::windowText).collect(Collectors.toCollection(LinkedHashSet::new));
        was.stream().filter(w -> !is.contains(w))
                .forEach(w -> out.add(Change.of(Change.Kind.WINDOW_REMOVED, Role.OPS_SUPPORT, w, "", "", "")));
        is.stream().filter(w -> !was.contains(w))
                .forEach(w -> out.add(Change.of(Change.Kind.WINDOW_ADDED, Role.OPS_SUPPORT, w, "", "", "")));
    }

    /** A window as one stable line, e.g. {@code MON,TUE 09:00-17:00 Europe/Rome}: how history stores it. */
    public static String windowText(SupportWindow w) {
        String days = w.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        return days + " " + w.start() + "-" + w.end() + " " + w.zone();
    }

    /** Reads {@link #windowText} back; empty when the text is not in that form. */
    public static Optional<SupportWindow> parseWindow(String text) {
        String[] parts = text.split(" ", 3);
        if (parts.length != 3 || !parts[1].contains("-")) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : parts[0].split(",")) {
            Arrays.stream(DayOfWeek.values()).filter(v -> v.name().equals(d)).findFirst().ifPresent(days::add);
        }
        String[] times = parts[1].split("-", 2);
        return Optional.of(new SupportWindow(days, times[0], times[1], parts[2]));
    }

    /** How {@link #field} names a portal user's field: {@code user:} and the address's key. */
    public static final String USER_FIELD = "user:";

    /**
     * The part of an account a change is about, as a key two changes share when they touch the
     * same thing: a setting ({@code setting:partnerId}), a role's list (contacts, alert contacts,
     * support hours: {@code role:techEmergency}), or one portal user ({@code user:} and the
     * address's {@link EmailAddress#key}). Empty for changes to nothing in particular (account
     * created, confirmed, a 1.0 submit).
     */
    public static Optional<String> field(Change c) {
        return switch (c.kind()) {
            case SETTING_CHANGED -> Optional.of("setting:" + c.subject());
            case USER_ADDED, USER_REMOVED, USER_ROLE_CHANGED, USER_RENAMED ->
                    Optional.of(USER_FIELD + (c.subject().isEmpty() ? c.label() : EmailAddress.key(c.subject())));
            case ACCOUNT_CREATED, ACCOUNT_REMOVED, CONFLICT_RESOLVED, LEGACY_SUBMIT, RECONFIRMED -> Optional.empty();
            default -> c.role() == null ? Optional.empty() : Optional.of("role:" + c.role().key());
        };
    }

    /** The changes of a user's role; none when it is the same. */
    public static List<Change> userRole(PortalUser user, UserRole to) {
        return Objects.equals(user.role(), to) ? List.of()
                : List.of(Change.of(Change.Kind.USER_ROLE_CHANGED, null, user.email(), user.name(), user.role().name(), to.name()));
    }
}
