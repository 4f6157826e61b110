package dev.partnercontacts.sync;

import java.util.List;

/**
 * Why a bundle (or one account in it) was refused.
 *
 * @param accountIndex position of the account in the bundle's {@code accounts}, or -1 for the bundle as a whole
 * @param accountKey   the account's key as written in the bundle, or empty when unknown
 * @param field        where in the account (or bundle) the problem is, e.g. {@code users[1].email}
 * @param messageKey   resource-bundle key of the message
 * @param args         arguments of the message, in order
 */
public record Refusal(int accountIndex, String accountKey, String field, String messageKey, List<Object> args) {

    public Refusal {
        accountKey = accountKey == null ? "" : accountKey;
        field = field == null ? "" : field;
        args = args == null ? List.of() : List.copyOf(args);
    }

    static Refusal ofBundle(String field, String messageKey, Object... args) {
        return new Refusal(-1, "", field, messageKey, List.of(args));
    }
}
