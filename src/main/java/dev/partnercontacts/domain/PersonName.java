package dev.partnercontacts.domain;

import java.text.Normalizer;

/**
 * The stored form of a name (an account's, a portal user's, a contact's), as the data contract
 * states it: white space of every kind around it removed ({@link EmailAddress#isSpace}), in
 * Unicode NFC, and measured in characters (code points), not UTF-16 units. Direction controls
 * are refused by {@link Validation}, not removed here.
 */
public final class PersonName {

    private PersonName() {
    }

    /** The name as stored: trimmed of every kind of white space, NFC; {@code null} gives "". */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        String trimmed = EmailAddress.trim(typed);
        return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC) ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /** The length of the stored form in characters: an emoji or a letter with its accent counts once. */
    public static int length(String typed) {
        String v = canonical(typed);
        return v.codePointCount(0, v.length());
    }
}
