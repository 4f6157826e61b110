package dev.partnercontacts.domain;

import java.util.List;
import java.util.Optional;

/**
 * Rules for an account's portal users: names and unique e-mail addresses (compared by
 * {@link EmailAddress#key}: case, NFC and the two forms of a domain do not make another address),
 * and an account never left without an Administrator.
 */
public final class Users {

    private final Validation validation;

    public Users(Validation validation) {
        this.validation = validation;
    }

    /** Problems with adding this user to the existing ones, by field. */
    public List<Problem> checkNew(List<PortalUser> existing, String name, String email, UserRole role) {
        List<Problem> problems = new java.util.ArrayList<>();
        validation.requiredName(name).ifPresent(k -> problems.add(Problem.of(FieldPath.user(FieldPath.UserField.NAME), k)));
        Optional<String> emailProblem = validation.email(email);
        if (emailProblem.isPresent()) {
            problems.add(Problem.of(FieldPath.user(FieldPath.UserField.EMAIL), emailProblem.get()));
        } else {
            String key = EmailAddress.key(email);
            if (existing.stream().anyMatch(u -> u.emailKey().equals(key))) {
                problems.add(Problem.of(FieldPath.user(FieldPath.UserField.EMAIL), "error.user.duplicate"));
            }
        }
        if (role == null) {
            problems.add(Problem.of(FieldPath.user(FieldPath.UserField.ROLE), "error.user.roleRequired"));
        } else if (role != UserRole.ADMINISTRATOR && admins(existing) == 0) {
            problems.add(Problem.of(FieldPath.user(FieldPath.UserField.ROLE), "error.user.firstAdmin"));
        }
        return problems;
    }

    /** Why the user cannot be removed, or empty when it can. */
    public Optional<String> checkRemove(List<PortalUser> existing, long userId) {
        return isLastAdmin(existing, userId) ? Optional.of("error.user.lastAdmin") : Optional.empty();
    }

    /** Why the user's role cannot change to {@code role}, or empty when it can. */
    public Optional<String> checkRoleChange(List<PortalUser> existing, long userId, UserRole role) {
        return role != UserRole.ADMINISTRATOR && isLastAdmin(existing, userId)
                ? Optional.of("error.user.lastAdminDemote") : Optional.empty();
    }

    private static boolean isLastAdmin(List<PortalUser> users, long userId) {
        return users.stream().anyMatch(u -> u.id() == userId && u.role() == UserRole.ADMINISTRATOR)
                && admins(users) == 1;
    }

    private static long admins(List<PortalUser> users) {
        return users.stream().filter(u -> u.role() == UserRole.ADMINISTRATOR).count();
    }
}
