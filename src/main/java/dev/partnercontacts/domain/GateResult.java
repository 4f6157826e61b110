package dev.partnercontacts.domain;

import java.util.List;
import java.util.Set;

/**
 * The gate's verdict on an account.
 *
 * @param problems      everything missing or invalid, in form order
 * @param requiredRoles the roles that apply to the account's settings, in form order
 * @param completeRoles the required roles with no problem
 */
public record GateResult(List<Problem> problems, List<Role> requiredRoles, Set<Role> completeRoles) {

    public GateResult {
        problems = List.copyOf(problems);
        requiredRoles = List.copyOf(requiredRoles);
        completeRoles = Set.copyOf(completeRoles);
    }

    /** True when nothing is missing or invalid: the application may unlock. */
    public boolean isComplete() {
        return problems.isEmpty();
    }

    public boolean isComplete(Role role) {
        return completeRoles.contains(role);
    }
}
