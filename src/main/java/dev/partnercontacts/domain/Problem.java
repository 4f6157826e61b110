package dev.partnercontacts.domain;

import java.util.List;

/**
 * Something missing or invalid in the account's data.
 *
 * @param field      the field the problem belongs to
 * @param messageKey resource-bundle key of the message
 * @param args       arguments of the message, in order
 */
public record Problem(FieldPath field, String messageKey, List<Object> args) {

    public Problem {
        if (field == null) {
            throw new IllegalArgumentException("a problem names its field");
        }
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Problem of(FieldPath field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }

    /** The role the field belongs to, or {@code null} for account settings and users. */
    public Role role() {
        return field.owner().orElse(null);
    }
}
