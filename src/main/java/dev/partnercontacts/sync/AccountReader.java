package dev.partnercontacts.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.EmailAddress;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PersonName;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one account from the contract's JSON shape and checks it with the same domain rules the
 * form uses ({@link Validation}, {@link Users}). Invalid values are problems (the caller refuses);
 * missing roles are not (an incomplete account imports, and the gate stays locked).
 * Problems name the field as a path inside the account, e.g. {@code users[1].email}.
 */
final class AccountReader {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_SUBMITTED_BY = Validation.MAX_NAME + Validation.MAX_EMAIL + 3;

    // Bundles and servers carry phone numbers in E.164, so no default region applies.
    private final Validation validation = new Validation("");
    private final Users userRules = new Users(validation);

    static boolean isKey(String key) {
        return key != null && UUID.matcher(key).matches();
    }

    /** The users of an account; ids are 1..n in order so that alert contacts can refer to them. */
    List<PortalUser> readUsers(JsonNode node, List<Problem> problems) {
        List<PortalUser> read = new ArrayList<>();
        if (!isList(node, "users", problems)) {
            return read;
        }
        List<Integer> typed = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "users[" + i + "]";
            JsonNode u = node.get(i);
            if (!u.isObject()) {
                problems.add(Problem.of(FieldPath.document(field), "bundle.error.notObject"));
                read.add(new PortalUser(read.size() + 1L, "", "", UserRole.EDITOR));
                continue;
            }
            int before = problems.size();
            String name = text(u, "name", field + ".name", true, problems);
            String email = text(u, "email", field + ".email", true, problems);
            String roleName = text(u, "role", field + ".role", true, problems);
            Optional<UserRole> role = Optional.ofNullable(roleName).flatMap(JsonNames::role);
            if (roleName != null && role.isEmpty()) {
                problems.add(Problem.of(FieldPath.document(field + ".role"), "bundle.error.unknownValue", roleName));
            }
            // Kept even when broken, so that ids stay positional and alert contacts still resolve:
            // the bundle is refused anyway, and one mistake should not be reported three times.
            read.add(new PortalUser(read.size() + 1L, name, email, role.orElse(UserRole.EDITOR)));
            if (problems.size() == before) {
                typed.add(read.size() - 1);
            }
        }
        checkRules(read, typed, typed.size() == node.size(), problems);
        return read;
    }

    /**
     * The form's rules add users one by one and want an Administrator first; a bundle lists them
     * in any order, so the check adds the Administrators first, and says once when there is none.
     */
    private void checkRules(List<PortalUser> users, List<Integer> typed, boolean allTyped, List<Problem> problems) {
        List<Integer> order = new ArrayList<>(typed);
        order.sort(Comparator.comparing(j -> users.get(j).role() != UserRole.ADMINISTRATOR));
        List<PortalUser> accepted = new ArrayList<>();
        boolean adminReported = false;
        for (int j : order) {
            PortalUser u = users.get(j);
            for (Problem p : userRules.checkNew(accepted, u.name(), u.email(), u.role())) {
                if (p.messageKey().equals("error.user.firstAdmin") && (adminReported || !allTyped)) {
                    continue;
                }
                adminReported |= p.messageKey().equals("error.user.firstAdmin");
                String part = !(p.field() instanceof FieldPath.User field) ? ".role" : switch (field.field()) {
                    case NAME -> ".name";
                    case EMAIL -> ".email";
                    default -> ".role";
                };
                problems.add(new Problem(FieldPath.document("users[" + j + "]" + part), p.messageKey(), p.args()));
            }
            accepted.add(u);
        }
    }

    /** The account in {@code node} (an object), its alert contacts resolved against {@code users}. */
    AccountData readAccount(JsonNode node, List<PortalUser> users, List<Problem> problems) {
        String key = text(node, "key", "key", true, problems);
        if (key != null && !isKey(key)) {
            problems.add(Problem.of(FieldPath.document("key"), "bundle.error.key"));
        }
        // An account without a name is refused like a form without one (data contract).
        String name = orEmpty(text(node, "name", "name", false, problems));
        validation.requiredName(name).ifPresent(k -> problems.add(Problem.of(FieldPath.document("name"), k)));
        String partnerId = orEmpty(text(node, "partnerId", "partnerId", false, problems));
        validation.partnerId(partnerId).ifPresent(k -> problems.add(Problem.of(FieldPath.document("partnerId"), k)));
        Integration integration = value(node, "integration", JsonNames::integration, Integration.DEFAULT, problems);
        Environment environment = value(node, "environment", JsonNames::environment, Environment.SANDBOX, problems);

        ContactDetails details = ContactDetails.EMPTY
                .withSettings(new AccountSettings(PersonName.canonical(name), partnerId, integration, environment));
        Map<Role, List<Contact>> contacts = readContacts(node.get("contacts"), problems);
        for (Map.Entry<Role, List<Contact>> e : contacts.entrySet()) {
            details = details.withContacts(e.getKey(), e.getValue());
        }
        details = details.withAlertUserIds(readAlerts(node.get("alertContacts"), users, problems))
                .withSupportHours(readHours(node.get("supportHours"), problems));

        Instant submittedAt = null;
        String at = text(node, "submittedAt", "submittedAt", false, problems);
        if (at != null) {
            try {
                submittedAt = Instant.parse(at);
            } catch (DateTimeParseException e) {
                problems.add(Problem.of(FieldPath.document("submittedAt"), "bundle.error.submittedAt"));
            }
        }
        String by = text(node, "submittedBy", "submittedBy", false, problems);
        if (by != null && (by.length() > MAX_SUBMITTED_BY || by.chars().anyMatch(Character::isISOControl))) {
            problems.add(Problem.of(FieldPath.document("submittedBy"), "error.text.control"));
        }
        return new AccountData(orEmpty(key), details, users, submittedAt, by);
    }

    private Map<Role, List<Contact>> readContacts(JsonNode node, List<Problem> problems) {
        Map<Role, List<Contact>> result = new EnumMap<>(Role.class);
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            problems.add(Problem.of(FieldPath.document("contacts"), "bundle.error.notObject"));
            return result;
        }
        for (Role role : Role.values()) {
            JsonNode list = node.get(role.key());
            String base = "contacts." + role.key();
            // Other keys, including roles that hold no contacts, are unknown fields: ignored.
            if (role.kind() != Role.Kind.CONTACTS || list == null || !isList(list, base, problems)) {
                continue;
            }
            List<Contact> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String field = base + "[" + i + "]";
                JsonNode c = list.get(i);
                if (!c.isObject()) {
                    problems.add(Problem.of(FieldPath.document(field), "bundle.error.notObject"));
                    continue;
                }
                String email = text(c, "email", field + ".email", true, problems);
                String name = orEmpty(text(c, "name", field + ".name", false, problems));
                String phone = orEmpty(text(c, "phone", field + ".phone", false, problems));
                int before = problems.size();
                if (email != null) {
                    Optional<String> problem = validation.email(email);
                    if (problem.isEmpty() && !seen.add(EmailAddress.key(email))) {
                        problem = Optional.of("error.email.duplicate");
                    }
                    problem.ifPresent(k -> problems.add(Problem.of(FieldPath.document(field + ".email"), k)));
                }
                validation.optionalName(name.strip()).ifPresent(k -> problems.add(Problem.of(FieldPath.document(field + ".name"), k)));
                // A document carries E.164: no phone country to choose, the number is invalid.
                validation.phone(phone).map(k -> "error.phone.extension".equals(k) ? k : "error.phone.invalid")
                        .ifPresent(k -> problems.add(Problem.of(FieldPath.document(field + ".phone"), k)));
                if (email != null && problems.size() == before) {
                    entries.add(validation.normalize(new Contact(email, name, phone)));
                }
            }
            result.put(role, entries);
        }
        return result;
    }

    private List<Long> readAlerts(JsonNode node, List<PortalUser> users, List<Problem> problems) {
        List<Long> ids = new ArrayList<>();
        if (node == null || !isList(node, "alertContacts", problems)) {
            return ids;
        }
        for (int i = 0; i < node.size(); i++) {
            String field = "alertContacts[" + i + "]";
            JsonNode e = node.get(i);
            if (!e.isTextual()) {
                problems.add(Problem.of(FieldPath.document(field), "bundle.error.notText"));
                continue;
            }
            String wanted = EmailAddress.key(e.textValue());
            Optional<PortalUser> user = users.stream().filter(u -> u.emailKey().equals(wanted)).findFirst();
            if (user.isPresent()) {
                ids.add(user.get().id());
            } else {
                problems.add(Problem.of(FieldPath.document(field), "bundle.error.alertNotUser"));
            }
        }
        return ids;
    }

    private SupportHours readHours(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return SupportHours.NONE;
        }
        if (!node.isObject()) {
            problems.add(Problem.of(FieldPath.document("supportHours"), "bundle.error.notObject"));
            return SupportHours.NONE;
        }
        boolean allWeek = false;
        JsonNode all = node.get("allWeek");
        if (all != null && !all.isNull()) {
            if (all.isBoolean()) {
                allWeek = all.booleanValue();
            } else {
                problems.add(Problem.of(FieldPath.document("supportHours.allWeek"), "bundle.error.notBoolean"));
            }
        }
        List<SupportWindow> windows = new ArrayList<>();
        JsonNode list = node.get("windows");
        if (list != null && isList(list, "supportHours.windows", problems)) {
            for (int i = 0; i < list.size(); i++) {
                readWindow(list.get(i), "supportHours.windows[" + i + "]", problems).ifPresent(windows::add);
            }
        }
        return new SupportHours(allWeek, windows);
    }

    private Optional<SupportWindow> readWindow(JsonNode w, String field, List<Problem> problems) {
        if (!w.isObject()) {
            problems.add(Problem.of(FieldPath.document(field), "bundle.error.notObject"));
            return Optional.empty();
        }
        int before = problems.size();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        JsonNode dayList = w.get("days");
        if (dayList != null && isList(dayList, field + ".days", problems)) {
            for (int d = 0; d < dayList.size(); d++) {
                JsonNode day = dayList.get(d);
                Optional<DayOfWeek> parsed = day.isTextual() ? JsonNames.day(day.textValue()) : Optional.empty();
                if (parsed.isPresent()) {
                    days.add(parsed.get());
                } else {
                    problems.add(Problem.of(FieldPath.document(field + ".days[" + d + "]"), "bundle.error.day", day.toString()));
                }
            }
        }
        String start = text(w, "start", field + ".start", true, problems);
        String end = text(w, "end", field + ".end", true, problems);
        String zone = text(w, "zone", field + ".zone", true, problems);
        if (start != null && Validation.parseTime(start, false).isEmpty()) {
            problems.add(Problem.of(FieldPath.document(field + ".start"), "error.time.invalid"));
        }
        if (end != null && Validation.parseTime(end, true).isEmpty()) {
            problems.add(Problem.of(FieldPath.document(field + ".end"), "error.time.invalid"));
        }
        if (zone != null && !Validation.isZone(zone)) {
            problems.add(Problem.of(FieldPath.document(field + ".zone"), "error.zone.invalid"));
        }
        // Stored as the form stores them: "9am" and "5 p.m." become 09:00 and 17:00 (HH:mm).
        return problems.size() == before
                ? Optional.of(new SupportWindow(days, Validation.normalizeTime(start, false).orElseThrow(),
                        Validation.normalizeTime(end, true).orElseThrow(), zone))
                : Optional.empty();
    }

    private static <T> T value(JsonNode node, String name, java.util.function.Function<String, Optional<T>> parse,
                               T absent, List<Problem> problems) {
        String s = text(node, name, name, false, problems);
        if (s == null) {
            return absent;
        }
        Optional<T> v = parse.apply(s);
        if (v.isEmpty()) {
            problems.add(Problem.of(FieldPath.document(name), "bundle.error.unknownValue", s));
        }
        return v.orElse(absent);
    }

    private static boolean isList(JsonNode node, String field, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isArray()) {
            problems.add(Problem.of(FieldPath.document(field), "bundle.error.notList"));
            return false;
        }
        return true;
    }

    /** A text member: null when absent (a problem if required) or not text (always a problem). */
    static String text(JsonNode parent, String name, String field, boolean required, List<Problem> problems) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(Problem.of(FieldPath.document(field), "bundle.error.required"));
            }
            return null;
        }
        if (!n.isTextual()) {
            problems.add(Problem.of(FieldPath.document(field), "bundle.error.notText"));
            return null;
        }
        return n.textValue();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
