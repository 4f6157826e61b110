package dev.partnercontacts.domain;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The one canonical form of an e-mail address, in the app, the bundle and the sync server alike
 * (data contract, "One canonical form for what identifies a person"). Every place that compares,
 * keys or stores an address goes through this class; nothing trims or lower-cases an address on
 * its own.
 *
 * <ul>
 *   <li>{@link #canonical}: what is stored and shown. White space of every kind around the
 *       address is removed, the text is put in Unicode NFC ({@link Normalizer.Form#NFC}), and the
 *       domain's ACE labels ({@code xn--…}, RFC 3492 Punycode) are decoded to Unicode with
 *       {@link IDN#toUnicode} one label at a time; a label that does not decode is kept as typed.
 *       Case is kept as typed.</li>
 *   <li>{@link #key}: the canonical form lower-cased with {@link Locale#ROOT} (then NFC again):
 *       what uniqueness (users of an account, contacts of a role), comparisons and the server's
 *       document ids ({@code user:<account key>:<key>}) use.</li>
 * </ul>
 *
 * <p>White space inside an address and the direction-override and isolate characters
 * (U+202A–U+202E, U+2066–U+2069) are not removed here: {@link Validation#email} refuses them.
 * The methods never fail and accept any string, valid or not (a draft may hold anything).
 */
public final class EmailAddress {

    private static final String ACE_PREFIX = "xn--";

    private EmailAddress() {
    }

    /**
     * The address as stored: surrounding white space removed, NFC, the domain's {@code xn--}
     * labels in Unicode. {@code null} gives the empty string.
     *
     * @param typed an address as typed, read from a bundle or sent by the server
     * @return the canonical form; the empty string for blank input
     */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        String trimmed = trim(typed);
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String nfc = Normalizer.isNormalized(trimmed, Normalizer.Form.NFC)
                ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
        int at = nfc.lastIndexOf('@');
        if (at < 0) {
            return nfc;
        }
        String domain = nfc.substring(at + 1);
        String decoded = domain.toLowerCase(Locale.ROOT).contains(ACE_PREFIX) ? unicodeDomain(domain) : domain;
        return decoded.equals(domain) ? nfc : nfc.substring(0, at + 1) + decoded;
    }

    /**
     * The form two addresses are compared in: {@link #canonical} lower-cased with
     * {@link Locale#ROOT}. Equal keys are the same address: the same portal user, a duplicate in a
     * role, one server document.
     *
     * @param typed an address in any form
     * @return the comparison key; the empty string for blank input
     */
    public static String key(String typed) {
        String lower = canonical(typed).toLowerCase(Locale.ROOT);
        // Lower-casing can decompose (U+0130 becomes i + U+0307): keep the key in NFC as well.
        return Normalizer.isNormalized(lower, Normalizer.Form.NFC) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /** Whether the two are the same address ({@link #key} equal). */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * Whether the code point is white space that {@link #canonical} removes around an address:
     * the Unicode White_Space property (no-break spaces U+00A0, U+2007, U+202F and U+0085
     * included, which {@link Character#isWhitespace} leaves out), the rest of Java's white space
     * (U+001C–U+001F), and the characters that show as nothing at all: zero-width space U+200B,
     * word joiner U+2060, byte-order mark U+FEFF and the Mongolian vowel separator U+180E (white
     * space before Unicode 6.3).
     */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0x85 || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E;
    }

    /**
     * Whether the code point is a direction embedding, override or isolate character
     * (U+202A–U+202E, U+2066–U+2069): refused in names and addresses (data contract), since it
     * reorders the text shown after it.
     */
    public static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** The text without the {@link #isSpace} characters at either end. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static String unicodeDomain(String domain) {
        StringBuilder b = new StringBuilder(domain.length());
        int start = 0;
        while (true) {
            int dot = domain.indexOf('.', start);
            String label = dot < 0 ? domain.substring(start) : domain.substring(start, dot);
            b.append(unicodeLabel(label));
            if (dot < 0) {
                return b.toString();
            }
            b.append('.');
            start = dot + 1;
        }
    }

    /** The Unicode form of one {@code xn--} label, or the label as given when it does not decode. */
    static String unicodeLabel(String label) {
        if (!label.regionMatches(true, 0, ACE_PREFIX, 0, ACE_PREFIX.length())) {
            return label;
        }
        try {
            // ToUnicode (RFC 3490) gives its input back when the label does not decode and
            // re-encode to itself; ALLOW_UNASSIGNED lets newer characters (emoji domains) through.
            String decoded = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
            return Normalizer.normalize(decoded, Normalizer.Form.NFC);
        } catch (IllegalArgumentException e) {
            return label;
        }
    }
}
