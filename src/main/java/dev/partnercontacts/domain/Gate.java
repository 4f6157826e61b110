package dev.partnercontacts.domain;

import static dev.partnercontacts.domain.FieldPath.ContactPart.EMAIL;
import static dev.partnercontacts.domain.FieldPath.ContactPart.NAME;
import static dev.partnercontacts.domain.FieldPath.ContactPart.PHONE;
import static dev.partnercontacts.domain.FieldPath.WindowPart.DAYS;
import static dev.partnercontacts.domain.FieldPath.WindowPart.END;
import static dev.partnercontacts.domain.FieldPath.WindowPart.START;
import static dev.partnercontacts.domain.FieldPath.WindowPart.ZONE;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule that decides whether an account's contact details are complete. It is the single
 * source of truth for the gate dialog's errors and progress, for unlocking the application and
 * for imports: a pure function of the account's data and its portal users.
 */
public final class Gate {

    private final Validation validation;

    public Gate(Validation validation) {
        this.validation = validation;
    }

    /** The field rules this gate applies (phone region included). */
    public Validation validation() {
        return validation;
    }

    /** Evaluates the details; alert-contact ids that match no user are ignored. */
    public GateResult evaluate(ContactDetails details, List<PortalUser> users) {
        List<Problem> problems = new ArrayList<>();
        AccountSettings settings = details.settings();
        validation.requiredName(settings.name())
                .ifPresent(key -> problems.add(Problem.of(FieldPath.account(FieldPath.AccountField.NAME), key)));
        validation.partnerId(settings.partnerId())
                .ifPresent(key -> problems.add(Problem.of(FieldPath.account(FieldPath.AccountField.PARTNER_ID), key)));

        List<Role> required = new ArrayList<>();
        Set<Role> complete = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (!settings.requires(role)) {
                continue;
            }
            required.add(role);
            int before = problems.size();
            switch (role.kind()) {
                case PORTAL_USERS -> checkAlertContacts(details.keepingAlertUsers(users).alertUserIds(), problems);
                case CONTACTS -> checkContacts(role, details.contacts(role), problems);
                case SUPPORT_HOURS -> checkSupportHours(details.supportHours(), problems);
            }
            if (problems.size() == before) {
                complete.add(role);
            }
        }
        return new GateResult(problems, required, complete);
    }

    private void checkAlertContacts(List<Long> ids, List<Problem> problems) {
        if (ids.isEmpty()) {
            problems.add(Problem.of(FieldPath.wholeRole(Role.ALERT), "error.alert.required"));
        } else if (ids.size() > Role.ALERT.maxEntries()) {
            problems.add(Problem.of(FieldPath.wholeRole(Role.ALERT), "error.role.tooMany", Role.ALERT.maxEntries()));
        }
    }

    private void checkContacts(Role role, List<Contact> entries, List<Problem> problems) {
        if (entries.isEmpty()) {
            problems.add(Problem.of(FieldPath.contact(role, 0, EMAIL), "error.email.required"));
            return;
        }
        if (entries.size() > role.maxEntries()) {
            problems.add(Problem.of(FieldPath.wholeRole(role), "error.role.tooMany", role.maxEntries()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Contact c = entries.get(i);
            int index = i;
            Optional<String> emailProblem = validation.email(c.email());
            if (emailProblem.isPresent()) {
                problems.add(Problem.of(FieldPath.contact(role, i, EMAIL), emailProblem.get()));
            } else if (!seen.add(EmailAddress.key(c.email()))) {
                problems.add(Problem.of(FieldPath.contact(role, i, EMAIL), "error.email.duplicate"));
            }
            validation.optionalName(c.name())
                    .ifPresent(p -> problems.add(Problem.of(FieldPath.contact(role, index, NAME), p)));
            validation.phoneProblem(FieldPath.contact(role, index, PHONE), c.phone()).ifPresent(problems::add);
        }
    }

    private void checkSupportHours(SupportHours hours, List<Problem> problems) {
        if (hours.allWeek()) {
            return;
        }
        Role role = Role.OPS_SUPPORT;
        if (hours.windows().isEmpty()) {
            problems.add(Problem.of(FieldPath.wholeRole(role), "error.support.required"));
            return;
        }
        if (hours.windows().size() > role.maxEntries()) {
            problems.add(Problem.of(FieldPath.wholeRole(role), "error.role.tooMany", role.maxEntries()));
        }
        for (int i = 0; i < hours.windows().size(); i++) {
            SupportWindow w = hours.windows().get(i);
            if (w.days().isEmpty()) {
                problems.add(Problem.of(FieldPath.window(i, DAYS), "error.support.noDay"));
            }
            Optional<LocalTime> start = Validation.parseTime(w.start(), false);
            Optional<LocalTime> end = Validation.parseTime(w.end(), true);
            if (start.isEmpty()) {
                problems.add(Problem.of(FieldPath.window(i, START), "error.time.invalid"));
            }
            if (end.isEmpty()) {
                problems.add(Problem.of(FieldPath.window(i, END), "error.time.invalid"));
            } else if (start.isPresent() && end.get().equals(start.get())) {
                // An end before the start is a window over midnight (18:00–02:00), not a mistake.
                problems.add(Problem.of(FieldPath.window(i, END), "error.support.endBeforeStart"));
            }
            if (!Validation.isZone(w.zone())) {
                problems.add(Problem.of(FieldPath.window(i, ZONE), "error.zone.invalid"));
            }
        }
    }

    /**
     * The details as they are stored on submit: e-mail addresses and names in their canonical forms, phone numbers
     * in E.164, alert ids of departed users dropped. Entries of roles that do not apply to the
     * settings are kept only where they are valid, so switching back restores them.
     * Call it only when {@link #evaluate} found nothing wrong.
     */
    public ContactDetails prepareForSubmit(ContactDetails details, List<PortalUser> users) {
        ContactDetails result = details.keepingAlertUsers(users);
        for (Role role : Role.values()) {
            if (role.kind() != Role.Kind.CONTACTS) {
                continue;
            }
            List<Contact> kept = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Contact c : details.contacts(role)) {
                boolean valid = validation.email(c.email()).isEmpty()
                        && validation.optionalName(c.name()).isEmpty()
                        && validation.phone(c.phone()).isEmpty()
                        && seen.add(EmailAddress.key(c.email()));
                if (valid) {
                    kept.add(validation.normalize(c));
                }
            }
            result = result.withContacts(role, kept.subList(0, Math.min(kept.size(), role.maxEntries())));
        }
        SupportHours hours = details.supportHours();
        List<SupportWindow> windows = new ArrayList<>();
        for (SupportWindow w : hours.windows()) {
            List<Problem> problems = new ArrayList<>();
            checkSupportHours(new SupportHours(false, List.of(w)), problems);
            if (problems.isEmpty()) {
                windows.add(new SupportWindow(w.days(), Validation.normalizeTime(w.start(), false).orElseThrow(),
                        Validation.normalizeTime(w.end(), true).orElseThrow(), w.zone()));
            }
        }
        AccountSettings s = details.settings();
        return result.withSupportHours(new SupportHours(hours.allWeek(), windows))
                .withSettings(new AccountSettings(PersonName.canonical(s.name()), s.partnerId(), s.integration(), s.environment()));
    }
}
