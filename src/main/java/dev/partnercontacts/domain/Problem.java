package dev.partnercontacts.domain;

import java.util.List;

/**
 * Something missing or invalid in the account's data.
 *
 * @param field      the id of the form field the problem belongs to (the node ids of the UI
 *                   contract, e.g. {@code techEmergency-email-0}, {@code accountName},
 *                   {@code alertContacts}, {@code opsSupport-start-1})
 * @param role       the role the field belongs to, or {@code null} for account settings and users
 * @param messageKey resource-bundle key of the message
 * @param args       arguments of the message, in order
 */
public record Problem(String field, Role role, String messageKey, List<Object> args) {

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Problem of(String field, Role role, String messageKey, Object... args) {
        return new Problem(field, role, messageKey, List.of(args));
    }
}
