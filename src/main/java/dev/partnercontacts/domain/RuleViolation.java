package dev.partnercontacts.domain;

import java.util.List;

/** A write was refused by a domain rule; nothing was changed. */
public final class RuleViolation extends RuntimeException {

    private final transient List<Problem> problems;

    public RuleViolation(List<Problem> problems) {
        super(problems.isEmpty() ? "rule violated" : problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
