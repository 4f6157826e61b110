package dev.partnercontacts.sync;

import dev.partnercontacts.domain.Problem;
import java.util.List;

/**
 * A conflict's resolution was refused: the fields chosen break a rule of the form together (an
 * account left without an Administrator). Nothing was stored; the conflict still waits.
 */
public final class InvalidResolution extends IllegalArgumentException {

    private final List<Problem> problems;

    public InvalidResolution(List<Problem> problems) {
        super("the choice breaks the form's rules: " + problems.stream().map(Problem::messageKey).distinct().toList());
        this.problems = List.copyOf(problems);
    }

    /** What the chosen account breaks, as the rules say it. */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether the choice leaves the account without an Administrator. */
    public boolean leavesNoAdministrator() {
        return problems.stream().anyMatch(p -> p.messageKey().equals("error.user.firstAdmin"));
    }
}
